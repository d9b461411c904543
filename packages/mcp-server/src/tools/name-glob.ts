import { Glob } from '../policy/glob.js';

/**
 * Name globs for list filters (`web-*`): the same globs as the policy's target filters, so a
 * pattern means one thing everywhere: `*` any run, `?` one character, case-sensitive as libvirt
 * compares names, never turned into a RegExp.
 */
export function matchesGlob(pattern: string, name: string): boolean {
  return new Glob(pattern).matches(name);
}
