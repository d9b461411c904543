import { parseAnnotations } from './annotations.js';
import type {
  Annotations,
  XdrDeclaration,
  XdrDefinition,
  XdrEnumMember,
  XdrFile,
  XdrNamedDeclaration,
  XdrPrimitiveName,
  XdrTypeSpecifier,
  XdrUnionArm,
  XdrValue,
} from './ast.js';
import { XdrParseError } from './errors.js';
import { lex, parseIntegerLiteral, type Comment, type Token } from './lexer.js';

/** RFC 4506 keywords plus the rpcgen ones; none can name a type, field or constant. */
const KEYWORDS = new Set([
  'bool',
  'case',
  'char',
  'const',
  'default',
  'double',
  'enum',
  'float',
  'hyper',
  'int',
  'long',
  'opaque',
  'quadruple',
  'short',
  'string',
  'struct',
  'switch',
  'typedef',
  'union',
  'unsigned',
  'void',
]);

/** C typedefs from <rpc/types.h> that rpcgen sources use as if they were XDR types. */
const C_TYPE_ALIASES: Readonly<Record<string, XdrPrimitiveName>> = {
  u_char: 'unsigned char',
  u_short: 'unsigned short',
  u_int: 'unsigned int',
  u_long: 'unsigned int',
  u_hyper: 'unsigned hyper',
  bool_t: 'bool',
};

/**
 * Parses one file of the XDR language (RFC 4506) with the rpcgen extensions libvirt relies on:
 * `%` passthrough lines, `unsigned` alone, `char`/`short`, and enum members without values.
 * Names are not resolved here (see `resolveSchema`), so files may refer to each other's types.
 */
