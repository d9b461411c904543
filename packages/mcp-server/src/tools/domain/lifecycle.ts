/** Start, stop, pause: the lifecycle verbs that act at once and read the state back. */
import { DomainDestroyFlagsValues } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { domainNameSchema } from '../schemas.js';
import { callOptions, changeDomainState, stateChangeOutputSchema, type StateChangeOutput } from './change-state.js';
import { describeState, type DomainStateView } from './state.js';

const nameInput = z.strictObject({ name: domainNameSchema });

export const SHUTDOWN_MODES = ['acpi-power-btn', 'guest-agent', 'initctl', 'signal', 'paravirt'] as const;
export const shutdownModeSchema = z
  .enum(SHUTDOWN_MODES)
  .optional()
  .describe('How to ask the guest; omit to let the hypervisor choose (usually the ACPI power button)');

const isActive = (s: DomainStateView): boolean => s.id !== null;

export function summarize(output: StateChangeOutput, name: string, verb: string): string {
  if (output.domain === null) return `Domain '${name}' ${verb}; it no longer exists (it was transient).`;
  const prefix = output.changed ? `Domain '${name}' ${verb}.` : `Nothing to do: domain '${name}' already was.`;
  return `${prefix} Now: ${describeState(output.domain)}.`;
}

export const domainStart = defineTool({
  name: 'domain_start',
  operation: 'domain.start',
  toolset: 'domain',
  title: 'Start domain',
  description:
    'Boots a defined (shut off) domain. Use it to power on a virtual machine. Starting a domain that is ' +
    'already running or paused changes nothing and reports changed: false. Optionally starts it paused. ' +
    'Returns the state read back afterwards (state, reason, id, vCPUs, memory).',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    paused: z.boolean().default(false).describe('Start with the CPUs paused (resume with domain_resume)'),
  }),
  output: stateChangeOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const { output } = await changeDomainState(
      ctx,
      args.name,
      (d) => d.start(args.paused ? 1 : 0, callOptions(ctx)),
      isActive,
    );
    return { structured: output, summary: summarize(output, args.name, 'started') };
  },
});

export const domainReboot = defineTool({
  name: 'domain_reboot',
  operation: 'domain.reboot',
  toolset: 'domain',
  title: 'Reboot domain',
  description:
    'Asks the guest operating system to reboot (like pressing Ctrl-Alt-Del or running reboot inside it); ' +
    'the guest may take a while or ignore it. The domain must be running. For a hard reset that does not ' +
    'ask the guest, use domain_reset. Returns the state read back right after the request.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  input: z.strictObject({ name: domainNameSchema, mode: shutdownModeSchema }),
  output: stateChangeOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const { output } = await changeDomainState(
      ctx,
      args.name,
      (d) => d.reboot(args.mode ?? 0, callOptions(ctx)),
      () => false,
    );
    return { structured: output, summary: summarize(output, args.name, 'was asked to reboot') };
  },
});

export const domainReset = defineTool({
  name: 'domain_reset',
  operation: 'domain.reset',
  toolset: 'domain',
  title: 'Reset domain',
  description:
    'Resets the virtual machine at once, like its reset button: the guest is not asked and unsaved data ' +
    'in it may be lost. Use only when the guest is hung and domain_reboot does not work. The domain ' +
    'must be running. Returns the state read back afterwards.',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
  input: nameInput,
  output: stateChangeOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  confirmation: (args, host) =>
    `Reset domain '${args.name}' on host '${host}'? The guest is restarted without warning; unsaved data in it may be lost.`,
  async handler(args, ctx) {
    const { output } = await changeDomainState(
      ctx,
      args.name,
      (d) => d.reset(callOptions(ctx)),
      () => false,
    );
    return { structured: output, summary: summarize(output, args.name, 'was reset') };
  },
});

export const domainDestroy = defineTool({
  name: 'domain_destroy',
  operation: 'domain.destroy',
  toolset: 'domain',
  title: 'Destroy (power off) domain',
  description:
    'Stops a running domain immediately, like pulling the power plug: the guest is not asked to shut ' +
    'down and may lose data. The definition is kept (a transient domain disappears). Prefer ' +
    'domain_shutdown; use this when the guest does not respond. A domain that is already off reports ' +
    'changed: false. Returns the state read back afterwards (null when the domain no longer exists).',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    graceful: z
      .boolean()
      .default(false)
      .describe('Only terminate the process gracefully (SIGTERM), never forcefully; may fail if the guest hangs'),
  }),
  output: stateChangeOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  confirmation: (args, host) =>
    `Destroy (power off) domain '${args.name}' on host '${host}'? The guest is stopped at once without shutting down.`,
  async handler(args, ctx) {
    const flags = args.graceful ? DomainDestroyFlagsValues.Graceful : 0;
    const { output } = await changeDomainState(
      ctx,
      args.name,
      (d) => d.destroy(flags, callOptions(ctx)),
      (s) => !isActive(s),
    );
    return { structured: output, summary: summarize(output, args.name, 'was destroyed (powered off)') };
  },
});

export const domainSuspend = defineTool({
  name: 'domain_suspend',
  operation: 'domain.suspend',
  toolset: 'domain',
  title: 'Suspend (pause) domain',
  description:
    'Pauses a running domain: its virtual CPUs stop, memory stays allocated, nothing is lost. Resume ' +
    'it with domain_resume. A domain already paused reports changed: false. Returns the state read back.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: nameInput,
  output: stateChangeOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const { output } = await changeDomainState(
      ctx,
      args.name,
      (d) => d.suspend(callOptions(ctx)),
      (s) => s.state === 'paused',
    );
    return { structured: output, summary: summarize(output, args.name, 'was paused') };
  },
});

export const domainResume = defineTool({
  name: 'domain_resume',
  operation: 'domain.resume',
  toolset: 'domain',
  title: 'Resume domain',
  description:
    'Resumes a paused domain (paused by domain_suspend, or started paused). A domain already running ' +
    'reports changed: false. Returns the state read back.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: nameInput,
  output: stateChangeOutputSchema,
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const { output } = await changeDomainState(
      ctx,
      args.name,
      (d) => d.resume(callOptions(ctx)),
      (s) => s.state === 'running',
    );
    return { structured: output, summary: summarize(output, args.name, 'was resumed') };
  },
});
