// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virConnectCloseReason` of libvirt-common.h. */
export const ConnectCloseReason = {
  Error: 0,
  Eof: 1,
  Keepalive: 2,
  Client: 3,
} as const;
export type ConnectCloseReason = (typeof ConnectCloseReason)[keyof typeof ConnectCloseReason];
/** C name of each `virConnectCloseReason` value. */
export const ConnectCloseReasonNames: Readonly<Record<number, string>> = {
  0: 'VIR_CONNECT_CLOSE_REASON_ERROR',
  1: 'VIR_CONNECT_CLOSE_REASON_EOF',
  2: 'VIR_CONNECT_CLOSE_REASON_KEEPALIVE',
  3: 'VIR_CONNECT_CLOSE_REASON_CLIENT',
};

/** C enum `virTypedParameterFlags` of libvirt-common.h. */
export const TypedParameterFlags = {
  StringOkay: 4,
} as const;
export type TypedParameterFlags = (typeof TypedParameterFlags)[keyof typeof TypedParameterFlags];
/** C name of each `virTypedParameterFlags` value. */
export const TypedParameterFlagsNames: Readonly<Record<number, string>> = {
  4: 'VIR_TYPED_PARAM_STRING_OKAY',
};

/** C enum `virTypedParameterType` of libvirt-common.h. */
export const TypedParameterType = {
  Int: 1,
  Uint: 2,
  Llong: 3,
  Ullong: 4,
  Double: 5,
  Boolean: 6,
  String: 7,
} as const;
export type TypedParameterType = (typeof TypedParameterType)[keyof typeof TypedParameterType];
/** C name of each `virTypedParameterType` value. */
export const TypedParameterTypeNames: Readonly<Record<number, string>> = {
  1: 'VIR_TYPED_PARAM_INT',
  2: 'VIR_TYPED_PARAM_UINT',
  3: 'VIR_TYPED_PARAM_LLONG',
  4: 'VIR_TYPED_PARAM_ULLONG',
  5: 'VIR_TYPED_PARAM_DOUBLE',
  6: 'VIR_TYPED_PARAM_BOOLEAN',
  7: 'VIR_TYPED_PARAM_STRING',
};

// #define constants of libvirt-common.h with a string or integer value.
export const LIBVIR_VERSION_NUMBER = 11003000;
export const VIR_TYPED_PARAM_FIELD_LENGTH = 80;
