/**
 * Writes docs/tools.md from the tool definitions (src/tools/index.ts), so the reference can never
 * drift from what the server registers. A unit test (test/unit/tools-doc.test.ts) renders it
 * again and fails when the committed file differs. Run from the repository root:
 *   pnpm tsx --conditions=@libvirt-ts/source packages/mcp-server/scripts/gen-tools-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { TOOLSETS, type AnyToolDefinition } from '../src/tools/define-tool.js';
import { allTools } from '../src/tools/index.js';

export const TOOLS_DOC_PATH = resolve(import.meta.dirname, '..', '..', '..', 'docs', 'tools.md');
export const REGENERATE_COMMAND =
  'pnpm tsx --conditions=@libvirt-ts/source packages/mcp-server/scripts/gen-tools-doc.ts';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

/** The JSON Schema clients see: what the SDK derives from the zod schema (draft 2020-12). */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonSchema;
}

const TOOLSET_TITLES: Record<(typeof TOOLSETS)[number], string> = {
  host: 'Host',
  domain: 'Domain',
  snapshot: 'Snapshot',
  network: 'Network',
  storage: 'Storage',
  nodedev: 'Node device',
  secret: 'Secret',
};

const INTRO = `Every tool the server offers, generated from the tool definitions in
\`packages/mcp-server/src/tools\`. The operator's configuration decides which of them a client sees
(\`read_only\`, \`disable_destructive\`, \`toolsets\`, \`allowed_operations\`, \`denied_operations\`; see
[security.md](security.md)).

## Conventions

- **Hosts.** Every tool also takes an optional \`host\`: the name of a configured host (default: the
  first one). Hosts come only from the configuration; \`host_list\` shows them.
- **Operations.** Each tool has an operation name \`noun.verb\` (\`domain.start\`), which the
  \`allowed_operations\`, \`denied_operations\` and \`rate_limits\` globs match.
- **Results.** Tools return \`structuredContent\` matching their output schema, and a short text
  summary. Tools that change state read it back and return it.
- **Lists** are sorted by name and paginated: \`limit\` is the page size (bounded) and also bounds
  what is fetched from libvirt; a result with \`nextCursor\` has more pages (pass it back as
  \`cursor\`); \`total\` counts every match. \`fields\` selects the columns; the default is compact.
- **Numbers.** 64-bit counters are JSON numbers when exactly representable, otherwise decimal
  strings. Units are in field names: \`memoryKiB\`, \`cpuTimeNs\`, \`readBytes\`.
- **Sizes** (arguments) take units as libvirt does: \`"2GiB"\`, \`"512 MiB"\`, \`"1.5G"\`; \`K\`/\`KiB\` =
  1024 bytes, \`KB\` = 1000 bytes, and so on up to \`E\`; \`B\` = bytes. A bare number (or a string
  without a unit) is KiB, as in libvirt's API. Sizes round up to whole KiB.
- **Names** are 1 to 255 characters without control characters; name patterns take \`*\` and \`?\`.
- **Target filters.** A domain hidden by the host's \`domains\` filter is absent from lists and
  "not found" when named, exactly like a missing one.
- **Destructive tools** (marked below) ask the human for confirmation when
  \`security.confirm_destructive\` is on; no argument can stand in for that answer.
- **XML.** Returned XML never contains secrets (graphics passwords, disk cookies) unless the policy
  allows secure XML. Submitted XML (at most 256 KiB) is checked by the XML policy first.`;

export async function renderToolsDoc(tools: readonly AnyToolDefinition[] = allTools): Promise<string> {
  const out: string[] = [
    '# Tools',
    '',
    `<!-- Generated from the tool definitions by packages/mcp-server/scripts/gen-tools-doc.ts; do not edit. Regenerate with: ${REGENERATE_COMMAND} -->`,
    '',
    INTRO,
    '',
    '## Overview',
    '',
    '| Tool | Operation | Read-only | Destructive | Idempotent | Open world |',
    '| --- | --- | --- | --- | --- | --- |',
    ...tools.map((t) => {
      const a = t.annotations;
      return `| [\`${t.name}\`](#${t.name}) | \`${t.operation}\` | ${yes(a.readOnlyHint)} | ${yes(a.destructiveHint)} | ${yes(a.idempotentHint)} | ${yes(a.openWorldHint)} |`;
    }),
  ];
  for (const toolset of TOOLSETS) {
    const members = tools.filter((t) => t.toolset === toolset);
    if (members.length === 0) continue;
    out.push('', `## ${TOOLSET_TITLES[toolset]} tools (toolset \`${toolset}\`)`);
    for (const tool of members) out.push('', ...renderTool(tool));
  }
  const markdown = out.join('\n') + '\n';
  const config = (await resolveConfig(TOOLS_DOC_PATH)) ?? {};
  return format(markdown, { ...config, parser: 'markdown', filepath: TOOLS_DOC_PATH });
}

