/** Where something is in an input file; lines and columns count from 1. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** `file:line:column`, the form editors and terminals turn into links. */
export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** Malformed XDR-language text: the message names the file, line and column. */
export class XdrParseError extends Error {
  override readonly name: string = 'XdrParseError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** What went wrong, without the location. */
  readonly reason: string;

  constructor(reason: string, location: SourceLocation, options?: { cause?: unknown }) {
    super(`${formatLocation(location)}: ${reason}`, options);
    this.reason = reason;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
}

/**
 * Well-formed text that does not make a consistent schema: an unknown type or constant, a
 * duplicate definition, a size that is not a non-negative integer.
 */
export class XdrSchemaError extends XdrParseError {
  override readonly name: string = 'XdrSchemaError';
}
