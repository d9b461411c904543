import { DomainDefineFlags, isUuid } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool, type ToolContext } from '../define-tool.js';
import { ToolError } from '../errors.js';
import { xmlSchema } from '../schemas.js';
import { child, parseXml, rootElement, serializeXml, text } from '../xml.js';
import { isDomainGone } from './lookup.js';
import { describeState, domainStateSchema, readDomainState } from './state.js';

/** The `<name>` of a domain definition; ToolError when the XML has none. */
export function domainNameFromXml(xml: string): string {
  const name = text(child(rootElement(parseXml(xml, 'the domain XML'), 'domain', 'the domain XML'), 'name'));
  if (name === undefined) throw new ToolError('the domain XML has no <name>');
  return name;
}

/**
 * Redefining keeps the domain's identity: XML without a `<uuid>` (as a model often writes it)
 * would otherwise get a new one, which libvirt refuses for an existing name.
 */
function withUuid(xml: string, uuid: string): string {
  const doc = parseXml(xml, 'the domain XML');
  const root = rootElement(doc, 'domain', 'the domain XML');
  if (child(root, 'uuid') !== undefined) return xml;
  const element = doc.createElementNS(root.namespaceURI, 'uuid');
  element.appendChild(doc.createTextNode(uuid));
  root.insertBefore(element, child(root, 'name')?.nextSibling ?? root.firstChild);
  return serializeXml(doc);
}

/**
 * XML carrying the UUID of a domain the target filter hides would make libvirt refuse it with an
 * error naming that domain; refuse it here first, without the name.
 */
async function refuseHiddenUuid(ctx: ToolContext, xml: string): Promise<void> {
  const uuid = text(child(rootElement(parseXml(xml, 'the domain XML'), 'domain', 'the domain XML'), 'uuid'));
  if (uuid === undefined || !isUuid(uuid)) return;
  const holder = await ctx.host.connection.domains.lookupByUuid(uuid, { signal: ctx.signal }).catch(() => undefined);
  if (holder !== undefined && !ctx.policy.allowsTarget('domain', holder.name)) {
    throw new ToolError(`a domain with UUID '${uuid}' already exists; remove <uuid> to get a new one`);
  }
}

function tryDomainNameFromXml(xml: string): string | undefined {
  try {
    return domainNameFromXml(xml);
  } catch {
    return undefined;
  }
}

export const domainDefineXml = defineTool({
  name: 'domain_define_xml',
  operation: 'domain.define_xml',
  toolset: 'domain',
  title: 'Define domain from XML',
  description:
    'Creates a persistent domain (virtual machine) from libvirt domain XML, without starting it (use ' +
    'domain_start). To change an existing domain, get its XML with domain_get_xml (inactive: true), edit ' +
    'it, and define it again with replace: true (the domain keeps its UUID); changes apply at the next boot. The server checks the ' +
    'XML against its security policy first (no host devices, disks only under allowed paths, …) and ' +
    'names the rule when it refuses. Returns the new domain state.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    xml: xmlSchema('Complete libvirt domain XML (<domain type=...>...</domain>), at most 256 KiB'),
    replace: z
      .boolean()
      .default(false)
      .describe('Allow replacing the definition of an existing domain of the same name; otherwise that is refused'),
  }),
  output: z.object({
    created: z.boolean().describe('True for a new domain, false when an existing definition was replaced'),
    domain: domainStateSchema,
  }),
  target: (args) => {
    const name = tryDomainNameFromXml(args.xml);
    return name === undefined ? undefined : { kind: 'domain', name };
  },
  async handler(args, ctx) {
    ctx.policy.checkXml('domain', args.xml);
    const name = domainNameFromXml(args.xml);
    if (!ctx.policy.allowsTarget('domain', name)) {
      throw new ToolError(`the server policy does not allow a domain named '${name}' on this host`);
    }
    const domains = ctx.host.connection.domains;
    await refuseHiddenUuid(ctx, args.xml);
    const existing = await domains.lookupByName(name, { signal: ctx.signal }).catch((error: unknown) => {
      if (isDomainGone(error)) return undefined;
      throw error;
    });
    if (existing !== undefined && !args.replace) {
      throw new ToolError(
        `domain '${name}' already exists; pass replace: true to replace its definition, or choose another name`,
      );
    }
    const xml = existing === undefined ? args.xml : withUuid(args.xml, existing.uuid);
    // VALIDATE: check against libvirt's schema, so a misspelt element is an error, not silently dropped.
    const dom = await domains.define(xml, DomainDefineFlags.Validate, { signal: ctx.signal });
    const domain = await readDomainState(ctx, dom);
    const created = existing === undefined;
    return {
      structured: { created, domain },
      summary: `${created ? 'Defined new' : 'Replaced the definition of'} domain '${dom.name}'. Now: ${describeState(domain)}.`,
    };
  },
});
