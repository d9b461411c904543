/** Start, stop, pause: the lifecycle verbs that act at once and read the state back. */
import { DomainDestroyFlagsValues, type Domain } from '@libvirt-ts/client';
import { z } from 'zod';
import { defineTool, type ToolAnnotations, type ToolContext, type ToolDefinition } from '../define-tool.js';
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

type NamedInput = z.ZodObject<{ name: typeof domainNameSchema } & z.ZodRawShape>;

/** What differs between the lifecycle tools; the rest (toolset, output, target, handler) is shared. */
interface LifecycleToolSpec<Input extends NamedInput> {
  readonly name: string;
  readonly operation: string;
  readonly title: string;
  readonly description: string;
  readonly annotations: ToolAnnotations;
  readonly input: Input;
  readonly confirmation?: (args: z.infer<Input>, host: string) => string;
  /** The libvirt call. */
  readonly act: (dom: Domain, args: z.infer<Input>, ctx: ToolContext) => Promise<unknown>;
  /** The state in which the call has nothing to do: its failure then reads as changed: false. */
  readonly alreadyDone: (state: DomainStateView) => boolean;
  /** For the summary: `Domain 'x' <verb>.` */
  readonly verb: string;
}

// NamedInput guarantees the field; TypeScript cannot see through z.infer of a generic schema.
const nameOf = (args: unknown): string => (args as { name: string }).name;

/** A tool that applies one lifecycle call to a domain and returns the state read back. */
function lifecycleTool<Input extends NamedInput>(
  spec: LifecycleToolSpec<Input>,
): ToolDefinition<Input, typeof stateChangeOutputSchema> {
  return defineTool({
    name: spec.name,
    operation: spec.operation,
    toolset: 'domain',
    title: spec.title,
    description: spec.description,
    annotations: spec.annotations,
    input: spec.input,
    output: stateChangeOutputSchema,
    target: (args) => ({ kind: 'domain', name: nameOf(args) }),
    ...(spec.confirmation === undefined ? {} : { confirmation: spec.confirmation }),
    async handler(args, ctx) {
      const name = nameOf(args);
      const { output } = await changeDomainState(ctx, name, (d) => spec.act(d, args, ctx), spec.alreadyDone);
      return { structured: output, summary: summarize(output, name, spec.verb) };
    },
  });
}

export const domainStart = lifecycleTool({
  name: 'domain_start',
  operation: 'domain.start',
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
  act: (d, args, ctx) => d.start(args.paused ? 1 : 0, callOptions(ctx)),
  alreadyDone: isActive,
  verb: 'started',
});

export const domainReboot = lifecycleTool({
  name: 'domain_reboot',
  operation: 'domain.reboot',
  title: 'Reboot domain',
  description:
    'Asks the guest operating system to reboot (like pressing Ctrl-Alt-Del or running reboot inside it); ' +
    'the guest may take a while or ignore it. The domain must be running. For a hard reset that does not ' +
    'ask the guest, use domain_reset. Returns the state read back right after the request.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  input: z.strictObject({ name: domainNameSchema, mode: shutdownModeSchema }),
  act: (d, args, ctx) => d.reboot(args.mode ?? 0, callOptions(ctx)),
  alreadyDone: () => false,
  verb: 'was asked to reboot',
});

export const domainReset = lifecycleTool({
  name: 'domain_reset',
  operation: 'domain.reset',
  title: 'Reset domain',
  description:
    'Resets the virtual machine at once, like its reset button: the guest is not asked and unsaved data ' +
    'in it may be lost. Use only when the guest is hung and domain_reboot does not work. The domain ' +
    'must be running. Returns the state read back afterwards.',
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
  input: nameInput,
  confirmation: (args, host) =>
    `Reset domain '${args.name}' on host '${host}'? The guest is restarted without warning; unsaved data in it may be lost.`,
  act: (d, args, ctx) => d.reset(callOptions(ctx)),
  alreadyDone: () => false,
  verb: 'was reset',
});

export const domainDestroy = lifecycleTool({
  name: 'domain_destroy',
  operation: 'domain.destroy',
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
  confirmation: (args, host) =>
    `Destroy (power off) domain '${args.name}' on host '${host}'? The guest is stopped at once without shutting down.`,
  act: (d, args, ctx) => d.destroy(args.graceful ? DomainDestroyFlagsValues.Graceful : 0, callOptions(ctx)),
  alreadyDone: (s) => !isActive(s),
  verb: 'was destroyed (powered off)',
});

export const domainSuspend = lifecycleTool({
  name: 'domain_suspend',
  operation: 'domain.suspend',
  title: 'Suspend (pause) domain',
  description:
    'Pauses a running domain: its virtual CPUs stop, memory stays allocated, nothing is lost. Resume ' +
    'it with domain_resume. A domain already paused reports changed: false. Returns the state read back.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: nameInput,
  act: (d, args, ctx) => d.suspend(callOptions(ctx)),
  alreadyDone: (s) => s.state === 'paused',
  verb: 'was paused',
});

export const domainResume = lifecycleTool({
  name: 'domain_resume',
  operation: 'domain.resume',
  title: 'Resume domain',
  description:
    'Resumes a paused domain (paused by domain_suspend, or started paused). A domain already running ' +
    'reports changed: false. Returns the state read back.',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: nameInput,
  act: (d, args, ctx) => d.resume(callOptions(ctx)),
  alreadyDone: (s) => s.state === 'running',
  verb: 'was resumed',
});
