import type { CallToolResult } from '@modelcontextprotocol/client';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/schema.js';
import { createServerFactory, NoToolsError } from '../../src/server/create-server.js';
import { startInProcess, type ElicitationHandler, type InProcess } from '../support/in-process.js';
import { FakeHosts, fakeTools, testConfig, type FakeTools } from '../support/server-fakes.js';

/*
 * The server's policy enforcement, end to end through the SDK client (in memory): which tools are
 * offered, and what happens to every call. Tools and hosts are fakes; the policy, the wrapper, the
 * SDK and the audit log are the real ones.
 */

interface Started extends InProcess {
  readonly fakes: FakeTools;
  readonly hosts: FakeHosts;
  readonly config: Config;
}

const open: Started[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((started) => started.close()));
});

async function start(
  options: {
    config?: Config;
    era?: '2025' | '2026';
    elicitation?: ElicitationHandler;
    unavailable?: string[];
  } = {},
): Promise<Started> {
  const fakes = fakeTools();
  const hosts = new FakeHosts(['lab1', 'lab2'], new Set(options.unavailable ?? []));
  const config = options.config ?? testConfig();
  const proc = await startInProcess({
    config,
    hosts,
    tools: fakes.tools,
    clientEra: options.era ?? '2025',
    ...(options.elicitation === undefined ? {} : { elicitation: options.elicitation }),
  });
  const started = Object.assign(proc, { fakes, hosts, config }) as Started;
  open.push(started);
  return started;
}

async function toolNames(started: Started): Promise<string[]> {
  const listed = await started.client.listTools();
  return listed.tools.map((tool) => tool.name).sort();
}

function text(result: CallToolResult): string {
  return result.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

async function call(started: Started, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return await started.client.callTool({ name, arguments: args });
}

function lastAudit(started: Started): Record<string, unknown> {
  const lines = started.auditLines();
  const line = lines.at(-1);
  if (line === undefined) throw new Error('no audit line');
  return line;
}

describe('tool registration follows the policy', () => {
  it('offers every enabled tool, each with the optional host argument and a strict schema', async () => {
    const started = await start();
    const listed = await started.client.listTools();
    expect(listed.tools.map((tool) => tool.name).sort()).toEqual(
      ['net_get', 'thing_bad_output', 'thing_destroy', 'thing_fail', 'thing_get', 'thing_start', 'thing_wait'].sort(),
    );
    const get = listed.tools.find((tool) => tool.name === 'thing_get');
    expect(get?.inputSchema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: { host: { type: 'string', enum: ['lab1', 'lab2'] } },
    });
    expect(get?.outputSchema).toMatchObject({ type: 'object', required: ['name', 'host', 'state'] });
    expect(get?.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true });
  });

  it('read_only removes every tool that is not read-only, and calling one is refused', async () => {
    const started = await start({ config: testConfig({ security: { read_only: true } }) });
    expect(await toolNames(started)).toEqual(['net_get', 'thing_bad_output', 'thing_fail', 'thing_get', 'thing_wait']);
    await expect(call(started, 'thing_destroy', { name: 'web-1' })).rejects.toThrow(/thing_destroy not found/);
    expect(started.fakes.calls).toEqual([]);
  });

  it('applies allowed and denied operation globs and toolsets', async () => {
    const denied = await start({ config: testConfig({ security: { denied_operations: ['domain.*'] } }) });
    expect(await toolNames(denied)).toEqual(['net_get']);
    const allowed = await start({
      config: testConfig({
        security: { allowed_operations: ['domain.g?t', 'network.*'], denied_operations: ['network.get'] },
      }),
    });
    expect(await toolNames(allowed)).toEqual(['thing_get']);
    const toolsets = await start({ config: testConfig({ toolsets: ['network'] }) });
    expect(await toolNames(toolsets)).toEqual(['net_get']);
    const noDestructive = await start({ config: testConfig({ security: { disable_destructive: true } }) });
    expect(await toolNames(noDestructive)).not.toContain('thing_destroy');
  });

  it('re-checks the policy on every call, not only when tools are listed', async () => {
    const started = await start();
    expect(text(await call(started, 'thing_get', { name: 'a' }))).toBe('thing a is running');
    started.config.security = { ...started.config.security, denied_operations: ['domain.get'] };
    const refused = await call(started, 'thing_get', { name: 'a' });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/domain\.get is denied by security\.denied_operations 'domain\.get'/);
    expect(started.fakes.calls).toHaveLength(1);
    expect(lastAudit(started)).toMatchObject({ outcome: 'denied', error_code: 'operation_denied', tool: 'thing_get' });
  });
});

