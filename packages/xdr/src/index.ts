export { XdrError, withXdrPath } from './errors.js';
export { XdrReader, type XdrReaderOptions } from './reader.js';
export { XdrWriter } from './writer.js';
export { type XdrCodec, type XdrType, encodeXdr, decodeXdr } from './codec.js';
export { voidCodec } from './void.js';
