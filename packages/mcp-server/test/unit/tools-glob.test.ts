import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../../src/tools/name-glob.js';

/** A reference built the obvious way, with every other character escaped. */
function reference(pattern: string, name: string): boolean {
  const source = Array.from(pattern)
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'su').test(name);
}

describe('matchesGlob', () => {
  it.each([
    ['web-*', 'web-1', true],
    ['web-*', 'web-', true],
    ['web-*', 'db-1', false],
    ['*-db', 'prod-db', true],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['w?b', 'web', true],
    ['w?b', 'wb', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXcYYb', false],
    ['WEB-*', 'web-1', false], // case-sensitive, like libvirt names
    ['web.1', 'webX1', false], // no regex meaning for '.'
    ['(a|b)', '(a|b)', true],
    ['[ab]', 'a', false],
    ['*ü*', 'grün', true],
    ['?', '😀', true], // one character, not one UTF-16 unit
  ])('%j against %j is %s', (pattern, name, expected) => {
    expect(matchesGlob(pattern, name)).toBe(expected);
  });

  it('agrees with a regex reference on arbitrary patterns and names', () => {
    const alphabet = fc.constantFrom('a', 'b', '-', '.', '*', '?', '(', '[', '\\');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 8 }), fc.array(alphabet, { maxLength: 10 }), (p, n) => {
        const pattern = p.join('');
        const name = n.join('').replaceAll('*', 'x').replaceAll('?', 'y');
        expect(matchesGlob(pattern, name)).toBe(reference(pattern, name));
      }),
    );
  });

  it('stays fast on patterns that make naive backtracking explode', () => {
    const pattern = `${'*a'.repeat(30)}*b`;
    const name = 'a'.repeat(5000);
    expect(matchesGlob(pattern, name)).toBe(false);
  });
});
