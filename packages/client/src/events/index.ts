export { EVENT_KINDS, type EventFilter } from './catalog.js';
export { EventNotSupportedError, EventsMissedError } from './errors.js';
export {
  EventHub,
  type HandlerNoticeKind,
  type OnOptions,
  type ReconnectInfo,
  type SubscribeOptions,
  type Unsubscribe,
} from './event-hub.js';
export { DEFAULT_BUFFER_SIZE, type OverflowPolicy } from './event-queue.js';
export type * from './event-types.js';
export { EVENT_ID_SINCE, QEMU_MONITOR_EVENTS_SINCE } from './event-versions.gen.js';
export { EventSubscription } from './subscription.js';