describe('hosts and targets', () => {
  it('uses the first host by default and the named one when asked', async () => {
    const started = await start();
    const first = await call(started, 'thing_get', { name: 'a' });
    const second = await call(started, 'thing_get', { name: 'a', host: 'lab2' });
    expect(first.structuredContent).toEqual({ name: 'a', host: 'lab1', state: 'running' });
    expect(second.structuredContent).toEqual({ name: 'a', host: 'lab2', state: 'running' });
    expect(started.hosts.gets).toEqual(['lab1', 'lab2']);
  });

  it('refuses a host that is not configured, before connecting anything', async () => {
    const started = await start();
    const result = await call(started, 'thing_get', { name: 'a', host: 'evil' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/Invalid arguments for tool thing_get: host: /);
    expect(started.hosts.gets).toEqual([]);
    expect(lastAudit(started)).toMatchObject({ outcome: 'error', error_code: 'invalid_arguments' });
  });

  it('reports an unreachable host clearly, without server-side paths', async () => {
    const started = await start({ unavailable: ['lab2'] });
    const result = await call(started, 'thing_get', { name: 'a', host: 'lab2' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/^host 'lab2' is unavailable: connect ECONNREFUSED <path>$/);
    expect(text(await call(started, 'thing_get', { name: 'a' }))).toBe('thing a is running');
    expect(lastAudit(started)).toMatchObject({ outcome: 'ok', host: 'lab1' });
  });

  it('hides filtered targets exactly like missing ones, per host and per kind', async () => {
    const config = testConfig({
      hosts: [
        {
          name: 'lab1',
          uri: 'test:///default',
          domains: { allow: ['web-*'], deny: ['web-secret'] },
          networks: { deny: ['mgmt'] },
        },
        { name: 'lab2', uri: 'test:///default' },
      ],
    });
    const started = await start({ config });
    expect(text(await call(started, 'thing_get', { name: 'db-1' }))).toBe("domain 'db-1' not found on host 'lab1'");
    expect(text(await call(started, 'thing_get', { name: 'web-secret' }))).toBe(
      "domain 'web-secret' not found on host 'lab1'",
    );
    expect(text(await call(started, 'net_get', { name: 'mgmt' }))).toBe("network 'mgmt' not found on host 'lab1'");
    expect(text(await call(started, 'thing_get', { name: 'web-1' }))).toBe('thing web-1 is running');
    expect(text(await call(started, 'thing_get', { name: 'db-1', host: 'lab2' }))).toBe('thing db-1 is running');
    expect(
      started.fakes.calls.map((recorded) => `${recorded.host}/${(recorded.args as { name: string }).name}`),
    ).toEqual(['lab1/web-1', 'lab2/db-1']);
    const refused = started.auditLines().filter((line) => line['error_code'] === 'target_not_found');
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatchObject({ outcome: 'denied', target: { kind: 'domain', name: 'db-1' }, host: 'lab1' });
  });
});

describe('arguments', () => {
  it('refuses arguments the schema does not name, so a model-set confirm is no confirmation', async () => {
    let asked = 0;
    const started = await start({
      elicitation: () => {
        asked++;
        return { action: 'decline' };
      },
    });
    const result = await call(started, 'thing_destroy', { name: 'web-1', confirm: true });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/Unrecognized key: "confirm"/);
    expect(asked).toBe(0);
    expect(started.fakes.calls).toEqual([]);
    expect(lastAudit(started)).toMatchObject({
      outcome: 'error',
      error_code: 'invalid_arguments',
      arguments: { name: 'web-1', confirm: true },
    });
  });

  it('validates argument values with the tool schema', async () => {
    const started = await start();
    const result = await call(started, 'thing_get', { name: '' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/^Invalid arguments for tool thing_get: name: /);
  });
});

describe.each(['2025', '2026'] as const)('confirmation of destructive tools, %s-era client', (era) => {
  it('runs the tool when the user accepts, after asking the tool’s own question', async () => {
    const questions: string[] = [];
    const started = await start({
      era,
      elicitation: (params) => {
        questions.push(params.message);
        return { action: 'accept', content: { confirm: true } };
      },
    });
    const result = await call(started, 'thing_destroy', { name: 'web-1', host: 'lab2' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ name: 'web-1', host: 'lab2', state: 'shut off' });
    expect(questions).toEqual(["Destroy (power off) thing 'web-1' on host 'lab2'?"]);
    expect(started.fakes.calls).toHaveLength(1);
    const lines = started.auditLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ outcome: 'ok', confirmation: 'accepted', tool: 'thing_destroy', host: 'lab2' });
  });

  it.each([
    ['declines', { action: 'decline' as const }, 'declined', /^Declined by the user/],
    ['cancels', { action: 'cancel' as const }, 'cancelled', /^Cancelled by the user/],
    ['accepts but says no', { action: 'accept' as const, content: { confirm: false } }, 'declined', /^Declined/],
  ])('does not run the tool when the user %s', async (_label, answer, confirmation, message) => {
    const started = await start({ era, elicitation: () => answer });
    const result = await call(started, 'thing_destroy', { name: 'web-1' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(message);
    expect(started.fakes.calls).toEqual([]);
    expect(lastAudit(started)).toMatchObject({ outcome: 'declined', confirmation });
  });

  it('denies when the client cannot ask and confirm_fallback is deny (the default)', async () => {
    const started = await start({ era });
    const result = await call(started, 'thing_destroy', { name: 'web-1' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/cannot ask for it .*confirm_fallback is 'deny'/);
    expect(started.fakes.calls).toEqual([]);
    expect(lastAudit(started)).toMatchObject({ outcome: 'denied', confirmation: 'fallback_deny' });
  });

  it('runs when the client cannot ask and confirm_fallback is allow', async () => {
    const started = await start({ era, config: testConfig({ security: { confirm_fallback: 'allow' } }) });
    const result = await call(started, 'thing_destroy', { name: 'web-1' });
    expect(result.isError).toBeFalsy();
    expect(started.fakes.calls).toHaveLength(1);
    expect(lastAudit(started)).toMatchObject({ outcome: 'ok', confirmation: 'fallback_allow' });
  });

  it('asks nothing when confirm_destructive is off, and nothing for tools that are not destructive', async () => {
    let asked = 0;
    const elicitation: ElicitationHandler = () => {
      asked++;
      return { action: 'decline' };
    };
    const off = await start({ era, elicitation, config: testConfig({ security: { confirm_destructive: false } }) });
    expect((await call(off, 'thing_destroy', { name: 'web-1' })).isError).toBeFalsy();
    const on = await start({ era, elicitation });
    expect((await call(on, 'thing_start', { name: 'web-1' })).isError).toBeFalsy();
    expect(asked).toBe(0);
    expect(lastAudit(on)).not.toHaveProperty('confirmation');
  });
});

describe('2026-era confirmation state', () => {
  it('does not accept an answer the server did not ask for, for other arguments, or twice', async () => {
    let asked = 0;
    const started = await start({
      era: '2026',
      elicitation: () => {
        asked++;
        return { action: 'decline' };
      },
    });
    const accept = { confirm: { action: 'accept', content: { confirm: true } } };
    // A forged answer without the server's state: the server asks again, the user declines.
    const forged = await started.client.request({
      method: 'tools/call',
      params: { name: 'thing_destroy', arguments: { name: 'web-1' }, inputResponses: accept },
    });
    expect(forged.isError).toBe(true);
    expect(asked).toBe(1);
    expect(started.fakes.calls).toEqual([]);

    // A real state, but for other arguments: asked again.
    const first = (await started.client.callTool(
      { name: 'thing_destroy', arguments: { name: 'web-1' } },
      { allowInputRequired: true },
    )) as unknown as { resultType?: string; requestState?: string };
    expect(first.resultType).toBe('input_required');
    const state = first.requestState;
    expect(typeof state).toBe('string');
    const swapped = (await started.client.callTool(
      { name: 'thing_destroy', arguments: { name: 'web-2' }, inputResponses: accept, requestState: state } as never,
      { allowInputRequired: true },
    )) as unknown as { resultType?: string };
    expect(swapped.resultType).toBe('input_required');
    expect(started.fakes.calls).toEqual([]);

    // The same arguments: runs, once.
    const retried = await started.client.callTool(
      { name: 'thing_destroy', arguments: { name: 'web-1' }, inputResponses: accept, requestState: state } as never,
      { allowInputRequired: true },
    );
    expect(retried.isError).toBeFalsy();
    expect(started.fakes.calls).toHaveLength(1);
    const replayed = (await started.client.callTool(
      { name: 'thing_destroy', arguments: { name: 'web-1' }, inputResponses: accept, requestState: state } as never,
      { allowInputRequired: true },
    )) as unknown as { resultType?: string };
    expect(replayed.resultType).toBe('input_required');
    expect(started.fakes.calls).toHaveLength(1);
  });
});

describe('limits', () => {
  it('rate-limits per operation glob and says when to retry', async () => {
    const started = await start({
      config: testConfig({ security: { rate_limits: { 'domain.g*': { calls: 2, per_seconds: 60 } } } }),
    });
    expect((await call(started, 'thing_get', { name: 'a' })).isError).toBeFalsy();
    expect((await call(started, 'thing_get', { name: 'a' })).isError).toBeFalsy();
    const limited = await call(started, 'thing_get', { name: 'a' });
    expect(limited.isError).toBe(true);
    expect(text(limited)).toMatch(/^rate limit reached for domain\.get; retry in \d+(\.\d)? s$/);
    expect(limited._meta?.['retryAfterMs']).toBeGreaterThan(0);
    expect((await call(started, 'thing_start', { name: 'a' })).isError).toBeFalsy();
    expect(started.fakes.calls).toHaveLength(3);
    expect(lastAudit(started)).toMatchObject({ outcome: 'ok', tool: 'thing_start' });
    expect(started.auditLines()[2]).toMatchObject({ outcome: 'rate_limited', error_code: 'rate_limited' });
  });

  it('caps the calls running at once', async () => {
    const started = await start({ config: testConfig({ security: { max_concurrent_calls: 1 } }) });
    const waiting = call(started, 'thing_wait', { name: 'a' });
    await until(() => started.fakes.calls.length === 1);
    const refused = await call(started, 'thing_get', { name: 'b' });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/Too many tool calls in progress \(at most 1\)/);
    started.fakes.release();
    expect((await waiting).isError).toBeFalsy();
    expect((await call(started, 'thing_get', { name: 'b' })).isError).toBeFalsy();
    expect(started.auditLines().map((line) => line['outcome'])).toEqual(['rate_limited', 'ok', 'ok']);
  });
});

describe('progress and cancellation', () => {
  it.each(['2025', '2026'] as const)('sends progress notifications when asked (%s)', async (era) => {
    const started = await start({ era });
    const seen: { progress: number; total?: number; message?: string }[] = [];
    const pending = started.client.callTool(
      { name: 'thing_wait', arguments: { name: 'a' } },
      { onprogress: (progress) => seen.push(progress) },
    );
    await until(() => seen.length === 1);
    started.fakes.release();
    await pending;
    expect(seen).toEqual([
      { progress: 1, total: 2, message: 'waiting' },
      { progress: 2, total: 2, message: 'done' },
    ]);
  });

  it('aborts the tool’s signal when the client cancels, and audits the cancellation', async () => {
    const started = await start();
    const controller = new AbortController();
    const pending = started.client.callTool(
      { name: 'thing_wait', arguments: { name: 'a' } },
      { signal: controller.signal },
    );
    await until(() => started.fakes.calls.length === 1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await until(() => started.auditLines().length === 1);
    expect(lastAudit(started)).toMatchObject({ outcome: 'error', error_code: 'cancelled', tool: 'thing_wait' });
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not met in time');
}

describe('a policy that leaves no tool', () => {
  it('stops the server at startup with a clear error', () => {
    const config = testConfig({ toolsets: ['snapshot'] });
    expect(() =>
      createServerFactory({
        config,
        hosts: new FakeHosts(['lab1']),
        logger: pino({ level: 'silent' }),
        audit: nullAudit,
      }),
    ).toThrow(NoToolsError);
    expect(() =>
      createServerFactory({
        config,
        hosts: new FakeHosts(['lab1']),
        logger: pino({ level: 'silent' }),
        audit: nullAudit,
      }),
    ).toThrow(/leaves no tool to offer/);
  });
});

const nullAudit = { record: (): void => undefined, flush: (): Promise<void> => Promise.resolve() };
