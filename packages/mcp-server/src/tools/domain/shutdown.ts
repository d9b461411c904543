import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { domainNameSchema } from '../schemas.js';
import { callOptions, changeDomainState, stateChangeOutputSchema } from './change-state.js';
import { shutdownModeSchema, summarize } from './lifecycle.js';
import { readDomainStateIfExists, type DomainStateView } from './state.js';
import { waitFor } from './wait.js';

/** Longest wait a caller may ask for; MCP clients time requests out after a few minutes anyway. */
export const MAX_SHUTDOWN_WAIT_SECONDS = 600;
const POLL_INTERVAL_MS = 500;

const isOff = (s: DomainStateView | null): boolean => s === null || s.state === 'shutoff';

export const domainShutdown = defineTool({
  name: 'domain_shutdown',
  operation: 'domain.shutdown',
  toolset: 'domain',
  title: 'Shut down domain',
  description:
    'Asks the guest operating system to shut down cleanly (ACPI power button or guest agent). The guest ' +
    'decides when, and may ignore the request. By default returns right after asking; set waitSeconds ' +
    'to wait until the domain is off (progress is reported while waiting; cancelling the request stops ' +
    'the wait, not the shutdown). If it is still running when the wait ends, the result says ' +
    'timedOut: true and you may use domain_destroy. A domain already off reports changed: false. ' +
    'Returns the state read back at the end (null when a transient domain is gone).',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    name: domainNameSchema,
    mode: shutdownModeSchema,
    waitSeconds: z
      .number()
      .int()
      .min(0)
      .max(MAX_SHUTDOWN_WAIT_SECONDS)
      .default(0)
      .describe(
        `Seconds to wait for the domain to be off, 0 (default) to return at once; at most ${MAX_SHUTDOWN_WAIT_SECONDS}`,
      ),
  }),
  output: stateChangeOutputSchema.extend({
    off: z.boolean().describe('The domain was off (or gone) when the tool returned'),
    timedOut: z.boolean().describe('waitSeconds passed before the domain was off'),
    waitedMs: z.number().int().describe('How long the tool waited for the domain to stop'),
  }),
  target: (args) => ({ kind: 'domain', name: args.name }),
  async handler(args, ctx) {
    const { output, dom } = await changeDomainState(
      ctx,
      args.name,
      (d) => d.shutdown(args.mode ?? 0, callOptions(ctx)),
      isOff,
    );
    let domain = output.domain;
    let waitedMs = 0;
    let timedOut = false;
    if (output.changed && args.waitSeconds > 0 && !isOff(domain)) {
      const result = await waitFor(() => readDomainStateIfExists(ctx, dom), isOff, {
        timeoutMs: args.waitSeconds * 1000,
        intervalMs: POLL_INTERVAL_MS,
        signal: ctx.signal,
        onProgress: (elapsedMs, timeoutMs) =>
          ctx.progress(
            Math.floor(elapsedMs / 1000),
            timeoutMs / 1000,
            `waiting for '${args.name}' to shut down (${Math.floor(elapsedMs / 1000)} s)`,
          ),
      });
      domain = result.value;
      waitedMs = result.waitedMs;
      timedOut = !result.reached;
    }
    const structured = { changed: output.changed, domain, off: isOff(domain), timedOut, waitedMs };
    const base = summarize({ changed: output.changed, domain }, args.name, 'was asked to shut down');
    const summary = timedOut
      ? `${base} Still not off after ${args.waitSeconds} s; domain_destroy would force it.`
      : base;
    return { structured, summary };
  },
});
