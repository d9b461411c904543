import { LibvirtUriError } from './errors.js';

/** Environment variables, e.g. `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Variables every program libvirt runs inherits (`virCommandAddEnvPassCommon`); all else is cleared. */
const CHILD_INHERITED_ENV = [
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'DYLD_INSERT_LIBRARIES',
  'DYLD_FORCE_FLAT_NAMESPACE',
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
] as const;

/**
 * The environment libvirt gives a program it runs: `LC_ALL=C`, the variables every child
 * inherits, and `extra` ones the caller passes on too; nothing else from `env`.
 */
export function childEnvironment(env: Environment, extra: readonly string[] = []): Record<string, string> {
  const result: Record<string, string> = { LC_ALL: 'C' };
  for (const name of [...CHILD_INHERITED_ENV, ...extra]) {
    const value = env[name];
    if (value !== undefined) result[name] = value;
  }
  return result;
}

/** Where libvirt looks for per-user files; each value as GLib computes it, overridable for tests. */
export interface UserDirectoryInputs {
  readonly env: Environment;
  /** The home directory; defaults to `$HOME` (what GLib's `g_get_home_dir` prefers). */
  readonly homeDir?: string | undefined;
  /** The user runtime directory GLib's `g_get_user_runtime_dir` would give; defaults from the environment. */
  readonly runtimeDir?: string | undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** `g_build_filename`: joins with one `/`, whatever separators the pieces already end with. */
export function joinPath(base: string, ...parts: readonly string[]): string {
  return [base.replace(/\/+$/, ''), ...parts.map((part) => part.replace(/^\/+|\/+$/g, ''))].join('/');
}

export function homeDirectory(inputs: UserDirectoryInputs): string | undefined {
  return nonEmpty(inputs.homeDir) ?? nonEmpty(inputs.env.HOME);
}

function requireHome(inputs: UserDirectoryInputs, purpose: string): string {
  const home = homeDirectory(inputs);
  if (home === undefined) {
    throw new LibvirtUriError(`cannot locate ${purpose}: no home directory (set HOME or pass homeDir)`);
  }
  return home;
}

/**
 * libvirt's `virGetUserRuntimeDirectory`: `$XDG_RUNTIME_DIR/libvirt`, falling back like GLib to
 * the cache directory (`$XDG_CACHE_HOME`, else `~/.cache`) when no runtime directory is set.
 */
export function userRuntimeDirectory(inputs: UserDirectoryInputs): string {
  const base =
    nonEmpty(inputs.runtimeDir) ??
    nonEmpty(inputs.env.XDG_RUNTIME_DIR) ??
    nonEmpty(inputs.env.XDG_CACHE_HOME) ??
    joinPath(requireHome(inputs, 'the session daemon socket'), '.cache');
  return joinPath(base, 'libvirt');
}

/** libvirt's `virGetUserConfigDirectory`: `$XDG_CONFIG_HOME/libvirt`, else `~/.config/libvirt`. */
export function userConfigDirectory(inputs: UserDirectoryInputs): string {
  const base =
    nonEmpty(inputs.env.XDG_CONFIG_HOME) ?? joinPath(requireHome(inputs, 'the libvirt configuration'), '.config');
  return joinPath(base, 'libvirt');
}

/** Build-time directories of libvirt (its meson `sysconfdir` and `localstatedir`). */
export interface InstallDirectories {
  /** Default `/etc`. */
  readonly sysconfDir?: string | undefined;
  /** Default `/var`; system sockets live in `<localStateDir>/run/libvirt`. */
  readonly localStateDir?: string | undefined;
}

export const DEFAULT_SYSCONF_DIR = '/etc';
export const DEFAULT_LOCAL_STATE_DIR = '/var';

/**
 * The client configuration file libvirt reads (`virConfLoadConfigPath`): `/etc/libvirt/libvirt.conf`
 * for root, `$XDG_CONFIG_HOME/libvirt/libvirt.conf` (or `~/.config/…`) for anyone else.
 */
export function clientConfigPath(inputs: UserDirectoryInputs & InstallDirectories & { readonly uid: number }): string {
  if (inputs.uid === 0) return joinPath(inputs.sysconfDir ?? DEFAULT_SYSCONF_DIR, 'libvirt', 'libvirt.conf');
  return joinPath(userConfigDirectory(inputs), 'libvirt.conf');
}
