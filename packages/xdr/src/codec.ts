import { XdrError } from './errors.js';
import { XdrReader, type XdrReaderOptions } from './reader.js';
import { show } from './show.js';
import { XdrWriter } from './writer.js';

/**
 * A type's encoder and decoder. Generated code emits one per XDR type; the functions are
 * straight-line code specialised to the type, so encoding walks no schema at run time.
 */
export interface XdrCodec<T> {
  /** The XDR name of the type, e.g. `remote_domain_get_info_ret`. */
  readonly name: string;
  encode(writer: XdrWriter, value: T): void;
  decode(reader: XdrReader): T;
}

/** The TypeScript type a codec reads and writes. */
export type XdrType<C> = C extends XdrCodec<infer T> ? T : never;

/** Encodes one value into a new byte array. */
export function encodeXdr<T>(codec: XdrCodec<T>, value: T, writer: XdrWriter = new XdrWriter()): Uint8Array {
  writer.reset();
  codec.encode(writer, value);
  return writer.toBytes();
}

/** Decodes one value that must fill `bytes` exactly: trailing bytes are an error. */
export function decodeXdr<T>(codec: XdrCodec<T>, bytes: Uint8Array, options?: XdrReaderOptions): T {
  const reader = new XdrReader(bytes, options);
  let value: T;
  try {
    value = codec.decode(reader);
  } catch (error) {
    if (error instanceof XdrError) throw error;
    throw new XdrError(`${codec.name}: ${error instanceof Error ? error.message : show(error)}`, reader.offset, {
      cause: error,
    });
  }
  reader.assertEnd();
  return value;
}
