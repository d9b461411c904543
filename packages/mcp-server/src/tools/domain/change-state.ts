import { LibvirtError, type Domain } from '@libvirt-ts/client';
import { z } from 'zod';
import type { ToolContext } from '../define-tool.js';
import { lookupDomain } from './lookup.js';
import { readDomainState, readDomainStateIfExists, domainStateSchema, type DomainStateView } from './state.js';

export const stateChangeOutputSchema = z.object({
  changed: z
    .boolean()
    .describe('False when the domain was already in the requested state, so nothing was done (not an error)'),
  domain: domainStateSchema
    .nullable()
    .describe('The state read back afterwards; null when the domain no longer exists'),
});
export type StateChangeOutput = z.infer<typeof stateChangeOutputSchema>;

/**
 * Runs a lifecycle operation and reads the state back. When libvirt refuses because the domain
 * already is where the caller wants it (starting a running domain, …) the answer is
 * `changed: false` rather than an error: drivers word that refusal differently, so the test is
 * the state itself, read after the refusal.
 */
export async function changeDomainState(
  ctx: ToolContext,
  name: string,
  act: (dom: Domain) => Promise<unknown>,
  alreadyDone: (state: DomainStateView) => boolean,
): Promise<{ output: StateChangeOutput; dom: Domain }> {
  const dom = await lookupDomain(ctx, name);
  try {
    await act(dom);
  } catch (error) {
    if (!(error instanceof LibvirtError)) throw error;
    const state = await readDomainState(ctx, dom).catch(() => undefined);
    if (state === undefined || !alreadyDone(state)) throw error;
    return { output: { changed: false, domain: state }, dom };
  }
  return { output: { changed: true, domain: await readDomainStateIfExists(ctx, dom) }, dom };
}

/** `{ signal }` for the client's calls, so a cancelled request stops waiting on the daemon. */
export function callOptions(ctx: ToolContext): { signal: AbortSignal } {
  return { signal: ctx.signal };
}
