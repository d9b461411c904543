/**
 * domain_shutdown's wait over a fake domain that takes a while to stop (the test driver stops at
 * once): progress while waiting, the timeout, and cancellation.
 */
import type { Connection } from '@libvirt-ts/client';
import { describe, expect, it } from 'vitest';
import type { ToolContext } from '../../src/tools/define-tool.js';
import { domainShutdown } from '../../src/tools/domain/shutdown.js';

/** A running domain that reports shutoff from the `offAfter`-th state read after shutdown(). */
function slowDomain(offAfter: number) {
  let asked = false;
  let reads = 0;
  const off = (): boolean => asked && reads >= offAfter;
  const dom = {
    name: 'slow',
    uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f',
    id: 7,
    refresh: () => Promise.resolve({ name: 'slow', uuid: dom.uuid, id: off() ? -1 : 7 }),
    shutdown: () => {
      asked = true;
      return Promise.resolve();
    },
    state: () => {
      if (asked) reads++;
      return Promise.resolve(
        off()
          ? { state: 'shutoff', reason: 'shutdown', stateCode: 5, reasonCode: 1 }
          : { state: 'running', reason: 'booted', stateCode: 1, reasonCode: 1 },
      );
    },
    info: () =>
      Promise.resolve({ state: 'running', stateCode: 1, maxMemory: 1024n, memory: 1024n, vcpus: 1, cpuTime: 5n }),
    isPersistent: () => Promise.resolve(true),
    autostart: () => Promise.resolve(false),
  };
  const connection = { domains: { lookupByName: () => Promise.resolve(dom) } } as unknown as Connection;
  return connection;
}

function context(connection: Connection, signal = new AbortController().signal) {
  const progress: { progress: number; total?: number; message?: string }[] = [];
  const ctx: ToolContext = {
    host: { name: 'lab1', connection, readOnly: false },
    policy: { allowsTarget: () => true, checkXml: () => undefined, allowSecureXml: false },
    signal,
    progress: (p, total, message) => {
      progress.push({
        progress: p,
        ...(total === undefined ? {} : { total }),
        ...(message === undefined ? {} : { message }),
      });
      return Promise.resolve();
    },
  };
  return { ctx, progress };
}

const run = (ctx: ToolContext, args: Record<string, unknown>) =>
  domainShutdown.handler(domainShutdown.input.parse({ name: 'slow', ...args }), ctx);

describe('domain_shutdown waiting', () => {
  it('returns at once without waitSeconds, the domain still running', async () => {
    const { ctx, progress } = context(slowDomain(2));
    const { structured } = await run(ctx, {});
    expect(structured).toMatchObject({ changed: true, off: false, timedOut: false, waitedMs: 0 });
    expect(structured.domain?.state).toBe('running');
    expect(progress).toEqual([]);
  });

  it('waits until the domain is off, reporting progress meanwhile', async () => {
    const { ctx, progress } = context(slowDomain(3));
    const { structured, summary } = await run(ctx, { waitSeconds: 30 });
    expect(structured).toMatchObject({ changed: true, off: true, timedOut: false, domain: { state: 'shutoff' } });
    expect(structured.waitedMs).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]).toMatchObject({ total: 30, message: expect.stringContaining("waiting for 'slow'") as unknown });
    expect(summary).toContain("'slow' is shutoff");
    expect(domainShutdown.output.safeParse(structured).success).toBe(true);
  });

  it('gives up after waitSeconds and says the domain is still running', async () => {
    const { ctx } = context(slowDomain(1_000_000));
    const { structured, summary } = await run(ctx, { waitSeconds: 1 });
    expect(structured).toMatchObject({ changed: true, off: false, timedOut: true, domain: { state: 'running' } });
    expect(structured.waitedMs).toBeGreaterThanOrEqual(1000);
    expect(summary).toContain('Still not off after 1 s; domain_destroy would force it.');
  });

  it('stops waiting when the request is cancelled', async () => {
    const controller = new AbortController();
    const { ctx } = context(slowDomain(1_000_000), controller.signal);
    const pending = run(ctx, { waitSeconds: 600 });
    setTimeout(() => {
      controller.abort(new Error('client cancelled'));
    }, 50);
    await expect(pending).rejects.toThrow('client cancelled');
  });
});
