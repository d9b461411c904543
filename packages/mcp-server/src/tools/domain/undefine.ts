import { DomainUndefineFlagsValues } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { domainNameSchema } from '../schemas.js';
import { callOptions } from './change-state.js';
import { lookupDomain } from './lookup.js';
import { describeState, domainStateSchema, readDomainStateIfExists } from './state.js';

export const domainUndefine = defineTool({
  name: 'domain_undefine',
  operation: 'domain.undefine',
  toolset: 'domain',
  title: 'Undefine (delete) domain',
  description:
    "Deletes a domain's persistent definition. A shut-off domain disappears; a running one keeps " +
    'running as a transient domain and disappears when it stops. Disk images are NOT deleted. libvirt ' +
    'refuses when the domain has snapshots, a managed-save image or UEFI NVRAM unless the matching ' +
    'option says what to do with them. Returns whether the domain still exists and its state if so.',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    removeSnapshotMetadata: z
      .boolean()
      .default(false)
      .describe("Also delete the domain's snapshot metadata (snapshot data inside disk images stays)"),
    removeManagedSave: z.boolean().default(false).describe('Also delete its managed-save (hibernation) image'),
    nvram: z
      .enum(['keep', 'remove'])
      .optional()
      .describe('UEFI variable store: keep the file or remove it; required when the domain has one'),
  }),
  output: z.object({
    name: z.string(),
    uuid: z.string(),
    exists: z.boolean().describe('False once the domain is gone; true when it keeps running as transient'),
    domain: domainStateSchema.nullable().describe('State of the still-running transient domain, else null'),
  }),
  target: (args) => ({ kind: 'domain', name: args.name }),
  confirmation: (args, host) =>
    `Undefine (delete) domain '${args.name}' on host '${host}'? Its definition${
      args.removeSnapshotMetadata ? ', snapshot metadata' : ''
    }${args.removeManagedSave ? ', managed-save image' : ''}${
      args.nvram === 'remove' ? ', NVRAM' : ''
    } will be removed; disk images stay.`,
  async handler(args, ctx) {
    const F = DomainUndefineFlagsValues;
    const flags =
      (args.removeSnapshotMetadata ? F.SnapshotsMetadata : 0) |
      (args.removeManagedSave ? F.ManagedSave : 0) |
      (args.nvram === 'remove' ? F.Nvram : args.nvram === 'keep' ? F.KeepNvram : 0);
    const dom = await lookupDomain(ctx, args.name);
    await dom.undefine(flags, callOptions(ctx));
    const domain = await readDomainStateIfExists(ctx, dom);
    const summary =
      domain === null
        ? `Domain '${dom.name}' was undefined and no longer exists (disk images were kept).`
        : `Domain '${dom.name}' was undefined; it keeps running as a transient domain until it stops. Now: ${describeState(domain)}.`;
    return { structured: { name: dom.name, uuid: dom.uuid, exists: domain !== null, domain }, summary };
  },
});
