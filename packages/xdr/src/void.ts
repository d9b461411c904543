import type { XdrCodec } from './codec.js';

/** XDR `void`: no bytes on the wire. Procedures without arguments or results use it. */
export const voidCodec: XdrCodec<undefined> = {
  name: 'void',
  encode(): void {
    // Nothing to write.
  },
  decode(): undefined {
    return undefined;
  },
};
