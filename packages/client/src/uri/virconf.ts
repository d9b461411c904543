/**
 * libvirt's configuration file syntax (`virConfParse`, the non-VMX, non-LXC flavour) used by
 * libvirt.conf: statements `name = value` separated by newlines or `;`; values are strings
 * (`"…"` or `'…'` on one line, `"""…"""` across lines, no escapes), integers, or lists
 * `[ v, v, ]` (a trailing comma is fine, comments inside are not); `#` starts a comment where a
 * statement could start or after a value.
 */
export type VirConfValue =
  | { readonly type: 'string'; readonly value: string }
  /** `signed`: written with a minus sign (libvirt's VIR_CONF_LLONG rather than VIR_CONF_ULLONG). */
  | { readonly type: 'number'; readonly value: bigint; readonly signed: boolean }
  | { readonly type: 'list'; readonly items: readonly VirConfValue[] };

export interface VirConfEntry {
  readonly name: string;
  readonly value: VirConfValue;
  /** 1-based line of the name. */
  readonly line: number;
}

/** A libvirt configuration file that libvirt itself would refuse to read, or a setting of the wrong type. */
export class LibvirtConfigError extends Error {
  override readonly name = 'LibvirtConfigError';
  /** The file, as given to the parser. */
  readonly path: string;
  /** The line of a syntax error. */
  readonly line: number | undefined;

