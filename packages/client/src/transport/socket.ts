import { createConnection, type NetConnectOpts, type Socket } from 'node:net';
import { TransportError, type Transport } from './transport.js';

/** Opens a net.Socket and resolves once it is connected, honouring an AbortSignal. */
function openSocket(options: NetConnectOpts, description: string, signal?: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(new TransportError(`connecting to ${description} was aborted`, { cause: signal.reason }));
      return;
    }
    const socket = createConnection(options);
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
