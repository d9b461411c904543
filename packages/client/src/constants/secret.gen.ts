// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virConnectListAllSecretsFlags` of libvirt-secret.h. */
export const ConnectListAllSecretsFlags = {
  Ephemeral: 1,
  NoEphemeral: 2,
  Private: 4,
  NoPrivate: 8,
} as const;
export type ConnectListAllSecretsFlags = (typeof ConnectListAllSecretsFlags)[keyof typeof ConnectListAllSecretsFlags];
/** C name of each `virConnectListAllSecretsFlags` value. */
export const ConnectListAllSecretsFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_CONNECT_LIST_SECRETS_EPHEMERAL',
  2: 'VIR_CONNECT_LIST_SECRETS_NO_EPHEMERAL',
  4: 'VIR_CONNECT_LIST_SECRETS_PRIVATE',
  8: 'VIR_CONNECT_LIST_SECRETS_NO_PRIVATE',
};

/** C enum `virSecretDefineFlags` of libvirt-secret.h. */
export const SecretDefineFlags = {
  Validate: 1,
} as const;
export type SecretDefineFlags = (typeof SecretDefineFlags)[keyof typeof SecretDefineFlags];
/** C name of each `virSecretDefineFlags` value. */
export const SecretDefineFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_SECRET_DEFINE_VALIDATE',
};

/** C enum `virSecretEventID` of libvirt-secret.h. */
export const SecretEventID = {
  Lifecycle: 0,
  ValueChanged: 1,
} as const;
export type SecretEventID = (typeof SecretEventID)[keyof typeof SecretEventID];
/** C name of each `virSecretEventID` value. */
export const SecretEventIDNames: Readonly<Record<number, string>> = {
  0: 'VIR_SECRET_EVENT_ID_LIFECYCLE',
  1: 'VIR_SECRET_EVENT_ID_VALUE_CHANGED',
};

/** C enum `virSecretEventLifecycleType` of libvirt-secret.h. */
export const SecretEventLifecycleType = {
  Defined: 0,
  Undefined: 1,
} as const;
export type SecretEventLifecycleType = (typeof SecretEventLifecycleType)[keyof typeof SecretEventLifecycleType];
/** C name of each `virSecretEventLifecycleType` value. */
export const SecretEventLifecycleTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_SECRET_EVENT_DEFINED',
  1: 'VIR_SECRET_EVENT_UNDEFINED',
};

/** C enum `virSecretUsageType` of libvirt-secret.h. */
export const SecretUsageType = {
  None: 0,
  Volume: 1,
  Ceph: 2,
  Iscsi: 3,
  Tls: 4,
  Vtpm: 5,
} as const;
export type SecretUsageType = (typeof SecretUsageType)[keyof typeof SecretUsageType];
/** C name of each `virSecretUsageType` value. */
export const SecretUsageTypeNames: Readonly<Record<number, string>> = {
  0: 'VIR_SECRET_USAGE_TYPE_NONE',
  1: 'VIR_SECRET_USAGE_TYPE_VOLUME',
  2: 'VIR_SECRET_USAGE_TYPE_CEPH',
  3: 'VIR_SECRET_USAGE_TYPE_ISCSI',
  4: 'VIR_SECRET_USAGE_TYPE_TLS',
  5: 'VIR_SECRET_USAGE_TYPE_VTPM',
};
