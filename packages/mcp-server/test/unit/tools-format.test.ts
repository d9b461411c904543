import { describe, expect, it } from 'vitest';
import { bytesToKiB, formatKiB, ifDefined, int64, int64Schema } from '../../src/tools/format.js';

describe('int64', () => {
  it('gives numbers when exactly representable', () => {
    expect(int64(0n)).toBe(0);
    expect(int64(1048576n)).toBe(1048576);
    expect(int64(-5n)).toBe(-5);
    expect(int64(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(int64(7)).toBe(7);
  });

  it('gives decimal strings beyond 2^53 - 1, so no digit is lost', () => {
    expect(int64(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toBe('9007199254740992');
    expect(int64(18446744073709551615n)).toBe('18446744073709551615');
    expect(int64(-(2n ** 63n))).toBe('-9223372036854775808');
  });

  it('validates against int64Schema either way', () => {
    for (const value of [0n, 2n ** 60n, -(2n ** 63n)]) expect(int64Schema.safeParse(int64(value)).success).toBe(true);
    expect(int64Schema.safeParse('12a').success).toBe(false);
    expect(int64Schema.safeParse(1.5).success).toBe(false);
  });
});

describe('summary helpers', () => {
  it('formats KiB with a binary unit', () => {
    expect(formatKiB(512)).toBe('512 KiB');
    expect(formatKiB(1048576)).toBe('1 GiB');
    expect(formatKiB(1572864)).toBe('1.50 GiB');
    expect(formatKiB(65536n)).toBe('64 MiB');
    expect(formatKiB('17179869184')).toBe('16 TiB');
  });

  it('converts bytes to whole KiB', () => {
    expect(bytesToKiB(1048576n)).toBe(1024n);
    expect(bytesToKiB(1023n)).toBe(0n);
  });

  it('leaves absent fields out entirely', () => {
    expect(ifDefined('x', undefined)).toEqual({});
    expect(Object.keys(ifDefined('x', undefined))).toEqual([]);
    expect(ifDefined('x', 0)).toEqual({ x: 0 });
  });
});
