import { channel } from 'node:diagnostics_channel';

/**
 * The client never logs. It publishes to `node:diagnostics_channel`, which costs nothing while
 * no one subscribes. Messages name procedures, never argument values (they can hold secrets).
 */
export const callStartChannel = channel('libvirt-ts:client:call:start');
export const callEndChannel = channel('libvirt-ts:client:call:end');
export const droppedChannel = channel('libvirt-ts:client:dropped');

export interface CallStartMessage {
  readonly connectionId: number;
  readonly serial: number;
  readonly procedure: string;
}

export interface CallEndMessage extends CallStartMessage {
  readonly durationMs: number;
  /** The error's class name and, for LibvirtError, its code name; absent on success. */
  readonly error?: { readonly name: string; readonly code?: string };
}

export interface DroppedMessage {
  readonly connectionId: number;
  readonly serial: number;
  readonly reason: string;
}

export function callStart(connectionId: number, serial: number, procedure: string): void {
  if (callStartChannel.hasSubscribers) {
    callStartChannel.publish({ connectionId, serial, procedure } satisfies CallStartMessage);
  }
}

export function callEnd(
  connectionId: number,
  serial: number,
  procedure: string,
  durationMs: number,
  error: Error | undefined,
): void {
  if (!callEndChannel.hasSubscribers) return;
  const message: CallEndMessage = { connectionId, serial, procedure, durationMs };
  if (error !== undefined) {
    const code = 'codeName' in error && typeof error.codeName === 'string' ? error.codeName : undefined;
    callEndChannel.publish({
      ...message,
      error: code === undefined ? { name: error.name } : { name: error.name, code },
    });
  } else {
    callEndChannel.publish(message);
  }
}

export function dropped(connectionId: number, serial: number, reason: string): void {
  if (droppedChannel.hasSubscribers) droppedChannel.publish({ connectionId, serial, reason } satisfies DroppedMessage);
}