export function parseXdr(text: string, file: string): XdrFile {
  const lexed = lex(text, file);
  const parser = new Parser(lexed.tokens);
  const definitions = parser.parseFile();
  return {
    file,
    definitions,
    passthrough: lexed.lineDirectives.map((directive) => ({ text: directive.text, location: directive.location })),
  };
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseFile(): XdrDefinition[] {
    const definitions: XdrDefinition[] = [];
    while (this.peek().kind !== 'end') definitions.push(this.parseDefinition());
    return definitions;
  }

  // ---- token helpers ----

  private peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (token === undefined) throw new Error('lexer produced no end token');
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private describe(token: Token): string {
    return token.kind === 'end' ? 'end of file' : `'${token.text}'`;
  }

  private fail(reason: string, token: Token = this.peek()): never {
    throw new XdrParseError(reason, token.location);
  }

  private expect(text: string): Token {
    const token = this.peek();
    if (token.text !== text || token.kind === 'end') this.fail(`expected '${text}', found ${this.describe(token)}`);
    return this.next();
  }

  private accept(text: string): boolean {
    if (this.peek().kind !== 'end' && this.peek().text === text) {
      this.index++;
      return true;
    }
    return false;
  }

  private expectName(what: string): Token {
    const token = this.peek();
    if (token.kind !== 'identifier') this.fail(`expected ${what}, found ${this.describe(token)}`);
    if (KEYWORDS.has(token.text)) this.fail(`'${token.text}' is a keyword and cannot be used as ${what}`);
    return this.next();
  }

  // ---- comments ----

  /**
   * The doc comment of the item starting at token `at`: the last comment before it that does not
   * trail the previous token on its line, together with `//` lines directly above that one.
   */
  private leadingComments(at: number): Comment[] {
    const token = this.tokens[at];
    if (token === undefined) return [];
    const previous = this.tokens[at - 1];
    const candidates = token.comments.filter((comment) => previous === undefined || comment.line !== previous.endLine);
    const last = candidates.at(-1);
    if (last === undefined) return [];
    const block = [last];
    for (let i = candidates.length - 2; i >= 0; i--) {
      const comment = candidates[i];
      const below = block[0];
      if (comment === undefined || below === undefined) break;
      if (!comment.raw.startsWith('//') || !below.raw.startsWith('//') || comment.endLine + 1 !== below.line) break;
      block.unshift(comment);
    }
    return block;
  }

  /** Comments after token `at` that start on the line it ends on. */
  private trailingComments(at: number): Comment[] {
    const token = this.tokens[at];
    const following = this.tokens[at + 1];
    if (token === undefined || following === undefined) return [];
    return following.comments.filter((comment) => comment.line === token.endLine);
  }

  private annotations(...groups: Comment[][]): Annotations {
    return parseAnnotations(groups.flat());
  }

  // ---- grammar ----

  private parseDefinition(): XdrDefinition {
    const start = this.index;
    const keyword = this.peek();
    const leading = this.leadingComments(start);
    switch (keyword.text) {
      case 'const': {
        this.next();
        const name = this.expectName('a constant name');
        this.expect('=');
        const value = this.parseValue();
        this.expect(';');
        const annotations = this.annotations(leading, this.trailingComments(this.index - 1));
        return { kind: 'const', name: name.text, value, location: name.location, annotations };
      }
      case 'typedef': {
        this.next();
        const declaration = this.parseDeclaration(false);
        if (declaration.kind === 'void') this.fail('a typedef cannot be void', keyword);
        this.expect(';');
        const annotations = this.annotations(leading, this.trailingComments(this.index - 1));
        return {
          kind: 'typedef',
          name: declaration.name,
          declaration,
          location: declaration.location,
          annotations,
        };
      }
      case 'enum':
        return this.parseEnum(leading);
      case 'struct':
        return this.parseStruct(leading);
      case 'union':
        return this.parseUnion(leading);
      case 'program':
        return this.fail('rpcgen program definitions are not supported');
      default:
        return this.fail(
          `expected a definition (const, typedef, enum, struct or union), found ${this.describe(keyword)}`,
        );
    }
  }

  private parseEnum(leading: Comment[]): XdrDefinition {
    this.expect('enum');
    const name = this.expectName('an enum name');
    const open = this.index;
    this.expect('{');
    const headerComments = this.trailingComments(open);
    const members: XdrEnumMember[] = [];
    do {
      if (this.peek().text === '}') break;
      const memberStart = this.index;
      const memberLeading = this.leadingComments(memberStart).filter((c) => !headerComments.includes(c));
      const memberName = this.expectName('an enum member name');
      let value: XdrValue | undefined;
      if (this.accept('=')) value = this.parseValue();
      const trailing = this.trailingComments(this.index - 1);
      if (this.peek().text === ',') {
        this.next();
        trailing.push(...this.trailingComments(this.index - 1).filter((c) => !trailing.includes(c)));
      }
      members.push({
        name: memberName.text,
        value,
        location: memberName.location,
        annotations: this.annotations(memberLeading, trailing),
      });
    } while (this.tokens[this.index - 1]?.text === ',');
    if (members.length === 0) this.fail(`enum ${name.text} has no members`);
    this.expect('}');
    this.expect(';');
    return {
      kind: 'enum',
      name: name.text,
      members,
      location: name.location,
      annotations: this.annotations(leading, headerComments, this.trailingComments(this.index - 1)),
    };
  }

  private parseStruct(leading: Comment[]): XdrDefinition {
    this.expect('struct');
    const name = this.expectName('a struct name');
    const open = this.index;
    this.expect('{');
    const headerComments = this.trailingComments(open);
    const fields: XdrNamedDeclaration[] = [];
    while (this.peek().text !== '}') {
      if (this.peek().kind === 'end') this.fail(`expected '}' to close struct ${name.text}, found end of file`);
      const field = this.parseMemberDeclaration(headerComments);
      if (field.kind === 'void') throw new XdrParseError('a struct field cannot be void', field.location);
      fields.push(field);
    }
    if (fields.length === 0) this.fail(`struct ${name.text} has no fields`);
    this.expect('}');
    this.expect(';');
    return {
      kind: 'struct',
      name: name.text,
      fields,
      location: name.location,
      annotations: this.annotations(leading, headerComments, this.trailingComments(this.index - 1)),
    };
  }

  /** A declaration followed by `;`, with its doc comment and the comment after the `;`. */
  private parseMemberDeclaration(exclude: readonly Comment[]): XdrDeclaration {
    const leading = this.leadingComments(this.index).filter((c) => !exclude.includes(c));
    const declaration = this.parseDeclaration(true);
    this.expect(';');
    const annotations = this.annotations(leading, this.trailingComments(this.index - 1));
    return { ...declaration, annotations };
  }

  private parseUnion(leading: Comment[]): XdrDefinition {
    this.expect('union');
    const name = this.expectName('a union name');
    this.expect('switch');
    this.expect('(');
    const discriminant = this.parseDeclaration(false);
    if (discriminant.kind !== 'plain') {
      this.fail(`the discriminant of union ${name.text} must be a plain int, unsigned int, bool or enum declaration`);
    }
    this.expect(')');
    const open = this.index;
    this.expect('{');
    const headerComments = this.trailingComments(open);
    const arms: XdrUnionArm[] = [];
    let defaultArm: XdrDeclaration | undefined;
    while (this.peek().text !== '}') {
      const token = this.peek();
      if (token.kind === 'end') this.fail(`expected '}' to close union ${name.text}, found end of file`);
      if (token.text === 'case') {
        const cases: XdrValue[] = [];
        while (this.accept('case')) {
          cases.push(this.parseValue());
          this.expect(':');
        }
        arms.push({ cases, declaration: this.parseMemberDeclaration(headerComments) });
      } else if (token.text === 'default') {
        if (defaultArm !== undefined) this.fail(`union ${name.text} has two default arms`);
        this.next();
        this.expect(':');
        defaultArm = this.parseMemberDeclaration(headerComments);
      } else {
        this.fail(`expected 'case', 'default' or '}', found ${this.describe(token)}`);
      }
    }
    if (arms.length === 0) this.fail(`union ${name.text} has no case arms`);
    this.expect('}');
    this.expect(';');
    return {
      kind: 'union',
      name: name.text,
      discriminant,
      arms,
      defaultArm,
      location: name.location,
      annotations: this.annotations(leading, headerComments, this.trailingComments(this.index - 1)),
    };
  }

  private parseValue(): XdrValue {
    const token = this.peek();
    if (token.kind === 'number') {
      this.next();
      return {
        kind: 'number',
        value: parseIntegerLiteral(token.text, token.location),
        text: token.text,
        location: token.location,
      };
    }
    if (token.kind === 'identifier' && !KEYWORDS.has(token.text)) {
      this.next();
      return { kind: 'name', name: token.text, location: token.location };
    }
    return this.fail(`expected a number or a constant name, found ${this.describe(token)}`);
  }

  private parseDeclaration(allowVoid: boolean): XdrDeclaration {
    const start = this.peek();
    const annotations = parseAnnotations([]);
    if (start.text === 'void' && start.kind === 'identifier') {
      if (!allowVoid) this.fail('void is only allowed as a union arm');
      this.next();
      return { kind: 'void', location: start.location, annotations };
    }
    const type = this.parseTypeSpecifier();
    if (this.accept('*')) {
      const name = this.expectName('a field name');
      if (type.kind === 'string' || type.kind === 'opaque') {
        this.fail(`${type.kind} cannot be optional-data; declare a typedef first`, start);
      }
      return { kind: 'optional', name: name.text, type, location: name.location, annotations };
    }
    const name = this.expectName('a field name');
    if (this.accept('[')) {
      const size = this.parseValue();
      this.expect(']');
      if (type.kind === 'string') this.fail('string needs a variable-length bound <N> or <>, not [N]', start);
      return { kind: 'fixed-array', name: name.text, type, size, location: name.location, annotations };
    }
    if (this.accept('<')) {
      const max = this.peek().text === '>' ? undefined : this.parseValue();
      this.expect('>');
      return { kind: 'variable-array', name: name.text, type, max, location: name.location, annotations };
    }
    if (type.kind === 'string') this.fail(`string ${name.text} needs a bound: string ${name.text}<N> or <>`, start);
    if (type.kind === 'opaque') this.fail(`opaque ${name.text} needs a length: opaque ${name.text}[N] or <N>`, start);
    return { kind: 'plain', name: name.text, type, location: name.location, annotations };
  }

  private parseTypeSpecifier(): XdrTypeSpecifier {
    const token = this.peek();
    if (token.kind !== 'identifier') this.fail(`expected a type, found ${this.describe(token)}`);
    const primitive = (name: XdrPrimitiveName): XdrTypeSpecifier => ({ kind: 'primitive', name });
    switch (token.text) {
      case 'unsigned': {
        this.next();
        const following = this.peek().text;
        if (following === 'int' || following === 'long') {
          this.next();
          return primitive('unsigned int');
        }
        if (following === 'hyper' || following === 'char' || following === 'short') {
          this.next();
          return primitive(`unsigned ${following}`);
        }
        // rpcgen reads a bare `unsigned` as unsigned int.
        return primitive('unsigned int');
      }
      case 'int':
      case 'long':
        this.next();
        return primitive('int');
      case 'hyper':
      case 'float':
      case 'double':
      case 'quadruple':
      case 'bool':
      case 'char':
      case 'short':
        this.next();
        return primitive(token.text);
      case 'string':
        this.next();
        return { kind: 'string' };
      case 'opaque':
        this.next();
        return { kind: 'opaque' };
      case 'struct':
      case 'union':
      case 'enum': {
        this.next();
        if (this.peek().text === '{')
          this.fail(`inline ${token.text} types are not supported; define a named ${token.text}`);
        const name = this.expectName(`a ${token.text} name`);
        return { kind: 'named', name: name.text, location: name.location };
      }
      default: {
        if (KEYWORDS.has(token.text)) this.fail(`expected a type, found '${token.text}'`);
        this.next();
        const alias = C_TYPE_ALIASES[token.text];
        if (alias !== undefined) return primitive(alias);
        return { kind: 'named', name: token.text, location: token.location };
      }
    }
  }
}
