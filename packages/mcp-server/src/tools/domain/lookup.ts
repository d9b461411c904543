import { ErrorNumber, LibvirtError, type Domain } from '@libvirt-ts/client';
import { TargetNotFoundError } from '../../policy/errors.js';
import type { ToolContext } from '../define-tool.js';
import { ObjectNotFoundError } from '../errors.js';

/*
 * Domain lookups for the tools. A missing domain and one the host's target filter hides end in
 * the same message, `domain 'x' not found on host 'lab1'`, the one the server gives when its own
 * target check (tool.target()) refuses a name: nobody can probe for hidden domains. The server
 * checks names before the call; lookups it cannot see (by UUID) are checked here after libvirt
 * named the domain.
 */

export async function lookupDomain(ctx: ToolContext, name: string): Promise<Domain> {
  if (!ctx.policy.allowsTarget('domain', name)) throw new TargetNotFoundError('domain', name, ctx.host.name);
  return notFoundAs(ctx, name, ctx.host.connection.domains.lookupByName(name, { signal: ctx.signal }));
}

export async function lookupDomainByUuid(ctx: ToolContext, uuid: string): Promise<Domain> {
  const key = uuid.toLowerCase();
  const dom = await notFoundAs(ctx, key, ctx.host.connection.domains.lookupByUuid(uuid, { signal: ctx.signal }));
  if (!ctx.policy.allowsTarget('domain', dom.name)) throw new TargetNotFoundError('domain', key, ctx.host.name);
  return dom;
}

/** The error for a domain that is not (or no longer) there. */
export function domainNotFound(ctx: ToolContext, key: string, cause?: unknown): ObjectNotFoundError {
  return new ObjectNotFoundError('domain', key, ctx.host.name, cause === undefined ? undefined : { cause });
}

async function notFoundAs(ctx: ToolContext, key: string, lookup: Promise<Domain>): Promise<Domain> {
  try {
    return await lookup;
  } catch (error) {
    if (isDomainGone(error)) throw domainNotFound(ctx, key, error);
    throw error;
  }
}

/** True for the error a call gets when its domain vanished meanwhile (or never existed). */
export function isDomainGone(error: unknown): boolean {
  return error instanceof LibvirtError && error.code === ErrorNumber.NoDomain;
}
