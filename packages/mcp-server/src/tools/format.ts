/**
 * Output conventions shared by every tool: libvirt's 64-bit counters become JSON numbers when they
 * are exactly representable and decimal strings otherwise, so no client silently rounds a byte
 * count; units live in field names (`memoryKiB`, `cpuTimeNs`), never in values.
 */
import { z } from 'zod';

/** A 64-bit integer as a number when safe (|n| ≤ 2^53 − 1), else as a decimal string. */
export type Int64 = number | string;

export function int64(value: bigint | number): Int64 {
  if (typeof value === 'number') return value;
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value.toString();
}

export const int64Schema = z
  .union([z.number().int(), z.string().regex(/^-?\d+$/)])
  .describe('64-bit integer: a number when it fits exactly in a double, otherwise a decimal string');

/** Bytes to whole KiB, rounding down (libvirt reports free memory in bytes, node memory in KiB). */
export function bytesToKiB(bytes: bigint): bigint {
  return bytes / 1024n;
}

/** `1048576` KiB → `1 GiB`, for the text summaries only (structured fields keep exact numbers). */
export function formatKiB(kib: Int64 | bigint): string {
  const value = typeof kib === 'bigint' ? Number(kib) : Number(kib);
  const units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let scaled = value;
  let unit = 0;
  while (Math.abs(scaled) >= 1024 && unit < units.length - 1) {
    scaled /= 1024;
    unit++;
  }
  const digits = Number.isInteger(scaled) ? 0 : scaled < 10 ? 2 : 1;
  return `${scaled.toFixed(digits)} ${units[unit] ?? 'KiB'}`;
}

/** `{ key: value }` when value is defined, else `{}`: keeps absent fields absent, in JSON and in types. */
export function ifDefined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
