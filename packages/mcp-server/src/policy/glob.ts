/*
 * Globs for operation names (`domain.*`) and object names (`web-*`) from the configuration.
 * `*` matches any run of characters (also none), `?` exactly one character, everything else only
 * itself, case-sensitively (libvirt names are case-sensitive) and anchored at both ends. There is
 * no escape character and no character class: a pattern is never turned into a RegExp, so no
 * configured string can inject regex syntax or make a match backtrack exponentially. Matching is
 * the classic two-pointer algorithm with one remembered star: O(pattern × name) at worst.
 */

/** A compiled glob. Compiling splits the pattern into code points once, so matching many names is cheap. */
export class Glob {
  readonly pattern: string;
  private readonly chars: readonly string[];
  private readonly literal: boolean;

  constructor(pattern: string) {
    this.pattern = pattern;
    // Code points, not UTF-16 units, so `?` matches one character even outside the BMP.
    this.chars = Array.from(pattern);
    this.literal = !this.chars.some((c) => c === '*' || c === '?');
  }

  matches(name: string): boolean {
    if (this.literal) return name === this.pattern;
    const p = this.chars;
    const s = Array.from(name);
    let pi = 0;
    let si = 0;
    let starAt = -1; // index in p of the last `*` passed
    let resumeAt = 0; // index in s the last `*` currently extends to
    while (si < s.length) {
      const pc = p[pi];
      if (pc === '*') {
        starAt = pi++;
        resumeAt = si;
      } else if (pc !== undefined && (pc === '?' || pc === s[si])) {
        pi++;
        si++;
      } else if (starAt >= 0) {
        // Let the last star swallow one more character and retry the rest of the pattern.
        pi = starAt + 1;
        si = ++resumeAt;
      } else {
        return false;
      }
    }
    while (p[pi] === '*') pi++;
    return pi === p.length;
  }
}

/** A set of globs, compiled once; `match` names the first glob that matches, for user-facing reasons. */
export class GlobList {
  private readonly globs: readonly Glob[];

  constructor(patterns: readonly string[]) {
    this.globs = patterns.map((pattern) => new Glob(pattern));
  }

  get isEmpty(): boolean {
    return this.globs.length === 0;
  }

  /** The first pattern matching `name`, or undefined. */
  match(name: string): string | undefined {
    return this.globs.find((glob) => glob.matches(name))?.pattern;
  }

  matchesAny(name: string): boolean {
    return this.match(name) !== undefined;
  }
}

/** One-off match; prefer `Glob` when the same pattern is matched repeatedly. */
export function globMatches(pattern: string, name: string): boolean {
  return new Glob(pattern).matches(name);
}
