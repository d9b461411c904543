export { connect, type ConnectOptions } from './connect.js';
export {
  Connection,
  DriverFeature,
  openConnection,
  type ConnectionEvents,
  type ConnectionFeatures,
  type OpenOptions,
  type ServerMessage,
} from './connection.js';
export {
  AbortError,
  ConnectError,
  ConnectionClosedError,
  InvalidArgumentsError,
  LibvirtError,
  ProtocolError,
  TimeoutError,
  type CloseReason,
  type LibvirtErrorFields,
} from './errors.js';
export type { CallOptions, Invoke, ProcedureInfo } from './protocol/procedure.js';
export type { KeepaliveOptions } from './rpc/keepalive.js';
export type { StreamSink } from './rpc/rpc-client.js';
export {
  callEndChannel,
  callStartChannel,
  droppedChannel,
  type CallEndMessage,
  type CallStartMessage,
  type DroppedMessage,
} from './rpc/diagnostics.js';
export { tcpTransport, unixTransport } from './transport/socket.js';
export { TransportError, type Transport } from './transport/transport.js';
export * from './constants/index.js';
export * from './objects/index.js';
export type { ChannelOptions, ConsoleOptions, Screenshot } from './objects/domain.js';
export * from './streams/index.js';
export * from './events/index.js';
export * from './reconnect/index.js';
export * from './uri/index.js';
export {
  LENGTH_BYTES,
  HEADER_BYTES,
  MESSAGE_MAX,
  MessageStatus,
  MessageType,
  type MessageHeader,
} from './wire/message.js';
