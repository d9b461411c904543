import { createConnection, type NetConnectOpts, type Socket } from 'node:net';
import { flushAlignerAtEnd, FrameAligner, READ_BUFFER_BYTES } from './frame-aligner.js';
import { TransportError, type Transport } from './transport.js';

/** Opens a net.Socket and resolves once it is connected, honouring an AbortSignal. */
function openSocket(options: NetConnectOpts, description: string, signal?: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new TransportError(`connecting to ${description} was aborted`, { cause: signal.reason }));
      return;
    }
    // Reads land in one reused buffer; FrameAligner copies them out, once, into chunks of whole
    // frames pushed into the socket's own Readable side, so readers see an ordinary stream of
    // chunks they own. When its buffer is full, push() says so and returning that pauses
    // reading, as Node does without `onread`.
    const aligner = new FrameAligner();
    const socket: Socket = createConnection({
      ...options,
      onread: {
        buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES),
        callback: (bytesRead: number, buffer: Uint8Array): boolean =>
          aligner.feed(buffer.subarray(0, bytesRead), (chunk) => socket.push(chunk)),
      },
    });
    flushAlignerAtEnd(socket, aligner);
    const onAbort = (): void => {
      socket.destroy();
      cleanup();
      reject(new TransportError(`connecting to ${description} was aborted`, { cause: signal?.reason }));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new TransportError(`cannot connect to ${description}: ${error.message}`, { cause: error }));
    };
    const onConnect = (): void => {
      cleanup();
      resolve(socket);
    };
    const cleanup = (): void => {
      socket.off('error', onError);
      socket.off('connect', onConnect);
      signal?.removeEventListener('abort', onAbort);
    };
    socket.once('error', onError);
    socket.once('connect', onConnect);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A unix domain socket. A path starting with `@` names a Linux abstract socket, as libvirt
 * accepts in `socket=`; Node spells those with a leading NUL byte.
 */
export function unixTransport(path: string): Transport {
  const nodePath = path.startsWith('@') ? `\0${path.slice(1)}` : path;
  const description = `unix:${path}`;
  return {
    description,
    async open(signal) {
      return openSocket({ path: nodePath }, description, signal);
    },
  };
}

/** Plain TCP (`+tcp`), unencrypted: libvirtd's `listen_tcp`. */
export function tcpTransport(host: string, port: number): Transport {
  const description = `tcp:${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    description,
    async open(signal) {
      const socket = await openSocket({ host, port }, description, signal);
      // Calls are small request/response messages: Nagle's algorithm would only add latency.
      socket.setNoDelay(true);
      return socket;
    },
  };
}
