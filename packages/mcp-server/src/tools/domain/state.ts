/**
 * The state a state-changing tool reads back after acting, so the model sees what actually
 * happened rather than what was asked for.
 */
import { DomainState, domainStateInfo, kebabCase, type Domain } from '@libvirt-ts/client';
import { z } from 'zod';
import type { ToolContext } from '../define-tool.js';
import { formatKiB, int64, int64Schema } from '../format.js';
import { isDomainGone } from './lookup.js';

export const DOMAIN_STATE_NAMES: readonly [string, ...string[]] = [
  'unknown',
  ...Object.keys(DomainState).map((key) => kebabCase(key)),
];

export const domainStateNameSchema = z
  .enum(DOMAIN_STATE_NAMES)
  .describe('running, paused, shutoff, shutdown (shutting down), crashed, pmsuspended, blocked, nostate');

export const domainStateSchema = z.object({
  name: z.string(),
  uuid: z.string(),
  id: z.number().int().nullable().describe('Hypervisor id while running; null when not running'),
  state: domainStateNameSchema,
  reason: z.string().describe("Why it is in this state, e.g. 'booted', 'destroyed', 'user'"),
  persistent: z.boolean().describe('Has a persistent definition (false: transient, gone once stopped)'),
  autostart: z.boolean().describe('Starts when the host boots'),
  vcpus: z.number().int(),
  memoryKiB: int64Schema,
  maxMemoryKiB: int64Schema,
  cpuTimeNs: int64Schema,
});
export type DomainStateView = z.infer<typeof domainStateSchema>;

/** Reads name, state and reason, resources and flags of a domain in one pipelined round trip. */
export async function readDomainState(ctx: ToolContext, dom: Domain): Promise<DomainStateView> {
  const options = { signal: ctx.signal };
  const [current, info, state, persistent, autostart] = await Promise.all([
    dom.refresh(options),
    dom.info(options),
    dom.state(options),
    dom.isPersistent(options),
    dom.autostart(options),
  ]);
  const { state: stateName, reason } = domainStateInfo(state.stateCode, state.reasonCode);
  return {
    name: current.name,
    uuid: current.uuid,
    id: current.id >= 0 ? current.id : null,
    state: stateName,
    reason,
    persistent,
    autostart,
    vcpus: info.vcpus,
    memoryKiB: int64(info.memory),
    maxMemoryKiB: int64(info.maxMemory),
    cpuTimeNs: int64(info.cpuTime),
  };
}

/**
 * The state after an operation, or null when the domain no longer exists (a transient domain
 * that was destroyed or shut down, a domain that was undefined).
 */
export async function readDomainStateIfExists(ctx: ToolContext, dom: Domain): Promise<DomainStateView | null> {
  try {
    return await readDomainState(ctx, dom);
  } catch (error) {
    if (isDomainGone(error)) return null;
    throw error;
  }
}

/** `'web-1' is running (booted), 2 vCPUs, 1 GiB`. */
export function describeState(view: DomainStateView): string {
  return `'${view.name}' is ${view.state} (${view.reason}), ${view.vcpus} vCPU${view.vcpus === 1 ? '' : 's'}, ${formatKiB(view.memoryKiB)}`;
}
