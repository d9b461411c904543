import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../src/errors.js';
import { formatUuid, isUuid, parseUuid } from '../../src/objects/uuid.js';

describe('UUID strings', () => {
  it('formats 16 bytes in the canonical 8-4-4-4-12 lower-case form', () => {
    const bytes = Uint8Array.from([
      0x66, 0x95, 0xeb, 0x01, 0xf6, 0xa4, 0x83, 0x04, 0x79, 0xaa, 0x97, 0xf2, 0x50, 0x2e, 0x19, 0x3f,
    ]);
    expect(formatUuid(bytes)).toBe('6695eb01-f6a4-8304-79aa-97f2502e193f');
    expect(formatUuid(new Uint8Array(16))).toBe('00000000-0000-0000-0000-000000000000');
  });

  it('parses what libvirt parses: either case, bare digits, dashes or spaces between pairs, outer whitespace', () => {
    const expected = parseUuid('6695eb01-f6a4-8304-79aa-97f2502e193f');
    for (const text of [
      '6695EB01-F6A4-8304-79AA-97F2502E193F',
      '6695eb01f6a4830479aa97f2502e193f',
      '  6695eb01-f6a4-8304-79aa-97f2502e193f\n',
      '6695 eb01 f6a4 8304 79aa 97f2 502e 193f',
      '66-95-eb-01-f6-a4-83-04-79-aa-97-f2-50-2e-19-3f',
    ]) {
      expect(parseUuid(text)).toEqual(expected);
      expect(isUuid(text)).toBe(true);
    }
  });

  it('rejects anything else with InvalidArgumentsError', () => {
    for (const text of [
      '',
      'test',
      '6695eb01-f6a4-8304-79aa-97f2502e193',
      '6695eb01-f6a4-8304-79aa-97f2502e193f0',
      '6695eb01-f6a4-8304-79aa-97f2502e193g',
      '6-695eb01-f6a4-8304-79aa-97f2502e193f',
      '6695eb01-f6a4-8304-79aa-97f2502e193f-00',
    ]) {
      expect(isUuid(text)).toBe(false);
      expect(() => parseUuid(text)).toThrow(InvalidArgumentsError);
    }
    expect(() => formatUuid(new Uint8Array(15))).toThrow(InvalidArgumentsError);
  });

  it('round-trips every 16-byte value and matches the RFC 4122 layout', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const text = formatUuid(bytes);
        expect(text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(parseUuid(text)).toEqual(bytes);
        expect(parseUuid(text.toUpperCase().replaceAll('-', ''))).toEqual(bytes);
      }),
    );
  });
});
