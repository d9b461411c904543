/**
 * A stand-in for @libvirt-ts/client's connect() and Connection, for unit tests of the host
 * manager and `check`: enough of a Connection for ReconnectingConnection (events, close, features)
 * plus the few host calls `check` makes. Behaviour against a real daemon is tested in
 * test/integration against libvirtd.
 */
import { EventEmitter } from 'node:events';
import {
  ConnectionClosedError,
  decodeVersion,
  type CloseReason,
  type connect,
  type Connection,
  type ConnectOptions,
} from '@libvirt-ts/client';

export class FakeConnection extends EventEmitter {
  closed = false;
  readonly transport = 'fake';
  readonly features = { keepalive: false, eventCallbacks: false, closeCallbacks: false, typedParamString: true };
  readonly host = {
    hostname: () => Promise.resolve(this.hostname),
    libVersion: () => Promise.resolve(decodeVersion(11_003_000)),
    type: () => Promise.resolve('TEST'),
    version: () => Promise.resolve(decodeVersion(2_000_000)),
  };

  constructor(
    readonly uri: string,
    readonly readOnly: boolean,
    readonly hostname = 'fake-host',
  ) {
    super();
  }

  call(): Promise<never> {
    return Promise.reject(new Error('FakeConnection makes no calls'));
  }

  close(): Promise<void> {
    this.drop('client');
    return Promise.resolve();
  }

  /** The daemon went away (`eof`), or the connection was closed (`client`). */
  drop(reason: CloseReason = 'eof'): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', new ConnectionClosedError(`connection ${reason}`, reason));
  }

  asConnection(): Connection {
    return this as unknown as Connection;
  }
}

export type ConnectBehaviour = 'succeed' | 'fail' | 'hang' | 'manual';

export interface ConnectCall {
  readonly uri: string;
  readonly options: ConnectOptions;
  /** For `manual`: settle the attempt. */
  succeed(): FakeConnection;
  fail(error: Error): void;
}

/** A connect() whose behaviour is chosen per URI; records every attempt. */
export class FakeConnector {
  readonly calls: ConnectCall[] = [];
  readonly connections: FakeConnection[] = [];
  readonly behaviour = new Map<string, ConnectBehaviour>();
  failure: Error = Object.assign(new Error('cannot connect to unix:/nowhere: connect ENOENT /nowhere'), {
    code: 'ENOENT',
  });

  readonly connect: typeof connect = (uri?: string, given?: ConnectOptions) => {
    if (uri === undefined) throw new Error('the host manager always passes a URI');
    const options = given ?? {};
    return new Promise<Connection>((resolve, reject) => {
      const open = (): FakeConnection => {
        const connection = new FakeConnection(uri, options.readOnly ?? false);
        this.connections.push(connection);
        resolve(connection.asConnection());
        return connection;
      };
      const call: ConnectCall = { uri, options, succeed: open, fail: reject };
      this.calls.push(call);
      const signal = options.signal;
      signal?.addEventListener('abort', () => {
        reject(new Error(`connecting to ${uri} was aborted`, { cause: signal.reason }));
      });
      switch (this.behaviour.get(uri) ?? 'succeed') {
        case 'succeed':
          open();
          break;
        case 'fail':
          reject(this.failure);
          break;
        case 'hang':
        case 'manual':
          break;
      }
    });
  };

  callsFor(uri: string): ConnectCall[] {
    return this.calls.filter((c) => c.uri === uri);
  }
}
