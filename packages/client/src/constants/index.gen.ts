// Generated from libvirt 11.3.0 libvirt-api.xml, libvirt-qemu-api.xml, libvirt-lxc-api.xml, libvirt-admin-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

export * from './admin.gen.js';
export * from './common.gen.js';
export * from './domain.gen.js';
export * from './domain-checkpoint.gen.js';
export * from './domain-snapshot.gen.js';
export * from './error.gen.js';
export * from './event.gen.js';
export * from './host.gen.js';
export * from './interface.gen.js';
export * from './network.gen.js';
export * from './nodedev.gen.js';
export * from './nwfilter.gen.js';
export * from './qemu.gen.js';
export * from './secret.gen.js';
export * from './storage.gen.js';
export * from './stream.gen.js';
