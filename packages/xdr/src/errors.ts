import { show } from './show.js';

/**
 * The one error class of the codec. Decoding and encoding failures carry where they happened:
 * `path` is filled in from the innermost field outwards as the error propagates through generated
 * struct codecs, so a failure deep in a message reads `remote_domain_get_info_ret.memory`.
 */
export class XdrError extends Error {
  override readonly name = 'XdrError';
  /** Byte offset in the input (decoding) or output (encoding) where the failure was detected. */
  readonly offset: number;
  /** What went wrong, without the location. */
  readonly reason: string;
  /** Name of the outermost type that has claimed this error, e.g. `remote_domain_get_info_ret`. */
  typeName: string | undefined;
  /** Field names and array indices from the outermost type inwards, e.g. `['domains', '[3]', 'name']`. */
  readonly segments: string[];

  constructor(reason: string, offset: number, options?: { cause?: unknown }) {
    super(reason, options);
    this.reason = reason;
    this.offset = offset;
    this.typeName = undefined;
    this.segments = [];
    this.refreshMessage();
  }

  /** `type.field[3].inner`, or the empty string when no type has claimed the error yet. */
  get path(): string {
    let path = this.typeName ?? '';
    for (const segment of this.segments) {
      path += segment.startsWith('[') || path === '' ? segment : `.${segment}`;
    }
    return path;
  }

  /** Rebuilds `message` after the path changed; Error keeps `message` as a plain own property. */
  refreshMessage(): void {
    const path = this.path;
    this.message =
      path === '' ? `${this.reason} (at byte ${this.offset})` : `${path}: ${this.reason} (at byte ${this.offset})`;
  }
}

/**
 * Records that `error` happened inside `field` of `typeName`, and returns it for rethrowing.
 * Generated codecs call this from one catch block per struct, so the hot path pays nothing.
 * Anything that is not an XdrError (a RangeError from a DataView on a detached buffer, a bug)
 * is wrapped, so callers only ever see XdrError.
 */
export function withXdrPath(error: unknown, typeName: string, field: string | undefined, offset: number): XdrError {
  const xdrError =
    error instanceof XdrError
      ? error
      : new XdrError(error instanceof Error ? error.message : show(error), offset, { cause: error });
  if (field !== undefined) xdrError.segments.unshift(field);
  xdrError.typeName = typeName;
  xdrError.refreshMessage();
  return xdrError;
}
