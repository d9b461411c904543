// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virStreamEventType` of libvirt-stream.h. */
export const StreamEventType = {
  Readable: 1,
  Writable: 2,
  Error: 4,
  Hangup: 8,
} as const;
export type StreamEventType = (typeof StreamEventType)[keyof typeof StreamEventType];
/** C name of each `virStreamEventType` value. */
export const StreamEventTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_STREAM_EVENT_READABLE',
  2: 'VIR_STREAM_EVENT_WRITABLE',
  4: 'VIR_STREAM_EVENT_ERROR',
  8: 'VIR_STREAM_EVENT_HANGUP',
};

/** C enum `virStreamFlags` of libvirt-stream.h. */
export const StreamFlags = {
  Nonblock: 1,
} as const;
export type StreamFlags = (typeof StreamFlags)[keyof typeof StreamFlags];
/** C name of each `virStreamFlags` value. */
export const StreamFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_STREAM_NONBLOCK',
};

/** C enum `virStreamRecvFlagsValues` of libvirt-stream.h. */
export const StreamRecvFlagsValues = {
  StopAtHole: 1,
} as const;
export type StreamRecvFlagsValues = (typeof StreamRecvFlagsValues)[keyof typeof StreamRecvFlagsValues];
/** C name of each `virStreamRecvFlagsValues` value. */
export const StreamRecvFlagsValuesNames: Readonly<Record<number, string>> = {
  1: 'VIR_STREAM_RECV_STOP_AT_HOLE',
};
