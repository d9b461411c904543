/**
 * domain_list and domain_stats over a fake connection: filters, name globs, target filters,
 * sorting, pagination and field selection, and that per-domain details are fetched for the
 * page only. The real daemon is in test/integration/tools-*.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { formatUuid, parseUuid, type Connection, type DomainListFilter } from '@libvirt-ts/client';
import { describe, expect, it } from 'vitest';
import { domainList } from '../../src/tools/domain/list.js';
import { domainStats } from '../../src/tools/domain/stats.js';
import type { ToolContext } from '../../src/tools/define-tool.js';
import { ToolError } from '../../src/tools/errors.js';
import { matchesGlob } from '../../src/tools/name-glob.js';

interface FakeDomain {
  name: string;
  state: 'running' | 'shutoff';
}

function fakeHost(domains: FakeDomain[], hidden: readonly string[] = []) {
  const calls = { info: 0, persistent: 0, autostart: 0, stats: [] as number[], listFilters: [] as DomainListFilter[] };
  const handles = domains.map((d, i) => {
    const uuid = parseUuid(randomUUID());
    const running = d.state === 'running';
    return {
      name: d.name,
      uuid: formatUuid(uuid),
      id: running ? i + 1 : -1,
      toRemote: () => ({ name: d.name, uuid, id: running ? i + 1 : -1 }),
      info: () => {
        calls.info++;
        return Promise.resolve({
          state: d.state,
          stateCode: running ? 1 : 5,
          maxMemory: 2n ** 60n,
          memory: 65536n,
          vcpus: 2,
          cpuTime: running ? 1000n : 0n,
        });
      },
      isPersistent: () => {
        calls.persistent++;
        return Promise.resolve(true);
      },
      autostart: () => {
        calls.autostart++;
        return Promise.resolve(d.name.endsWith('1'));
      },
    };
  });
  const connection = {
    domains: {
      list: (filter: DomainListFilter) => {
        calls.listFilters.push(filter);
        const states = filter.state === undefined ? undefined : [filter.state].flat();
        return Promise.resolve(
          handles.filter((h, i) => states === undefined || states.includes(domains[i]?.state ?? 'running')),
        );
      },
    },
    remote: {
      connectGetAllDomainStats: (args: { doms: { uuid: Uint8Array }[]; stats: number }) => {
        calls.stats.push(args.doms.length);
        const retStats = args.doms.map((dom) => {
          const i = handles.findIndex((h) => h.uuid === formatUuid(dom.uuid));
          const running = domains[i]?.state === 'running';
          return {
            dom,
            params: [
              { field: 'state.state', value: { type: 1, i: running ? 1 : 5 } },
              { field: 'state.reason', value: { type: 1, i: running ? 1 : 2 } },
              ...(running ? [{ field: 'cpu.time', value: { type: 4, ul: 42n } }] : []),
            ],
          };
        });
        return Promise.resolve({ retStats });
      },
    },
  } as unknown as Connection;
  const ctx: ToolContext = {
    host: { name: 'lab1', connection, readOnly: false },
    policy: {
      allowsTarget: (_kind, name) => !hidden.some((pattern) => matchesGlob(pattern, name)),
      checkXml: () => undefined,
      allowSecureXml: false,
    },
    signal: new AbortController().signal,
    progress: () => Promise.resolve(),
  };
  return { ctx, calls };
}

const list = (ctx: ToolContext, args: Record<string, unknown>) => domainList.handler(domainList.input.parse(args), ctx);

// web-00 … web-24 (even ones running), db-1, db-2 (shut off), deliberately not in name order.
const DOMAINS: FakeDomain[] = (
  [
    ...Array.from({ length: 25 }, (_, i): FakeDomain => ({
      name: `web-${String(i).padStart(2, '0')}`,
      state: i % 2 === 0 ? 'running' : 'shutoff',
    })),
    { name: 'db-2', state: 'shutoff' },
    { name: 'db-1', state: 'shutoff' },
  ] satisfies FakeDomain[]
).reverse();

describe('domain_list', () => {
  it('lists name and state by default, sorted, with the total', async () => {
    const { ctx } = fakeHost(DOMAINS);
    const { structured, summary } = await list(ctx, { limit: 3 });
    expect(structured.total).toBe(27);
    expect(structured.domains).toEqual([
      { name: 'db-1', state: 'shutoff' },
      { name: 'db-2', state: 'shutoff' },
      { name: 'web-00', state: 'running' },
    ]);
    expect(structured.nextCursor).toEqual(expect.any(String));
    expect(summary).toBe(
      '3 of 27 matching domains: db-1 (shutoff), db-2 (shutoff), web-00 (running). More remain: call again with cursor = nextCursor.',
    );
    expect(domainList.output.safeParse(structured).success).toBe(true);
  });

  it('pages through everything once, fetching details for each page only', async () => {
    const { ctx, calls } = fakeHost(DOMAINS);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pagesRead = 0;
    do {
      const { structured } = await list(ctx, {
        limit: 10,
        fields: ['vcpus'],
        ...(cursor === undefined ? {} : { cursor }),
      });
      expect(structured.domains.length).toBeLessThanOrEqual(10);
      seen.push(...structured.domains.map((d) => d.name));
      cursor = structured.nextCursor;
      pagesRead++;
    } while (cursor !== undefined);
    expect(pagesRead).toBe(3);
    expect(seen).toEqual([...DOMAINS.map((d) => d.name)].sort());
    // One info() per listed domain, none for the others; no state was asked, so no stats call.
    expect(calls.info).toBe(27);
    expect(calls.stats).toEqual([]);
  });

  it('filters by name glob and state, and passes the state filter to libvirt', async () => {
    const { ctx, calls } = fakeHost(DOMAINS);
    const { structured } = await list(ctx, { name: 'web-1?', state: ['running'], limit: 50 });
    expect(structured.domains.map((d) => d.name)).toEqual(['web-10', 'web-12', 'web-14', 'web-16', 'web-18']);
    expect(structured.total).toBe(5);
    expect(calls.listFilters).toEqual([{ state: ['running'] }]);
    expect(calls.stats).toEqual([5]);
  });

  it('omits domains the target filter hides, from the page and from the total', async () => {
    const { ctx } = fakeHost(DOMAINS, ['db-*', 'web-0?']);
    const { structured } = await list(ctx, { limit: 200 });
    expect(structured.total).toBe(15);
    expect(structured.domains.every((d) => d.name >= 'web-10')).toBe(true);
  });

  it('returns exactly the fields asked for, with 64-bit values as strings when needed', async () => {
    const { ctx, calls } = fakeHost(DOMAINS);
    const { structured } = await list(ctx, {
      name: 'web-00',
      fields: ['uuid', 'id', 'persistent', 'autostart', 'memoryKiB', 'maxMemoryKiB', 'cpuTimeNs', 'reason'],
    });
    expect(structured.domains).toEqual([
      {
        name: 'web-00',
        uuid: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        id: expect.any(Number) as unknown,
        reason: 'booted',
        persistent: true,
        autostart: false,
        memoryKiB: 65536,
        maxMemoryKiB: '1152921504606846976',
        cpuTimeNs: 1000,
      },
    ]);
    expect(calls).toMatchObject({ info: 1, persistent: 1, autostart: 1, stats: [1] });
    expect(domainList.output.safeParse(structured).success).toBe(true);
  });

  it('says so when nothing matches, and refuses a forged cursor', async () => {
    const { ctx } = fakeHost(DOMAINS);
    expect(await list(ctx, { name: 'nothing-*' })).toEqual({
      structured: { total: 0, domains: [] },
      summary: 'No domains match.',
    });
    await expect(list(ctx, { cursor: 'Zm9yZ2Vk' })).rejects.toThrow(ToolError);
  });

  it('validates its arguments', () => {
    expect(domainList.input.safeParse({ limit: 0 }).success).toBe(false);
    expect(domainList.input.safeParse({ limit: 201 }).success).toBe(false);
    expect(domainList.input.safeParse({ state: ['sleeping'] }).success).toBe(false);
    expect(domainList.input.safeParse({ fields: ['password'] }).success).toBe(false);
    expect(domainList.input.safeParse({ name: 'a\nb' }).success).toBe(false);
    expect(domainList.input.safeParse({ name: 'x'.repeat(256) }).success).toBe(false);
    expect(domainList.input.parse({})).toEqual({ fields: ['state'], limit: 50 });
  });
});

describe('domain_stats over many domains', () => {
  it('pages with one stats call per page, for the page domains only', async () => {
    const { ctx, calls } = fakeHost(DOMAINS, ['db-2']);
    const args = domainStats.input.parse({ match: 'web-*', limit: 20, groups: ['cpu'] });
    const first = await domainStats.handler(args, ctx);
    expect(first.structured.total).toBe(25);
    expect(first.structured.domains).toHaveLength(20);
    expect(first.structured.domains[0]).toEqual({
      name: 'web-00',
      state: 'running',
      reason: 'booted',
      cpu: { timeNs: 42 },
    });
    expect(first.structured.domains[1]).toEqual({ name: 'web-01', state: 'shutoff', reason: 'destroyed' });
    const second = await domainStats.handler({ ...args, cursor: first.structured.nextCursor }, ctx);
    expect(second.structured.domains.map((d) => d.name)).toEqual(['web-20', 'web-21', 'web-22', 'web-23', 'web-24']);
    expect(second.structured.nextCursor).toBeUndefined();
    expect(calls.stats).toEqual([20, 5]);
    expect(domainStats.output.safeParse(first.structured).success).toBe(true);
  });
});
