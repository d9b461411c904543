import { DomainXMLFlags } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { domainNameSchema } from '../schemas.js';
import { lookupDomain } from './lookup.js';
import { redactDomainXml } from './redact-xml.js';

export const domainGetXml = defineTool({
  name: 'domain_get_xml',
  operation: 'domain.get_xml',
  toolset: 'domain',
  title: 'Get domain XML',
  description:
    "Returns a domain's libvirt XML definition, as virsh dumpxml shows it. By default the live " +
    'definition of a running domain; inactive: true gives the persistent one used at next boot. Secrets ' +
    '(graphics passwords, disk cookies) are never included unless the server policy allows secure XML ' +
    'and secure: true is asked. Use it before domain_define_xml to edit a definition; domain_get is ' +
    'shorter for questions about state, disks or NICs.',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    inactive: z.boolean().default(false).describe('The persistent definition (next boot) rather than the live one'),
    secure: z
      .boolean()
      .default(false)
      .describe('Include secure fields such as passwords; honoured only when the server policy allows it'),
  }),
  output: z.object({
    name: z.string(),
    xml: z.string(),
    inactive: z.boolean(),
    secure: z.boolean().describe('Whether secure fields were included'),
    removed: z
      .array(z.string())
      .describe('Secret-bearing fields stripped from the XML (element/@attribute); usually empty'),
  }),
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const dom = await lookupDomain(ctx, args.name);
    const secure = args.secure && ctx.policy.allowSecureXml;
    const flags = (args.inactive ? DomainXMLFlags.Inactive : 0) | (secure ? DomainXMLFlags.Secure : 0);
    const raw = await dom.xml(flags, { signal: ctx.signal });
    // Secure XML was granted deliberately by the operator; anything else is redacted again here.
    const { xml, removed } = secure ? { xml: raw, removed: [] } : redactDomainXml(raw);
    const notes = [
      args.secure && !secure ? 'secure fields omitted: the server policy does not allow secure XML' : '',
      removed.length > 0 ? `${removed.length} secret field(s) removed` : '',
    ].filter((n) => n !== '');
    const summary = `${args.inactive ? 'Persistent' : 'Current'} XML of domain '${dom.name}' (${xml.length} characters)${
      notes.length > 0 ? `; ${notes.join('; ')}` : ''
    }.`;
    return { structured: { name: dom.name, xml, inactive: args.inactive, secure, removed: [...removed] }, summary };
  },
});
