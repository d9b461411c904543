/** libvirt's public API constants: every `VIR_*` enum and `#define` constant, generated per C header. */
export * from './index.gen.js';
