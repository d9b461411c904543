/**
 * Cursor pagination over name-sorted lists. The cursor is keyset-based: it holds the last name of
 * the page it ends, so objects created or removed between calls neither repeat nor skip the ones
 * after it (an offset would). It is opaque to clients (base64url JSON), versioned, and bounded.
 */
import { ToolError } from './errors.js';

const CURSOR_VERSION = 1;
/** A cursor carries one name (a few hundred bytes at most); anything longer is not ours. */
export const MAX_CURSOR_LENGTH = 4096;

export interface Page<T> {
  readonly items: T[];
  /** Absent on the last page. */
  readonly nextCursor?: string;
}

/** Code-point order, the same everywhere (no locale), so pages are stable across calls and hosts. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function encodeCursor(after: string): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, after }), 'utf8').toString('base64url');
}

/** The name a cursor resumes after; ToolError for anything that is not a cursor this server made. */
export function decodeCursor(cursor: string): string {
  const invalid = new ToolError('invalid cursor: pass back the nextCursor of a previous page unchanged');
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { v?: unknown }).v !== CURSOR_VERSION ||
    typeof (parsed as { after?: unknown }).after !== 'string'
  ) {
    throw invalid;
  }
  return (parsed as { after: string }).after;
}

/**
 * One page of `sorted` (ascending by `keyOf`, see compareNames): up to `limit` items after the
 * cursor's key.
 */
export function paginate<T>(
  sorted: readonly T[],
  keyOf: (item: T) => string,
  options: { readonly cursor?: string | undefined; readonly limit: number },
): Page<T> {
  const start = options.cursor === undefined ? 0 : firstAfter(sorted, keyOf, decodeCursor(options.cursor));
  const items = sorted.slice(start, start + options.limit);
  const last = items.at(-1);
  const more = start + items.length < sorted.length;
  return more && last !== undefined ? { items, nextCursor: encodeCursor(keyOf(last)) } : { items };
}

/** Index of the first item whose key sorts after `after` (binary search). */
function firstAfter<T>(sorted: readonly T[], keyOf: (item: T) => string, after: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = sorted[mid] as T;
    if (compareNames(keyOf(item), after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
