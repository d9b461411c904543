/** Collects indented lines of generated code (two spaces per level, like the rest of the project). */
export class Lines {
  private readonly out: string[] = [];
  private depth = 0;

  line(text = ''): this {
    this.out.push(text === '' ? '' : '  '.repeat(this.depth) + text);
    return this;
  }

  /** Lines produced by `body`, one level deeper. */
  indented(body: () => void): this {
    this.depth++;
    try {
      body();
    } finally {
      this.depth--;
    }
    return this;
  }

  /** `open`, then `body` indented, then `close`. */
  block(open: string, body: () => void, close = '}'): this {
    this.line(open);
    this.indented(body);
    return this.line(close);
  }

  /** Lines produced by `body` into a fresh collector, unindented, for the caller to place. */
  static collect(body: (out: Lines) => void): string[] {
    const inner = new Lines();
    body(inner);
    return [...inner.out];
  }

  /** Appends lines collected earlier at the current depth. */
  append(lines: readonly string[]): this {
    for (const line of lines) this.line(line);
    return this;
  }

  /** `try { body } catch (e) { handler }`. */
  tryCatch(body: () => void, handler: () => void): this {
    this.line('try {');
    this.indented(body);
    this.line('} catch (e) {');
    this.indented(handler);
    return this.line('}');
  }

  toString(): string {
    return this.out.join('\n');
  }

  get lines(): readonly string[] {
    return this.out;
  }
}
