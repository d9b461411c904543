import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToolError } from '../../src/tools/errors.js';
import { compareNames, decodeCursor, encodeCursor, paginate } from '../../src/tools/pagination.js';

const key = (s: string): string => s;

function pages(items: readonly string[], limit: number): string[][] {
  const out: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = paginate(items, key, { cursor, limit });
    out.push(page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return out;
}

describe('paginate', () => {
  const names = ['a', 'b', 'c', 'd', 'e'];

  it('splits a sorted list into bounded pages with a cursor on all but the last', () => {
    const first = paginate(names, key, { limit: 2 });
    expect(first.items).toEqual(['a', 'b']);
    expect(first.nextCursor).toBeDefined();
    const second = paginate(names, key, { cursor: first.nextCursor, limit: 2 });
    expect(second.items).toEqual(['c', 'd']);
    const third = paginate(names, key, { cursor: second.nextCursor, limit: 2 });
    expect(third).toEqual({ items: ['e'] });
  });

  it('has no cursor when one page holds everything, even exactly', () => {
    expect(paginate(names, key, { limit: 5 })).toEqual({ items: names });
    expect(paginate([], key, { limit: 5 })).toEqual({ items: [] });
  });

  it('resumes after the last name seen, so removals and insertions do not skip or repeat', () => {
    const first = paginate(names, key, { limit: 2 }); // a, b
    // 'b' is removed and 'bb' and 'aa' appear before the next call.
    const changed = ['a', 'aa', 'bb', 'c', 'd', 'e'];
    const second = paginate(changed, key, { cursor: first.nextCursor, limit: 2 });
    expect(second.items).toEqual(['bb', 'c']);
  });

  it('visits every item exactly once, in order, for any list and page size', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        (raw, limit) => {
          const sorted = [...raw].sort(compareNames);
          const all = pages(sorted, limit);
          expect(all.flat()).toEqual(sorted);
          for (const page of all) expect(page.length).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });

  it('sorts by code point, independent of locale', () => {
    expect(['b', 'B', 'a', 'Ä', '_'].sort(compareNames)).toEqual(['B', '_', 'a', 'b', 'Ä']);
  });
});

describe('cursors', () => {
  it('round-trip any name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 255, unit: 'grapheme' }), (name) => {
        expect(decodeCursor(encodeCursor(name))).toBe(name);
      }),
    );
  });

  it.each([
    ['not base64url', '!!!'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['wrong version', Buffer.from(JSON.stringify({ v: 2, after: 'a' })).toString('base64url')],
    ['no name', Buffer.from(JSON.stringify({ v: 1 })).toString('base64url')],
    ['name not a string', Buffer.from(JSON.stringify({ v: 1, after: 3 })).toString('base64url')],
    ['too long', 'A'.repeat(5000)],
  ])('refuses a cursor that is %s', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ToolError);
    expect(() => decodeCursor(cursor)).toThrow('invalid cursor');
    expect(() => paginate(['a'], key, { cursor, limit: 1 })).toThrow(ToolError);
  });
});
