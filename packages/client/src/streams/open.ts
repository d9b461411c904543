import { InvalidArgumentsError } from '../errors.js';
import type { ProcedureInfo } from '../protocol/procedure.js';
import { RpcClient } from '../rpc/rpc-client.js';
import { LibvirtDuplexStream } from './duplex-stream.js';
import { receiveFile, type DownloadToFileOptions, type DownloadToFileResult } from './file-download.js';
import type { DuplexStreamOptions, ReadStreamOptions, WriteStreamOptions } from './options.js';
import { LibvirtReadStream } from './read-stream.js';
import { LibvirtWriteStream, type WriteStreamFallback } from './write-stream.js';

/** What can open streams: a `Connection` (or an object handle's context, which is one). */
export interface StreamHost {
  /** @internal */
  readonly rpcClient: RpcClient;
}

/** The RPC client behind a connection or a handle's context. */
export function rpcClientOf(host: object): RpcClient {
  const rpc = (host as Partial<StreamHost>).rpcClient;
  if (!(rpc instanceof RpcClient)) throw new TypeError('streams need a handle that comes from a Connection');
  return rpc;
}

/**
 * Opens a stream on any `@readstream` procedure: `openReadStream(conn, remoteProcDomainScreenshot,
 * { dom, screen: 0, flags: 0 })`. Pass `sparse: true` when `args` carry the procedure's sparse flag.
 */
export function openReadStream<Args, Ret>(
  host: StreamHost | object,
  procedure: ProcedureInfo<Args, Ret>,
  args: Args,
  options?: ReadStreamOptions,
): LibvirtReadStream<Ret> {
  requireStream(procedure, 'read');
  return new LibvirtReadStream(rpcClientOf(host), procedure, args, options);
}

/**
 * Receives any `@readstream` procedure's stream into the file at `path` (see
 * `StorageVolume.downloadToFile`); resolves once the daemon confirmed the end and every byte is written.
 */
export function downloadToFile<Args, Ret>(
  host: StreamHost | object,
  procedure: ProcedureInfo<Args, Ret>,
  args: Args,
  path: string,
  options?: DownloadToFileOptions,
): Promise<DownloadToFileResult> {
  requireStream(procedure, 'read');
  return receiveFile(rpcClientOf(host), procedure, args, path, options);
}

/** Opens a stream on any `@writestream` procedure (volume uploads, tunnelled migration). */
export function openWriteStream<Args, Ret>(
  host: StreamHost | object,
  procedure: ProcedureInfo<Args, Ret>,
  args: Args,
  options?: WriteStreamOptions & WriteStreamFallback,
): LibvirtWriteStream<Ret> {
  requireStream(procedure, 'write');
  return new LibvirtWriteStream(rpcClientOf(host), procedure, args, options);
}

/**
 * Opens a stream that carries data both ways. libvirt annotates consoles and channels as
 * `@readstream`, but the daemon forwards what the client sends to the guest too.
 */
export function openDuplexStream<Args, Ret>(
  host: StreamHost | object,
  procedure: ProcedureInfo<Args, Ret>,
  args: Args,
  options?: DuplexStreamOptions,
): LibvirtDuplexStream<Ret> {
  requireStream(procedure, 'read');
  return new LibvirtDuplexStream(rpcClientOf(host), procedure, args, options);
}

function requireStream(procedure: ProcedureInfo, direction: 'read' | 'write'): void {
  if (procedure.stream !== direction) {
    const has = procedure.stream === null ? 'has no stream' : `is a ${procedure.stream} stream`;
    throw new InvalidArgumentsError(`${procedure.name} ${has}, not a ${direction} stream`);
  }
}
