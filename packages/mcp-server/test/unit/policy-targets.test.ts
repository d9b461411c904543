import { describe, expect, it } from 'vitest';
import { hostSchema, type HostConfig } from '../../src/config/schema.js';
import { NameFilter, TargetFilters } from '../../src/policy/targets.js';

const host = (input: Record<string, unknown> = {}): HostConfig =>
  hostSchema.parse({ name: 'lab1', uri: 'test:///default', ...input });

describe('TargetFilters', () => {
  it('allows every name when no filter is configured', () => {
    const filters = new TargetFilters(host());
    for (const kind of ['domain', 'network', 'pool'] as const) {
      expect(filters.allows(kind, 'anything')).toBe(true);
      expect(filters.filter(kind).isOpen).toBe(true);
    }
  });

  // [filter, name, allowed]
  const cases: [{ allow?: string[]; deny?: string[] }, string, boolean][] = [
    [{ allow: ['web-*'] }, 'web-1', true],
    [{ allow: ['web-*'] }, 'db-1', false],
    [{ allow: ['web-*'] }, 'WEB-1', false],
    [{ allow: ['web-*'] }, 'xweb-1', false],
    [{ deny: ['prod-db'] }, 'prod-db', false],
    [{ deny: ['prod-db'] }, 'prod-db2', true],
    [{ deny: ['prod-*'] }, 'prod-web', false],
    [{ allow: ['web-*', 'prod-*'], deny: ['prod-db'] }, 'prod-db', false],
    [{ allow: ['web-*', 'prod-*'], deny: ['prod-db'] }, 'prod-web', true],
    [{ allow: ['*'], deny: ['*'] }, 'anything', false],
    [{ allow: ['web-?'] }, 'web-10', false],
    [{ allow: ['.*'] }, 'anything', false], // a glob, not a regex
  ];

  it.each(cases)('%j: %s → %s', (filter, name, allowed) => {
    for (const kind of ['domain', 'network', 'pool'] as const) {
      const key = kind === 'domain' ? 'domains' : kind === 'network' ? 'networks' : 'pools';
      const filters = new TargetFilters(host({ [key]: filter }));
      expect(filters.allows(kind, name)).toBe(allowed);
      // The other kinds are untouched.
      for (const other of ['domain', 'network', 'pool'] as const) {
        if (other !== kind) expect(filters.allows(other, name)).toBe(true);
      }
    }
  });

  it('keeps the host name for messages', () => {
    expect(new TargetFilters(host()).host).toBe('lab1');
  });

  it('NameFilter is closed as soon as one list has an entry', () => {
    expect(new NameFilter({ allow: [], deny: ['x'] }).isOpen).toBe(false);
    expect(new NameFilter({ allow: ['x'], deny: [] }).isOpen).toBe(false);
  });
});
