import type { StandardSchemaWithJSON } from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { AnyToolDefinition } from '../tools/define-tool.js';

/**
 * The input schema a client sees for a tool: the tool's own arguments plus the optional `host`,
 * strict, so an argument the schema does not name (say a `confirm: true` the model made up) is
 * refused instead of silently dropped.
 */
export function callSchema(tool: AnyToolDefinition, hostNames: readonly string[]): z.ZodObject {
  const input = tool.input as z.ZodObject;
  if ('host' in input.shape) {
    throw new Error(`tool ${tool.name} declares its own 'host' argument; the server adds that one`);
  }
  const [first, ...rest] = hostNames;
  if (first === undefined) throw new Error('no host is configured');
  const host = z
    .enum([first, ...rest])
    .optional()
    .describe(`The libvirt host to act on, by its configured name (default: '${first}').`);
  return input.safeExtend({ host }).strict();
}

/**
 * Advertises `schema` in tools/list but lets every object through the SDK's own validation: the
 * server validates inside its handler instead, so that refused arguments are audited like any
 * other refused call.
 */
export function advertiseOnly(schema: z.ZodObject): StandardSchemaWithJSON<Record<string, unknown>> {
  const standard = schema['~standard'];
  return {
    '~standard': {
      version: 1,
      vendor: 'libvirt-mcp-server',
      validate: (value) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? { value: value as Record<string, unknown> }
          : { issues: [{ message: 'arguments must be an object' }] },
      jsonSchema: {
        input: (options) => standard.jsonSchema.input(options),
        output: (options) => standard.jsonSchema.output(options),
      },
    },
  };
}

/** `Invalid arguments for tool x: host: Invalid option…; confirm: Unrecognized key` */
export function describeIssues(tool: string, error: z.ZodError): string {
  const issues = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  return `Invalid arguments for tool ${tool}: ${issues.join('; ')}`;
}
