import type { XdrCodec } from '@libvirt-ts/xdr';
import type { Shape } from '../schema.js';

/**
 * A generated type described as data, next to its codec. Test suites use these to derive random
 * values (see `xdrArbitraries`) and check that every codec round-trips; generated codecs never
 * read them.
 */
export type XdrTypeDescription =
  | {
      readonly kind: 'enum';
      readonly name: string;
      readonly codec: XdrCodec<unknown>;
      readonly values: readonly number[];
    }
  | { readonly kind: 'typedef'; readonly name: string; readonly codec: XdrCodec<unknown>; readonly shape: Shape }
  | {
      readonly kind: 'struct';
      readonly name: string;
      readonly codec: XdrCodec<unknown>;
      readonly fields: readonly XdrFieldDescription[];
    }
  | {
      readonly kind: 'union';
      readonly name: string;
      readonly codec: XdrCodec<unknown>;
      readonly discriminant: XdrFieldDescription;
      readonly arms: readonly XdrArmDescription[];
      /** Null when the union has no default arm. */
      readonly defaultArm: { readonly field: XdrFieldDescription | null } | null;
    };

export interface XdrFieldDescription {
  /** The TypeScript property name. */
  readonly property: string;
  readonly shape: Shape;
}

export interface XdrArmDescription {
  readonly cases: readonly number[];
  /** Null for a void arm. */
  readonly field: XdrFieldDescription | null;
}
