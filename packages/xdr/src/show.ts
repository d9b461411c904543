/**
 * Any value, for an error message. String() throws on a null-prototype object (and runs arbitrary
 * toString code on others), which would turn the error being reported into a TypeError.
 */
export function show(value: unknown): string {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  try {
    return Object.prototype.toString.call(value);
  } catch {
    return typeof value;
  }
}
