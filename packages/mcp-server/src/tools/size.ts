/**
 * Memory sizes as people and models write them: `2GiB`, `512 MiB`, `1.5G`, `4000000KB`. Units
 * follow libvirt's own scaled integers (virsh, `<memory unit=…>`): `K`/`KiB` = 1024, `KB` = 1000,
 * and so on up to `E`; `B`/`byte`/`bytes` = 1; case-insensitive. A bare number, or a string
 * without a unit, is KiB, as in libvirt's API and `virsh setmem`. Results are whole KiB, rounded
 * up (libvirt rounds sizes up to its unit the same way).
 */
import { z } from 'zod';

/** The largest size a tool accepts: 1 PiB, far above any host, and exact as a double in KiB. */
export const MAX_SIZE_KIB = 2 ** 40;

const SIZE_PATTERN = /^\s*(\d{1,19})(?:\.(\d{1,9}))?\s*([A-Za-z]{0,5})\s*$/;
const PREFIXES = 'kmgtpe';

export class SizeParseError extends Error {
  override readonly name = 'SizeParseError';
}

/** Bytes per unit, or undefined for an unknown unit; '' (no unit) is KiB. */
function unitBytes(unit: string): bigint | undefined {
  const lower = unit.toLowerCase();
  if (lower === '') return 1024n;
  if (lower === 'b' || lower === 'byte' || lower === 'bytes') return 1n;
  const power = PREFIXES.indexOf(lower[0] ?? '') + 1;
  if (power === 0) return undefined;
  const rest = lower.slice(1);
  const base = rest === '' || rest === 'ib' ? 1024n : rest === 'b' ? 1000n : undefined;
  return base === undefined ? undefined : base ** BigInt(power);
}

/** Parses a size into whole KiB (rounded up). Throws SizeParseError naming the problem. */
export function parseSizeKiB(input: string | number): number {
  const text = typeof input === 'number' ? numberText(input) : input;
  const match = SIZE_PATTERN.exec(text);
  if (match === null) {
    throw new SizeParseError(`not a size: ${JSON.stringify(text.slice(0, 40))} (use e.g. "2GiB", "512 MiB", or KiB)`);
  }
  const [, whole = '0', fraction = '', unit = ''] = match;
  const bytesPerUnit = unitBytes(unit);
  if (bytesPerUnit === undefined) {
    throw new SizeParseError(`unknown size unit ${JSON.stringify(unit)} (use B, KiB, MiB, GiB, TiB, KB, MB, GB, …)`);
  }
  // Exact arithmetic: value = (whole.fraction) × bytesPerUnit, in bytes, then up to whole KiB.
  const scale = 10n ** BigInt(fraction.length);
  const scaledValue = BigInt(whole) * scale + BigInt(fraction === '' ? '0' : fraction);
  const bytes = ceilDiv(scaledValue * bytesPerUnit, scale);
  const kib = ceilDiv(bytes, 1024n);
  if (kib === 0n) throw new SizeParseError('a size must be greater than zero');
  if (kib > BigInt(MAX_SIZE_KIB)) throw new SizeParseError(`a size must be at most 1 PiB (${MAX_SIZE_KIB} KiB)`);
  return Number(kib);
}

function numberText(value: number): string {
  if (!Number.isFinite(value) || value < 0) return String(value);
  // Avoid exponent notation (1e21) and keep at most 9 decimals so the pattern accepts it.
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(9).replace(/0+$/, '');
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * A size argument: a string with a unit, or a number of KiB. Parses to whole KiB; invalid input
 * is a validation error naming the problem.
 */
export function sizeSchema(description: string) {
  return z
    .union([z.number().positive().max(MAX_SIZE_KIB), z.string().min(1).max(64)])
    .transform((value, ctx) => {
      try {
        return parseSizeKiB(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    })
    .describe(description);
}
