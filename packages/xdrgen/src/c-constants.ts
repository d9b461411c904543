/**
 * Reads integer constants out of C headers, the ones rpcgen leaves to the C compiler: object-like
 * `#define NAME <expression>` and the members of `enum { ... }` blocks. It is not a preprocessor:
 * conditionals are ignored (every branch is read) and anything that is not an integer constant
 * expression (strings, function-like macros, casts) is skipped.
 */

/**
 * Integer constants defined in `headerText`, in definition order. `known` supplies constants
 * from other headers that expressions here may refer to; they are not copied into the result.
 */
export function readCConstants(
  headerText: string,
  known: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const found = new Map<string, number>();
  const lookup = (name: string): bigint | undefined => {
    const value = found.get(name) ?? known.get(name);
    return value === undefined ? undefined : BigInt(value);
  };
  const define = (name: string, value: bigint | undefined): void => {
    if (value === undefined) return;
    const number = Number(value);
    if (Number.isSafeInteger(number)) found.set(name, number);
  };

  const text = stripComments(headerText).replace(/\\\r?\n/g, ' ');
  // Directives and enum bodies, in file order.
  const pattern =
    /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)\b(?!\()[ \t]*(.*)$|\benum\b(?:\s+[A-Za-z_]\w*)?\s*\{([^}]*)\}/gm;
  for (const match of text.matchAll(pattern)) {
    const [, defineName, defineBody, enumBody] = match;
    if (defineName !== undefined) {
      define(defineName, evaluate(defineBody ?? '', lookup));
    } else if (enumBody !== undefined) {
      readEnumBody(enumBody, lookup, define);
    }
  }
  return found;
}

function readEnumBody(
  body: string,
  lookup: (name: string) => bigint | undefined,
  define: (name: string, value: bigint | undefined) => void,
): void {
  const withoutDirectives = body
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
  let next: bigint | undefined = 0n;
  for (const item of withoutDirectives.split(',')) {
    const member = /^\s*([A-Za-z_]\w*)\s*(?:=\s*([^]*?))?\s*$/.exec(item);
    if (member?.[1] === undefined) continue;
    const value: bigint | undefined = member[2] === undefined ? next : evaluate(member[2], lookup);
    define(member[1], value);
    next = value === undefined ? undefined : value + 1n;
  }
}

function stripComments(text: string): string {
  // Strings are kept intact so a `/*` inside one does not start a comment.
  // A block comment becomes its line breaks (or one space), so line-based `#define` matching still works.
  return text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\*[^]*?\*\/|\/\/[^\n]*/g, (token) => {
    if (token.startsWith('/*')) return token.replace(/[^\n]/g, '') || ' ';
    if (token.startsWith('//')) return '';
    return token;
  });
}

type CToken = { kind: 'number'; value: bigint } | { kind: 'name'; name: string } | { kind: 'op'; op: string };

function tokenize(expression: string): CToken[] | undefined {
  const tokens: CToken[] = [];
  const pattern = /\s*(?:(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)[uUlL]*|([A-Za-z_]\w*)|(<<|>>|[-+*/%()|&^~!]))/y;
  let pos = 0;
  while (pos < expression.length) {
    if (/^\s*$/.test(expression.slice(pos))) break;
    pattern.lastIndex = pos;
    const match = pattern.exec(expression);
    if (match === null) return undefined;
    pos = pattern.lastIndex;
    const [, number, name, op] = match;
    if (number !== undefined) {
      tokens.push({ kind: 'number', value: parseCInteger(number) });
    } else if (name !== undefined) {
      tokens.push({ kind: 'name', name });
    } else if (op !== undefined) {
      tokens.push({ kind: 'op', op });
    }
  }
  return tokens;
}

function parseCInteger(text: string): bigint {
  if (/^0[xX]/.test(text)) return BigInt(text);
  if (text.length > 1 && text.startsWith('0')) return BigInt(`0o${text.slice(1)}`);
  return BigInt(text);
}

const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  '|': 1,
  '^': 2,
  '&': 3,
  '<<': 4,
  '>>': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

/** Evaluates a C integer constant expression, or returns undefined when it is not one this reader knows. */
export function evaluate(expression: string, lookup: (name: string) => bigint | undefined): bigint | undefined {
  const tokens = tokenize(expression);
  if (tokens === undefined || tokens.length === 0) return undefined;
  let pos = 0;

  const unary = (): bigint => {
    const token = tokens[pos++];
    if (token === undefined) throw new RangeError('not an integer constant expression');
    if (token.kind === 'number') return token.value;
    if (token.kind === 'name') {
      const value = lookup(token.name);
      if (value === undefined) throw new RangeError('not an integer constant expression');
      return value;
    }
    switch (token.op) {
      case '(': {
        const value = binary(0);
        const close = tokens[pos++];
        if (close?.kind !== 'op' || close.op !== ')') throw new RangeError('not an integer constant expression');
        return value;
      }
      case '-':
        return -unary();
      case '+':
        return unary();
      case '~':
        return ~unary();
      case '!':
        return unary() === 0n ? 1n : 0n;
      default:
        throw new RangeError('not an integer constant expression');
    }
  };

  const binary = (minPrecedence: number): bigint => {
    let left = unary();
    for (;;) {
      const token = tokens[pos];
      if (token?.kind !== 'op') return left;
      const precedence = BINARY_PRECEDENCE[token.op];
      if (precedence === undefined || precedence <= minPrecedence) return left;
      pos++;
      const right = binary(precedence);
      left = apply(token.op, left, right);
    }
  };

  try {
    const value = binary(0);
    return pos === tokens.length ? value : undefined;
  } catch {
    // Not an expression this reader evaluates (unknown name, division by zero): not an integer constant.
    return undefined;
  }
}

function apply(op: string, left: bigint, right: bigint): bigint {
  switch (op) {
    case '|':
      return left | right;
    case '^':
      return left ^ right;
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
      if (right === 0n) throw new RangeError('division by zero');
      return left / right;
    case '%':
      if (right === 0n) throw new RangeError('division by zero');
      return left % right;
    default:
      throw new RangeError(`unknown operator ${op}`);
  }
}
