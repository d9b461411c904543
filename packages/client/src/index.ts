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
export { sshTransport, type SshTargetTransportOptions } from './transport/ssh.js';
export { libsshTransport, type LibsshTargetTransportOptions } from './transport/libssh.js';
export { extTransport, type ExtTargetTransportOptions } from './transport/ext.js';
export {
  SshAuthenticationError,
  SshConnectError,
  SshError,
  SshHostKeyError,
  SshRemoteCommandError,
} from './transport/ssh-errors.js';
export { ChildProcessExitError } from './transport/child-process.js';
export type { CommandExit, CommandStream } from './transport/command-stream.js';
export { clientConfigFromText, loadClientConfig, type ClientConfigLocation } from './uri/config-file.js';
export { LibvirtConfigError, parseVirConf, type VirConfEntry, type VirConfValue } from './uri/virconf.js';
export { tlsTransport, type TlsTargetTransportOptions } from './transport/tls.js';
export {
  TlsCertificateError,
  TlsClientRefusedError,
  TlsCredentialsError,
  type TlsCertificateProblem,
} from './transport/tls-errors.js';
export type { CredentialCallback, CredentialKind, CredentialRequest, Credentials } from './auth/credentials.js';
export type { AuthenticationOptions } from './auth/authenticate.js';
export { AuthConfig, type AuthConfigCredential } from './auth/auth-conf.js';
export { AuthConfigError, AuthenticationError, type AuthenticationFailure } from './auth/errors.js';
export { SUPPORTED_SASL_MECHANISMS, type SupportedSaslMechanism } from './auth/sasl/negotiate.js';
