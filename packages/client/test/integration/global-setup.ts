/**
 * Starts one private libvirtd for the projects that need one (integration, e2e;
 * scripts/libvirtd/start.sh installs it first when it is missing) and stops it after the last of
 * them. There is no skipping: when the daemon cannot start, the projects fail with the daemon's
 * own log.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');

export interface LibvirtdEnv {
  readonly stateDir: string;
  readonly socket: string;
  readonly readOnlySocket: string;
  readonly tcpPort: number;
  /** The privileged daemon's TLS listener (auth none), with the certificates under `pkiDir`. */
  readonly tlsPort: number;
  /**
   * scripts/libvirtd/pki.sh's output. `pkipath=` directories: `client` (the daemon's CA and a
   * client certificate from it), `other-client` (an unrelated CA and a client certificate from
   * it), `other-ca-trust` (the unrelated CA with the good client certificate), `client-crl`
   * (`client` plus the CA's revocation list).
   */
  readonly pkiDir: string;
  /** A session-mode daemon (user libvirt-ts) whose every listener wants SASL (SCRAM-SHA-256/1). */
  readonly sasl: SaslDaemonEnv;
}

export interface SaslDaemonEnv {
  /** Unix socket with auth_unix_rw = sasl. */
  readonly socket: string;
  /** TLS listener with auth_tls = sasl (same PKI as the privileged daemon). */
  readonly tlsPort: number;
  /** Plain TCP listener with auth_tcp = sasl: SCRAM is refused there. */
  readonly tcpPort: number;
  readonly username: string;
  readonly password: string;
  /** A user whose password SASLprep would change (non-ASCII). */
  readonly utf8Username: string;
  readonly utf8Password: string;
  /** An auth.conf giving `username`'s credentials under [auth-libvirt-default]. */
  readonly authFile: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    libvirtd: LibvirtdEnv;
  }
}

function run(script: string, args: string[]): string {
  try {
    return execFileSync('bash', [join(repoRoot, 'scripts', 'libvirtd', script), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 600_000,
    });
  } catch (error) {
    throw new Error(`scripts/libvirtd/${script} failed: integration tests need a real libvirtd`, { cause: error });
  }
}

/**
 * Only one privileged libvirtd can run on a machine (start.sh stops any other), so every project
 * listing this setup shares one daemon. Global setups run in vitest's main process, where
 * `globalThis` is common to all projects: the first setup starts the daemon, the last teardown
 * stops it.
 */
interface SharedDaemon {
  env: LibvirtdEnv;
  users: number;
}
const sharedKey = Symbol.for('libvirt-ts.integration.libvirtd');
type SharedGlobal = typeof globalThis & { [sharedKey]?: SharedDaemon };

export default function setup(project: TestProject): () => void {
  const shared = globalThis as SharedGlobal;
  let daemon = shared[sharedKey];
  if (daemon === undefined) {
    daemon = { env: startDaemon(), users: 0 };
    shared[sharedKey] = daemon;
  }
  daemon.users++;
  project.provide('libvirtd', daemon.env);
  return () => {
    const current = shared[sharedKey];
    if (current === undefined || --current.users > 0) return;
    shared[sharedKey] = undefined;
    run('stop.sh', [current.env.stateDir]);
  };
}

function startDaemon(): LibvirtdEnv {
  run('install.sh', []);
  const stateDir = /^LIBVIRT_TS_STATE_DIR=(.*)$/m.exec(run('start.sh', []))?.[1];
  if (stateDir === undefined) throw new Error('scripts/libvirtd/start.sh did not report its state directory');
  const env = JSON.parse(readFileSync(join(stateDir, 'env.json'), 'utf8')) as Record<string, string>;
  const read = (key: string): string => {
    const value = env[key];
    if (value === undefined) throw new Error(`${stateDir}/env.json lacks ${key}`);
    return value;
  };
  return {
    stateDir,
    socket: read('LIBVIRT_TS_SOCK'),
    readOnlySocket: read('LIBVIRT_TS_SOCK_RO'),
    tcpPort: Number(read('LIBVIRT_TS_TCP_PORT')),
    tlsPort: Number(read('LIBVIRT_TS_TLS_PORT')),
    pkiDir: read('LIBVIRT_TS_PKI_DIR'),
    sasl: {
      socket: read('LIBVIRT_TS_SASL_SOCK'),
      tlsPort: Number(read('LIBVIRT_TS_SASL_TLS_PORT')),
      tcpPort: Number(read('LIBVIRT_TS_SASL_TCP_PORT')),
      username: read('LIBVIRT_TS_SASL_USER'),
      password: read('LIBVIRT_TS_SASL_PASSWORD'),
      utf8Username: read('LIBVIRT_TS_SASL_UTF8_USER'),
      utf8Password: read('LIBVIRT_TS_SASL_UTF8_PASSWORD'),
      authFile: read('LIBVIRT_TS_SASL_AUTH_FILE'),
    },
  };
}
