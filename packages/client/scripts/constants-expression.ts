/**
 * Evaluates the replacement text of an object-like C macro when it is an integer constant
 * expression: `(16)`, `(36+1)`, `9007199254740991LL` followed by a C comment,
 * `VIR_TYPED_PARAM_FIELD_LENGTH`. Anything else (types, casts, empty text) yields undefined.
 * Arithmetic is done in bigint so no value is rounded on the way.
 */

/** Resolves an identifier (another macro or an enum member) to its value, if it has one. */
export type IdentifierLookup = (name: string) => bigint | undefined;

export function evaluateIntegerMacro(raw: string, lookup: IdentifierLookup): bigint | undefined {
  const tokens = tokenize(raw.replace(/\/\*[\s\S]*?\*\//g, ' '));
  if (tokens === undefined || tokens.length === 0) return undefined;
  const parser = new ExpressionParser(tokens, lookup);
  const value = parser.parseOr();
  return parser.atEnd() ? value : undefined;
}

type Token =
  { readonly kind: 'number'; readonly value: bigint } | { readonly kind: 'name' | 'op'; readonly text: string };

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(0[xX][0-9a-fA-F]+|\d+)[uUlL]*|([A-Za-z_]\w*)|(<<|>>|[-+*/|&~()]))/y;
  let offset = 0;
  while (offset < text.length) {
    if (/^\s*$/.test(text.slice(offset))) break;
    pattern.lastIndex = offset;
    const match = pattern.exec(text);
    if (match === null) return undefined;
    const [, number, name, op] = match;
    if (number !== undefined) tokens.push({ kind: 'number', value: BigInt(number) });
    else if (name !== undefined) tokens.push({ kind: 'name', text: name });
    else if (op !== undefined) tokens.push({ kind: 'op', text: op });
    offset = pattern.lastIndex;
  }
  return tokens;
}

/** C precedence, lowest first: `|`, `&`, shifts, `+ -`, `* /`, unary `- ~`. */
class ExpressionParser {
  private position = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lookup: IdentifierLookup,
  ) {}

  atEnd(): boolean {
    return this.position === this.tokens.length;
  }

  parseOr(): bigint | undefined {
    return this.binary(['|'], () => this.parseAnd());
  }

  private parseAnd(): bigint | undefined {
    return this.binary(['&'], () => this.parseShift());
  }

  private parseShift(): bigint | undefined {
    return this.binary(['<<', '>>'], () => this.parseAdditive());
  }

  private parseAdditive(): bigint | undefined {
    return this.binary(['+', '-'], () => this.parseMultiplicative());
  }

  private parseMultiplicative(): bigint | undefined {
    return this.binary(['*', '/'], () => this.parseUnary());
  }

  private binary(operators: readonly string[], operand: () => bigint | undefined): bigint | undefined {
    let left = operand();
    for (let op = this.peekOperator(); left !== undefined && op !== undefined && operators.includes(op);) {
      this.position++;
      const right = operand();
      if (right === undefined) return undefined;
      left = apply(op, left, right);
      op = this.peekOperator();
    }
    return left;
  }

  private parseUnary(): bigint | undefined {
    const token = this.tokens[this.position];
    if (token === undefined) return undefined;
    this.position++;
    if (token.kind === 'number') return token.value;
    if (token.kind === 'name') return this.lookup(token.text);
    if (token.text === '-' || token.text === '~') {
      const operand = this.parseUnary();
      if (operand === undefined) return undefined;
      return token.text === '-' ? -operand : ~operand;
    }
    if (token.text === '(') {
      const inner = this.parseOr();
      if (inner === undefined || this.peekOperator() !== ')') return undefined;
      this.position++;
      return inner;
    }
    return undefined;
  }

  private peekOperator(): string | undefined {
    const token = this.tokens[this.position];
    return token?.kind === 'op' ? token.text : undefined;
  }
}

function apply(op: string, left: bigint, right: bigint): bigint | undefined {
  switch (op) {
    case '|':
      return left | right;
    case '&':
      return left & right;
    case '<<':
      return left << right;
    case '>>':
      return left >> right;
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      // C truncates toward zero, as bigint division does; division by zero is not a constant.
      return right === 0n ? undefined : left / right;
    default:
      return undefined;
  }
}
