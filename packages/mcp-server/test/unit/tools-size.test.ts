import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SIZE_KIB, parseSizeKiB, SizeParseError, sizeSchema } from '../../src/tools/size.js';

describe('parseSizeKiB', () => {
  it.each([
    ['2GiB', 2 * 1024 * 1024],
    ['2 GiB', 2 * 1024 * 1024],
    ['512 MiB', 512 * 1024],
    ['512M', 512 * 1024],
    ['512m', 512 * 1024],
    ['1.5G', 1.5 * 1024 * 1024],
    ['1T', 1024 ** 3],
    ['1048576', 1048576],
    ['1048576 KiB', 1048576],
    ['1k', 1],
    ['1024 b', 1],
    ['1024 bytes', 1],
    ['1 byte', 1], // rounded up to whole KiB
    ['1500 B', 2],
    ['4000000KB', 3906250], // KB is 1000 bytes, as in libvirt
    ['1MB', 977], // 10^6 bytes = 976.5625 KiB, rounded up
    ['1GB', 976563],
    ['  64 MiB  ', 65536],
  ])('%s is %d KiB', (input, kib) => {
    expect(parseSizeKiB(input)).toBe(kib);
  });

  it('takes a bare number as KiB', () => {
    expect(parseSizeKiB(65536)).toBe(65536);
    expect(parseSizeKiB(0.5)).toBe(1);
  });

  it.each([
    ['', 'not a size'],
    ['GiB', 'not a size'],
    ['-1GiB', 'not a size'],
    ['1e9', 'not a size'],
    ['2 qb', 'unknown size unit'],
    ['2 GiBs', 'unknown size unit'],
    ['2 XiB', 'unknown size unit'],
    ['2 KiBB', 'unknown size unit'],
    ['0', 'greater than zero'],
    ['0 MiB', 'greater than zero'],
    ['2 PiB', 'at most 1 PiB'],
    ['1 E', 'at most 1 PiB'],
    ['1.2.3 GiB', 'not a size'],
    ['1,5 GiB', 'not a size'],
  ])('refuses %j (%s)', (input, message) => {
    expect(() => parseSizeKiB(input)).toThrow(SizeParseError);
    expect(() => parseSizeKiB(input)).toThrow(message);
  });

  it('accepts exactly 1 PiB, the bound', () => {
    expect(parseSizeKiB('1 PiB')).toBe(MAX_SIZE_KIB);
    expect(parseSizeKiB('1048576 GiB')).toBe(MAX_SIZE_KIB);
  });

  it('agrees with integer arithmetic for every whole size and binary unit', () => {
    const units = [
      ['KiB', 1],
      ['MiB', 1024],
      ['GiB', 1024 ** 2],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 20 }), fc.constantFrom(...units), (value, [unit, kib]) => {
        expect(parseSizeKiB(`${value}${unit}`)).toBe(value * kib);
        expect(parseSizeKiB(`${value} ${unit.toLowerCase()}`)).toBe(value * kib);
      }),
    );
  });
});

describe('sizeSchema', () => {
  const schema = sizeSchema('memory');

  it('parses strings and numbers to KiB', () => {
    expect(schema.parse('1GiB')).toBe(1048576);
    expect(schema.parse(2048)).toBe(2048);
  });

  it('reports a bad size as a validation issue with the reason', () => {
    const result = schema.safeParse('lots');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('not a size');
    expect(schema.safeParse(-5).success).toBe(false);
    expect(schema.safeParse('x'.repeat(65)).success).toBe(false);
  });
});
