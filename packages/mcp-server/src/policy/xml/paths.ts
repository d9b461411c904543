import { posix } from 'node:path';

/*
 * Host paths in submitted XML, judged lexically. The paths live on the libvirt host, which may
 * be another machine, so nothing here touches a file system: symlinks are not resolved. That is
 * why a `..` segment is refused outright instead of being folded away: `images/link/../x` is only
 * inside `images` when `link` is not a symlink. Containment is decided on whole path segments,
 * so `/var/lib/libvirt/images2` is not under `/var/lib/libvirt/images`.
 */

export type HostPathCheck =
  { readonly ok: true; readonly segments: readonly string[] } | { readonly ok: false; readonly problem: string };

/** Splits an absolute path into segments, dropping empty and `.` segments; refuses relative paths and `..`. */
export function parseHostPath(path: string): HostPathCheck {
  if (!path.startsWith('/')) return { ok: false, problem: 'is not an absolute path' };
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return { ok: false, problem: "contains a '..' segment" };
  return { ok: true, segments };
}

/** A set of directories (from the operator's configuration) a path may lie under. */
export class PathRoots {
  readonly roots: readonly string[];
  private readonly segmentLists: readonly (readonly string[])[];

  constructor(roots: readonly string[]) {
    // Configured roots are trusted, so `..` in them is simply resolved.
    this.roots = roots.map((root) => posix.normalize(root).replace(/(?<=.)\/+$/, ''));
    this.segmentLists = this.roots.map((root) => root.split('/').filter((segment) => segment !== ''));
  }

  /** Whether the path (segments from parseHostPath) is one of the roots or lies below one. */
  contains(segments: readonly string[]): boolean {
    return this.segmentLists.some(
      (root) => root.length <= segments.length && root.every((segment, index) => segments[index] === segment),
    );
  }

  /** The same set plus more roots. */
  with(extra: readonly string[]): PathRoots {
    return new PathRoots([...this.roots, ...extra]);
  }

  describe(): string {
    return this.roots.length === 0 ? 'none are configured' : this.roots.join(', ');
  }
}
