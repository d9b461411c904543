export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
export {
  connectReconnecting,
  DisconnectedError,
  ReconnectingConnection,
  type ConnectionFactory,
  type ReconnectAttempt,
  type ReconnectedInfo,
  type ReconnectingConnectionEvents,
  type ReconnectingConnectOptions,
  type ReconnectOptions,
} from './reconnecting-connection.js';
