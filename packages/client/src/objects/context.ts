import { TypedParameterFlags } from '../constants/index.js';
import type { CallOptions } from '../protocol/procedure.js';
import type { RemoteMethods } from '../protocol/remote.gen.js';

/** What object handles need from their connection: the generated calls and the daemon's features. */
export interface ObjectContext {
  readonly remote: RemoteMethods;
  readonly features: { readonly typedParamString: boolean };
}

export type { CallOptions };

/**
 * Flags as the wire's `unsigned int`. JavaScript's `|` yields a signed 32-bit result, so a flag
 * in bit 31 (`ConnectListAllNodeDeviceFlags.Active`) would otherwise turn the mask negative.
 */
export function flagBits(...values: readonly number[]): number {
  let mask = 0;
  for (const value of values) mask = (mask | value) >>> 0;
  return mask;
}

/** One of two flags by a yes/no filter; 0 when the filter is absent. */
export function either(value: boolean | undefined, yes: number, no: number): number {
  return value === undefined ? 0 : value ? yes : no;
}

/**
 * Getter flags with VIR_TYPED_PARAM_STRING_OKAY added when the daemon supports string parameters,
 * as libvirt's own client library does: without it the daemon drops string-typed parameters.
 */
export function getterFlags(ctx: ObjectContext, flags: number): number {
  return flagBits(flags, ctx.features.typedParamString ? TypedParameterFlags.StringOkay : 0);
}

export function bool(value: number): boolean {
  return value !== 0;
}
