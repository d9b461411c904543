// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virEventHandleType` of libvirt-event.h. */
export const EventHandleType = {
  Readable: 1,
  Writable: 2,
  Error: 4,
  Hangup: 8,
} as const;
export type EventHandleType = (typeof EventHandleType)[keyof typeof EventHandleType];
/** C name of each `virEventHandleType` value. */
export const EventHandleTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_EVENT_HANDLE_READABLE',
  2: 'VIR_EVENT_HANDLE_WRITABLE',
  4: 'VIR_EVENT_HANDLE_ERROR',
  8: 'VIR_EVENT_HANDLE_HANGUP',
};
