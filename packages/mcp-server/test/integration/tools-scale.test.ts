/**
 * A 2,000-domain host listed page by page: every domain exactly once, in order, each response
 * bounded in size whatever the host holds, and per-domain details fetched for one page only.
 */
import { randomUUID } from 'node:crypto';
import type { Connection } from '@libvirt-ts/client';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { startToolHarness, type ToolHarness } from '../support/direct-host.js';

const libvirtd = inject('libvirtd');
const COUNT = 2000;
const prefix = `mcp-scale-${randomUUID().slice(0, 8)}-`;
const names = Array.from({ length: COUNT }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

/** Bytes of the JSON a client receives for one result. */
const size = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

describe('domain_list on a host with 2,000 domains', () => {
  let harness: ToolHarness;
  let conn: Connection;

  beforeAll(async () => {
    harness = await startToolHarness(libvirtd);
    conn = await harness.connection();
    // Pipelined on one connection: all calls of a batch leave together.
    for (let i = 0; i < COUNT; i += 500) {
      await Promise.all(
        names
          .slice(i, i + 500)
          .map((name) =>
            conn.domains.define(
              `<domain type='test'><name>${name}</name><memory unit='MiB'>64</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>`,
            ),
          ),
      );
    }
    // A few running ones, for the state filter.
    await Promise.all(names.slice(0, 10).map(async (name) => (await conn.domains.lookupByName(name)).start()));
  });

  afterAll(async () => {
    const doms = (await conn.domains.list()).filter((d) => d.name.startsWith(prefix));
    await Promise.all(doms.filter((d) => d.id >= 0).map((d) => d.destroy().catch(() => undefined)));
    await Promise.all(doms.map((d) => d.undefine().catch(() => undefined)));
    await harness.close();
  });

  it('pages through every domain once, in name order, with bounded responses', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    let largest = 0;
    do {
      const result = await harness.ok('domain_list', {
        name: `${prefix}*`,
        ...(cursor === undefined ? {} : { cursor }),
      });
      const { structured } = result;
      expect(structured.total).toBe(COUNT);
      expect(structured.domains.length).toBeLessThanOrEqual(50);
      largest = Math.max(largest, size(structured) + Buffer.byteLength(result.text));
      seen.push(...structured.domains.map((d: { name: string }) => d.name));
      cursor = structured.nextCursor;
      pages++;
    } while (cursor !== undefined);
    expect(pages).toBe(COUNT / 50);
    expect(seen).toEqual(names);
    // About 80 bytes per domain with its state, twice over (structured and text): far below what
    // 2,000 entries would take.
    expect(largest).toBeLessThan(12_000);
  });

  it('bounds the page by limit, even at the largest page with every field', async () => {
    // 200 calls in flight under one tool call's signal are no listener leak: Node must not say so.
    const warnings: Error[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning);
    };
    process.on('warning', onWarning);
    onTestFinished(() => {
      process.off('warning', onWarning);
    });
    const { structured, text } = await harness.ok('domain_list', {
      name: `${prefix}*`,
      limit: 200,
      fields: [
        'state',
        'reason',
        'uuid',
        'id',
        'persistent',
        'autostart',
        'vcpus',
        'memoryKiB',
        'maxMemoryKiB',
        'cpuTimeNs',
      ],
    });
    expect(structured.domains).toHaveLength(200);
    expect(structured.total).toBe(COUNT);
    expect(size(structured) + Buffer.byteLength(text)).toBeLessThan(100_000);
    expect(structured.domains[0]).toMatchObject({ name: names[0], state: 'running', persistent: true, vcpus: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((w) => w.message)).toEqual([]);
  });

  it('finds few domains among many with the state filter and a glob', async () => {
    const running = await harness.ok('domain_list', { name: `${prefix}*`, state: ['running'] });
    expect(running.structured.total).toBe(10);
    expect(running.structured.domains.map((d: { name: string }) => d.name)).toEqual(names.slice(0, 10));
    const glob = await harness.ok('domain_list', { name: `${prefix}1?5?`, limit: 200 });
    expect(glob.structured.total).toBe(100);
  });

  it('domain_stats pages the same way', async () => {
    let cursor: string | undefined;
    let count = 0;
    do {
      const { structured } = await harness.ok('domain_stats', {
        match: `${prefix}*`,
        limit: 100,
        ...(cursor === undefined ? {} : { cursor }),
      });
      expect(structured.domains.length).toBeLessThanOrEqual(100);
      expect(size(structured)).toBeLessThan(20_000);
      count += structured.domains.length;
      cursor = structured.nextCursor;
    } while (cursor !== undefined);
    expect(count).toBe(COUNT);
  });
});