function renderTool(tool: AnyToolDefinition): string[] {
  const a = tool.annotations;
  const hints = [
    a.readOnlyHint ? 'read-only' : 'changes state',
    a.destructiveHint ? '**destructive**' : 'not destructive',
    a.idempotentHint ? 'idempotent' : 'not idempotent',
    a.openWorldHint ? 'open world' : 'closed world',
  ];
  const facts = [
    `Operation \`${tool.operation}\`; ${hints.join(', ')}.`,
    ...(tool.confirmation === undefined
      ? []
      : ['Asks the human for confirmation first when `security.confirm_destructive` is on.']),
    ...(tool.target === undefined ? [] : ["The domain it names is subject to the host's target filter."]),
  ];
  const input = jsonSchemaOf(tool.input as z.ZodType, 'input');
  const output = jsonSchemaOf(tool.output as z.ZodType, 'output');
  return [
    `### ${tool.name}`,
    '',
    `**${tool.title}.** ${escapeMarkdown(tool.description)}`,
    '',
    facts.join(' '),
    '',
    '**Arguments**',
    '',
    '| Name | Type | Required | Description |',
    '| --- | --- | --- | --- |',
    ...argumentRows(input),
    '| `host` | string | no | Configured host name (default: the first host) |',
    '',
    '**Result** (`structuredContent`)',
    '',
    '| Field | Type | Description |',
    '| --- | --- | --- |',
    ...fieldRows(output, ''),
  ];
}

function argumentRows(schema: JsonSchema): string[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const notes = [
      prop.description,
      constraints(prop),
      prop.default === undefined ? '' : `Default: \`${JSON.stringify(prop.default)}\`.`,
    ]
      .filter((n) => n !== undefined && n !== '')
      .join(' ');
    return `| \`${name}\` | ${cell(typeName(prop))} | ${required.has(name) ? 'yes' : 'no'} | ${cell(notes)} |`;
  });
}

/** Top-level fields, and the fields of objects and object arrays one level down (`domains[].name`). */
function fieldRows(schema: JsonSchema, prefix: string): string[] {
  const rows: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    const optional = required.has(name) ? '' : ' (optional)';
    rows.push(`| \`${prefix}${name}\` | ${cell(typeName(prop))}${optional} | ${cell(prop.description ?? '')} |`);
    const inner = objectOf(prop);
    if (inner !== undefined && prefix === '') {
      const isArray = inner !== nonNull(prop);
      rows.push(...fieldRows(inner, `${name}${isArray ? '[]' : ''}.`));
    }
  }
  return rows;
}

function nonNull(schema: JsonSchema): JsonSchema {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants === undefined) return schema;
  const rest = variants.filter((v) => v.type !== 'null');
  return rest.length === 1 && rest[0] !== undefined ? rest[0] : schema;
}

/** The object schema of a field that is an object, or an array of objects (nullable either way). */
function objectOf(schema: JsonSchema): JsonSchema | undefined {
  const s = nonNull(schema);
  if (s.type === 'object' && s.properties !== undefined) return s;
  if (s.type === 'array' && s.items?.type === 'object' && s.items.properties !== undefined) return s.items;
  return undefined;
}

function typeName(schema: JsonSchema): string {
  if (schema.enum !== undefined) return schema.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants !== undefined) return [...new Set(variants.map(typeName))].join(' \\| ');
  if (schema.type === 'array') return `${schema.items === undefined ? 'any' : wrap(typeName(schema.items))}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' \\| ');
  return schema.type ?? 'any';
}

function wrap(type: string): string {
  return type.includes('|') ? `(${type})` : type;
}

function constraints(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined)
    parts.push(`${schema.minimum} to ${schema.maximum}`);
  else if (schema.maximum !== undefined) parts.push(`at most ${schema.maximum}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  return parts.length === 0 ? '' : `(${parts.join('; ')})`;
}

function cell(text: string): string {
  return escapeMarkdown(text.replaceAll('\n', ' ')).replace(/(?<!\\)\|/g, '\\|');
}

/** Descriptions are plain text for models: `'web-*'` must not turn into emphasis, `<domain>` into HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[*<]/g, (c) => `\\${c}`);
}

function yes(value: boolean): string {
  return value ? 'yes' : 'no';
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(TOOLS_DOC_PATH, await renderToolsDoc());
  console.log(`wrote ${TOOLS_DOC_PATH}`);
}
