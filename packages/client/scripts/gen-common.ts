/**
 * Shared by the generator scripts: where libvirt's protocol files are, which libvirt version they
 * are, and how generated files are written. Dev-time only: the client never loads this at run time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const clientRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(clientRoot, '..', '..');

/** The input files, whichever layout they come in. */
export interface ProtocolSources {
  /** Where they were found, for messages. */
  readonly root: string;
  /** `name.x` → absolute path, for remote, qemu, lxc, admin, virnet and virkeepalive. */
  readonly xFiles: Readonly<Record<XFileName, string>>;
  /** Folder of the public C headers (`libvirt-common.h`, `libvirt-domain.h`, …). */
  readonly includeDir: string;
  /** `libvirt-api.xml` and its qemu, lxc and admin siblings. */
  readonly apiXml: Readonly<Record<'libvirt' | 'qemu' | 'lxc' | 'admin', string>>;
  /** e.g. `11.3.0`, from LIBVIR_VERSION_NUMBER in libvirt-common.h. */
  readonly libvirtVersion: string;
}

export type XFileName =
  'remote_protocol' | 'qemu_protocol' | 'lxc_protocol' | 'admin_protocol' | 'virnetprotocol' | 'virkeepaliveprotocol';

export class GeneratorInputError extends Error {
  override readonly name = 'GeneratorInputError';
}

/**
 * `LIBVIRT_SOURCE` names a libvirt source tree (with its API XML built by `meson compile`, which
 * runs scripts/apibuild.py into build/docs); otherwise the project's sibling folder
 * `../shared/libvirt-protocol` (x/, include/, api/) is used.
 */
export function findProtocolSources(env: NodeJS.ProcessEnv = process.env): ProtocolSources {
  const source = env['LIBVIRT_SOURCE'];
  if (source !== undefined && source !== '') {
    const root = resolve(source);
    const apiDir = [join(root, 'build', 'docs'), join(root, 'docs')].find((dir) =>
      existsSync(join(dir, 'libvirt-api.xml')),
    );
    if (apiDir === undefined) {
      throw new GeneratorInputError(
        `LIBVIRT_SOURCE=${root} has no built libvirt-api.xml (looked in build/docs and docs); build the docs first`,
      );
    }
    return check({
      root,
      xFiles: {
        remote_protocol: join(root, 'src/remote/remote_protocol.x'),
        qemu_protocol: join(root, 'src/remote/qemu_protocol.x'),
        lxc_protocol: join(root, 'src/remote/lxc_protocol.x'),
        admin_protocol: join(root, 'src/admin/admin_protocol.x'),
        virnetprotocol: join(root, 'src/rpc/virnetprotocol.x'),
        virkeepaliveprotocol: join(root, 'src/rpc/virkeepaliveprotocol.x'),
      },
      includeDir: join(root, 'include/libvirt'),
      apiXml: apiFiles(apiDir),
    });
  }
  const root = resolve(repoRoot, '..', 'shared', 'libvirt-protocol');
  const x = (name: XFileName): string => join(root, 'x', `${name}.x`);
  return check({
    root,
    xFiles: {
      remote_protocol: x('remote_protocol'),
      qemu_protocol: x('qemu_protocol'),
      lxc_protocol: x('lxc_protocol'),
      admin_protocol: x('admin_protocol'),
      virnetprotocol: x('virnetprotocol'),
      virkeepaliveprotocol: x('virkeepaliveprotocol'),
    },
    includeDir: join(root, 'include'),
    apiXml: apiFiles(join(root, 'api')),
  });
}

function apiFiles(dir: string): ProtocolSources['apiXml'] {
  return {
    libvirt: join(dir, 'libvirt-api.xml'),
    qemu: join(dir, 'libvirt-qemu-api.xml'),
    lxc: join(dir, 'libvirt-lxc-api.xml'),
    admin: join(dir, 'libvirt-admin-api.xml'),
  };
}

function check(sources: Omit<ProtocolSources, 'libvirtVersion'>): ProtocolSources {
  const files = [...Object.values(sources.xFiles), ...Object.values(sources.apiXml)];
  const missing = files.filter((file) => !existsSync(file));
  const commonHeader = join(sources.includeDir, 'libvirt-common.h');
  if (!existsSync(commonHeader)) missing.push(commonHeader);
  if (missing.length > 0) {
    throw new GeneratorInputError(`libvirt protocol files not found under ${sources.root}:\n  ${missing.join('\n  ')}`);
  }
  const match = /#\s*define\s+LIBVIR_VERSION_NUMBER\s+(\d+)/.exec(readFileSync(commonHeader, 'utf8'));
  if (match?.[1] === undefined) {
    throw new GeneratorInputError(
      `${commonHeader} does not define LIBVIR_VERSION_NUMBER (is it still libvirt-common.h.in?)`,
    );
  }
  const number = Number(match[1]);
  const libvirtVersion = `${Math.floor(number / 1_000_000)}.${Math.floor(number / 1000) % 1000}.${number % 1000}`;
  return { ...sources, libvirtVersion };
}

/** The first lines of every generated file. Stable across runs so `pnpm gen` is byte-for-byte. */
export function generatedHeader(libvirtVersion: string, from: string): string {
  return [
    `// Generated from libvirt ${libvirtVersion} ${from} by packages/client/scripts. Do not edit.`,
    '// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).',
    '',
  ].join('\n');
}

/** Writes a generated file, creating its folder; returns whether the content changed. */
export function writeGenerated(path: string, content: string): boolean {
  mkdirSync(dirname(path), { recursive: true });
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (previous === content) return false;
  writeFileSync(path, content);
  return true;
}
