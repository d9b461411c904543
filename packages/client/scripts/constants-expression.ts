import { evaluateCExpression } from '@libvirt-ts/xdrgen';

/**
 * Evaluates the replacement text of an object-like C macro when it is an integer constant
 * expression: `(16)`, `(36+1)`, `9007199254740991LL` followed by a C comment,
 * `VIR_TYPED_PARAM_FIELD_LENGTH`. Anything else (types, casts, empty text) yields undefined.
 * The arithmetic is xdrgen's C constant evaluator, in bigint so no value is rounded on the way.
 */

/** Resolves an identifier (another macro or an enum member) to its value, if it has one. */
export type IdentifierLookup = (name: string) => bigint | undefined;

export function evaluateIntegerMacro(raw: string, lookup: IdentifierLookup): bigint | undefined {
  const text = raw.replace(/\/\*[\s\S]*?\*\//g, ' ').trim();
  return text === '' ? undefined : evaluateCExpression(text, lookup);
}
