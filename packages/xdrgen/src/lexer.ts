import { XdrParseError, type SourceLocation } from './errors.js';

export type TokenKind = 'identifier' | 'number' | 'punctuation' | 'end';

export interface Comment {
  /** The comment including its markers. */
  readonly raw: string;
  readonly line: number;
  readonly endLine: number;
}

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly location: SourceLocation;
  /** Line of the token's last character. */
  readonly endLine: number;
  /** Comments between the previous token and this one, in order. */
  readonly comments: readonly Comment[];
}

export interface LexedFile {
  readonly tokens: readonly Token[];
  /** `%` lines (rpcgen passthrough) and `#` lines (preprocessor directives), which take no part in the grammar. */
  readonly lineDirectives: readonly { readonly text: string; readonly location: SourceLocation }[];
}

const PUNCTUATION = new Set(['{', '}', '(', ')', '[', ']', '<', '>', ';', ',', ':', '=', '*']);

function isIdentifierStart(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_';
}

function isIdentifierPart(char: string): boolean {
  return isIdentifierStart(char) || (char >= '0' && char <= '9');
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Splits XDR-language text into tokens, keeping comments with the token that follows them. */
export function lex(text: string, file: string): LexedFile {
  const tokens: Token[] = [];
  const lineDirectives: { text: string; location: SourceLocation }[] = [];
  let pending: Comment[] = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;

  const here = (): SourceLocation => ({ file, line, column: pos - lineStart + 1 });

  while (pos < text.length) {
    const char = text.charAt(pos);
    if (char === '\n') {
      pos++;
      line++;
      lineStart = pos;
      atLineStart = true;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v') {
      pos++;
      continue;
    }
    if (atLineStart && (char === '%' || char === '#')) {
      const end = text.indexOf('\n', pos);
      const stop = end === -1 ? text.length : end;
      lineDirectives.push({ text: text.slice(pos, stop), location: here() });
      pos = stop;
      continue;
    }
    atLineStart = false;
    if (char === '/' && text.charAt(pos + 1) === '*') {
      const start = here();
      const end = text.indexOf('*/', pos + 2);
      if (end === -1) throw new XdrParseError('unterminated comment', start);
      const raw = text.slice(pos, end + 2);
      for (let i = pos; i < end + 2; i++) {
        if (text.charAt(i) === '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      pos = end + 2;
      pending.push({ raw, line: start.line, endLine: line });
      continue;
    }
    if (char === '/' && text.charAt(pos + 1) === '/') {
      const end = text.indexOf('\n', pos);
      const stop = end === -1 ? text.length : end;
      pending.push({ raw: text.slice(pos, stop), line, endLine: line });
      pos = stop;
      continue;
    }
    const location = here();
    let tokenText: string;
    let kind: TokenKind;
    if (isIdentifierStart(char)) {
      let end = pos + 1;
      while (end < text.length && isIdentifierPart(text.charAt(end))) end++;
      tokenText = text.slice(pos, end);
      kind = 'identifier';
    } else if (isDigit(char) || (char === '-' && isDigit(text.charAt(pos + 1)))) {
      let end = pos + 1;
      while (end < text.length && isIdentifierPart(text.charAt(end))) end++;
      tokenText = text.slice(pos, end);
      kind = 'number';
    } else if (PUNCTUATION.has(char)) {
      tokenText = char;
      kind = 'punctuation';
    } else {
      throw new XdrParseError(`unexpected character ${JSON.stringify(char)}`, location);
    }
    pos += tokenText.length;
    tokens.push({ kind, text: tokenText, location, endLine: line, comments: pending });
    pending = [];
  }
  tokens.push({ kind: 'end', text: '', location: here(), endLine: line, comments: pending });
  return { tokens, lineDirectives };
}

/** The value of an XDR integer literal: decimal, `0x` hexadecimal or leading-zero octal, optionally negative. */
export function parseIntegerLiteral(text: string, location: SourceLocation): number {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let value: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) {
    value = Number.parseInt(body.slice(2), 16);
  } else if (/^0[0-7]+$/.test(body)) {
    value = Number.parseInt(body.slice(1), 8);
  } else if (/^(0|[1-9][0-9]*)$/.test(body)) {
    value = Number.parseInt(body, 10);
  } else {
    throw new XdrParseError(`malformed number ${JSON.stringify(text)}`, location);
  }
  if (!Number.isSafeInteger(value)) throw new XdrParseError(`number ${text} is too large`, location);
  return negative && value !== 0 ? -value : value;
}
