// Generated from libvirt 11.3.0 libvirt-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virNWFilterBindingCreateFlags` of libvirt-nwfilter.h. */
export const NWFilterBindingCreateFlags = {
  Validate: 1,
} as const;
export type NWFilterBindingCreateFlags = (typeof NWFilterBindingCreateFlags)[keyof typeof NWFilterBindingCreateFlags];
/** C name of each `virNWFilterBindingCreateFlags` value. */
export const NWFilterBindingCreateFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NWFILTER_BINDING_CREATE_VALIDATE',
};

/** C enum `virNWFilterDefineFlags` of libvirt-nwfilter.h. */
export const NWFilterDefineFlags = {
  Validate: 1,
} as const;
export type NWFilterDefineFlags = (typeof NWFilterDefineFlags)[keyof typeof NWFilterDefineFlags];
/** C name of each `virNWFilterDefineFlags` value. */
export const NWFilterDefineFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_NWFILTER_DEFINE_VALIDATE',
};
