/**
 * Generates src/constants/*.gen.ts: every `VIR_*` enum of libvirt's API XML as a const object per
 * C enum type (with a value → C name map), and the string and integer `#define`s, one module per C
 * header. Run with `pnpm --filter @libvirt-ts/client exec tsx scripts/gen-constants.ts`.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clientRoot, findProtocolSources, writeGenerated } from './gen-common.js';
import { constantsDir, generateConstantFiles } from './constants-render.js';

const sources = findProtocolSources();
const { model, files } = generateConstantFiles(sources);

let changed = 0;
for (const [path, content] of files) if (writeGenerated(join(clientRoot, path), content)) changed++;

// A module whose header no longer has constants would otherwise linger and keep being exported.
for (const name of readdirSync(join(clientRoot, constantsDir))) {
  const path = `${constantsDir}/${name}`;
  if (name.endsWith('.gen.ts') && !files.has(path)) {
    rmSync(join(clientRoot, path));
    changed++;
  }
}

const members = model.enums.reduce((sum, constantEnum) => sum + constantEnum.members.length, 0);
console.log(
  `constants: libvirt ${sources.libvirtVersion}, ${model.enums.length} enum types, ${members} members ` +
    `(${model.sentinels.length} *_LAST sentinels left out), ${model.macros.length} macros ` +
    `(${model.skippedMacros.length} without a constant value left out), ${files.size} files, ${changed} changed`,
);
