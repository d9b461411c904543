import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Glob, GlobList, globMatches } from '../../src/policy/glob.js';

describe('Glob', () => {
  it.each([
    ['domain.*', 'domain.start', true],
    ['domain.*', 'domain.', true],
    ['domain.*', 'domain', false],
    ['domain.*', 'xdomain.start', false],
    ['*.list', 'domain.list', true],
    ['*.list', 'domain.list_all', false],
    ['*', '', true],
    ['*', 'anything at all', true],
    ['', '', true],
    ['', 'a', false],
    ['web-?', 'web-1', true],
    ['web-?', 'web-10', false],
    ['web-?', 'web-', false],
    ['web-*', 'web-', true],
    ['web-*', 'Web-1', false], // case-sensitive, as libvirt names are
    ['WEB-*', 'web-1', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['*a*a*a*a*b', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', false],
    ['?', '😀', true], // one code point, not two UTF-16 units
    ['??', '😀', false],
  ])('%j matches %j: %s', (pattern, name, expected) => {
    expect(new Glob(pattern).matches(name)).toBe(expected);
    expect(globMatches(pattern, name)).toBe(expected);
  });

  it.each([
    ['domain.(start|stop)', 'domain.start'],
    ['[a-z]*', 'abc'],
    ['.*', 'domain.start'],
    ['domain\\.start', 'domain.start'],
    ['^domain.start$', 'domain.start'],
    ['domain.star+', 'domain.starttt'],
    ['(a+)+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaab'],
  ])('regex syntax in %j is literal text, not a pattern (does not match %j)', (pattern, name) => {
    expect(new Glob(pattern).matches(name)).toBe(false);
    expect(new Glob(pattern).matches(pattern)).toBe(true);
  });

  it('a pattern without wildcards matches exactly itself', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('*') && !s.includes('?')),
        fc.string(),
        (pattern, other) => {
          expect(new Glob(pattern).matches(pattern)).toBe(true);
          expect(new Glob(pattern).matches(other)).toBe(other === pattern);
        },
      ),
    );
  });

  it('agrees with a reference regex built from escaped pieces', () => {
    const piece = fc.constantFrom('*', '?', 'a', 'b', '.', '-', '(', '[', '\\', '+', '$');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.array(fc.constantFrom('a', 'b', '.', '-', '(', '['), { maxLength: 10 }),
        (parts, nameParts) => {
          const pattern = parts.join('');
          const name = nameParts.join('');
          const reference = new RegExp(
            `^${parts.map((p) => (p === '*' ? '[\\s\\S]*' : p === '?' ? '[\\s\\S]' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`,
            'u',
          );
          expect(new Glob(pattern).matches(name)).toBe(reference.test(name));
        },
      ),
    );
  });

  it('a prefix star glob matches every name with that prefix', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('*') && !s.includes('?')),
        fc.string(),
        (prefix, rest) => {
          expect(new Glob(`${prefix}*`).matches(prefix + rest)).toBe(true);
        },
      ),
    );
  });
});

describe('GlobList', () => {
  it('names the first matching glob', () => {
    const list = new GlobList(['host.*', 'domain.*', 'domain.start']);
    expect(list.match('domain.start')).toBe('domain.*');
    expect(list.match('network.list')).toBeUndefined();
    expect(list.matchesAny('host.info')).toBe(true);
    expect(list.isEmpty).toBe(false);
    expect(new GlobList([]).isEmpty).toBe(true);
    expect(new GlobList([]).matchesAny('x')).toBe(false);
  });
});
