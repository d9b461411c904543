export { LibvirtDuplexStream } from './duplex-stream.js';
export { StreamClosedError } from './errors.js';
export { DownloadFileError, type DownloadToFileOptions, type DownloadToFileResult } from './file-download.js';
export type { HoleMode, StreamHole } from './inbox.js';
export { downloadToFile, openDuplexStream, openReadStream, openWriteStream, type StreamHost } from './open.js';
export type { DuplexStreamOptions, ReadStreamOptions, StreamOptions, WriteStreamOptions } from './options.js';
export { LibvirtReadStream } from './read-stream.js';
export { STREAM_PACKET_MAX, type StreamDirection } from './stream-channel.js';
export { LibvirtWriteStream } from './write-stream.js';