  constructor(message: string, options: { path: string; line?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.path = options.path;
    this.line = options.line;
  }
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t';
const isEol = (c: string): boolean => c === '\n' || c === '\r';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

class Parser {
  private pos = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly path: string,
  ) {}

  /** The current character; `''` at the end (libvirt reads the terminating NUL there). */
  private cur(): string {
    return this.text.charAt(this.pos);
  }

  private atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  private error(message: string): LibvirtConfigError {
    return new LibvirtConfigError(`${this.path}:${this.line}: ${message}`, { path: this.path, line: this.line });
  }

  private skipBlanks(): void {
    while (!this.atEnd() && isBlank(this.cur())) this.pos++;
  }

  private skipBlanksAndEol(): void {
    while (!this.atEnd() && (isBlank(this.cur()) || isEol(this.cur()))) {
      if (this.cur() === '\n') this.line++;
      this.pos++;
    }
  }

  private skipToEol(): void {
    while (!this.atEnd() && !isEol(this.cur())) this.pos++;
  }

  parse(): VirConfEntry[] {
    const entries: VirConfEntry[] = [];
    while (!this.atEnd()) {
      const entry = this.statement();
      if (entry !== undefined) entries.push(entry);
      this.separator();
    }
    return entries;
  }

  private statement(): VirConfEntry | undefined {
    this.skipBlanksAndEol();
    if (this.cur() === '#') {
      this.skipToEol();
      return undefined;
    }
    // Like libvirt, a file that holds nothing but white space fails here ("expecting a name").
    const line = this.line;
    const name = this.name();
    this.skipBlanks();
    if (this.cur() !== '=') throw this.error('expecting an assignment');
    this.pos++;
    this.skipBlanks();
    const value = this.value();
    this.skipBlanks();
    if (this.cur() === '#') this.skipToEol();
    return { name, value, line };
  }

  private name(): string {
    this.skipBlanks();
    const start = this.pos;
    if (!isAlpha(this.cur())) throw this.error('expecting a name');
    while (!this.atEnd() && (isAlpha(this.cur()) || isDigit(this.cur()) || this.cur() === '_')) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private separator(): void {
    this.skipBlanks();
    if (this.atEnd()) return;
    if (isEol(this.cur())) {
      this.skipBlanksAndEol();
    } else if (this.cur() === ';') {
      this.pos++;
      this.skipBlanksAndEol();
    } else {
      throw this.error('expecting a separator');
    }
  }

  private value(): VirConfValue {
    this.skipBlanks();
    if (this.atEnd()) throw this.error('expecting a value');
    const c = this.cur();
    if (c === '"' || c === "'") return { type: 'string', value: this.string() };
    if (c === '[') return { type: 'list', items: this.list() };
    if (isDigit(c) || c === '-' || c === '+') return this.number();
    throw this.error('expecting a value');
  }

  private string(): string {
    const quote = this.cur();
    // libvirt takes `"""` as a triple quote only when more than six characters remain.
    if (quote === '"' && this.pos + 6 < this.text.length && this.text.startsWith('"""', this.pos)) {
      this.pos += 3;
      const start = this.pos;
      while (this.pos + 2 < this.text.length && !this.text.startsWith('"""', this.pos)) {
        if (this.cur() === '\n') this.line++;
        this.pos++;
      }
      if (!this.text.startsWith('"""', this.pos)) throw this.error('unterminated string');
      const value = this.text.slice(start, this.pos);
      this.pos += 3;
      return value;
    }
    this.pos++;
    const start = this.pos;
    while (!this.atEnd() && this.cur() !== quote && !isEol(this.cur())) this.pos++;
    if (this.cur() !== quote) throw this.error('unterminated string');
    const value = this.text.slice(start, this.pos);
    this.pos++;
    return value;
  }

  private list(): VirConfValue[] {
    this.pos++;
    this.skipBlanksAndEol();
    const items: VirConfValue[] = [];
    if (!this.atEnd() && this.cur() !== ']') {
      items.push(this.value());
      this.skipBlanksAndEol();
    }
    while (!this.atEnd() && this.cur() !== ']') {
      if (this.cur() !== ',') throw this.error('expecting a separator in list');
      this.pos++;
      this.skipBlanksAndEol();
      if (this.cur() === ']') break;
      items.push(this.value());
      this.skipBlanksAndEol();
    }
    if (this.cur() !== ']') throw this.error('list is not closed with ]');
    this.pos++;
    return items;
  }

  private number(): VirConfValue {
    const signed = this.cur() === '-';
    if (this.cur() === '-' || this.cur() === '+') this.pos++;
    if (this.atEnd() || !isDigit(this.cur())) throw this.error('unterminated number');
    const start = this.pos;
    while (!this.atEnd() && isDigit(this.cur())) this.pos++;
    const magnitude = BigInt(this.text.slice(start, this.pos));
    return { type: 'number', value: signed ? -magnitude : magnitude, signed };
  }
}

/** Parses libvirt configuration text; `path` names it in error messages. Throws LibvirtConfigError. */
export function parseVirConf(text: string, path: string): VirConfEntry[] {
  return new Parser(text, path).parse();
}

/** The value of a setting as libvirt reads it (`virConfGetValue`): the FIRST entry of that name. */
export function virConfGet(entries: readonly VirConfEntry[], name: string): VirConfValue | undefined {
  return entries.find((entry) => entry.name === name)?.value;
}

/** `virConfGetValueString`: absent, or a string; another type is an error. */
export function virConfGetString(entries: readonly VirConfEntry[], name: string, path: string): string | undefined {
  const value = virConfGet(entries, name);
  if (value === undefined) return undefined;
  if (value.type !== 'string')
    throw new LibvirtConfigError(`${path}: expected a string for '${name}' parameter`, { path });
  return value.value;
}

/** `virConfGetValueStringList` without string compatibility: absent, or a list of strings. */
export function virConfGetStringList(
  entries: readonly VirConfEntry[],
  name: string,
  path: string,
): string[] | undefined {
  const value = virConfGet(entries, name);
  if (value === undefined) return undefined;
  if (value.type !== 'list' || value.items.some((item) => item.type !== 'string')) {
    throw new LibvirtConfigError(`${path}: expected a string list for '${name}' parameter`, { path });
  }
  return value.items.map((item) => (item.type === 'string' ? item.value : ''));
}
