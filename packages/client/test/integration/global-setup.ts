/**
 * Starts one private libvirtd for the integration project (scripts/libvirtd/start.sh installs
 * it first when it is missing) and stops it afterwards. There is no skipping: when the daemon
 * cannot start, the whole project fails with the daemon's own log.
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

export default function setup(project: TestProject): () => void {
  run('install.sh', []);
  const stateDir = /^LIBVIRT_TS_STATE_DIR=(.*)$/m.exec(run('start.sh', []))?.[1];
  if (stateDir === undefined) throw new Error('scripts/libvirtd/start.sh did not report its state directory');
  const env = JSON.parse(readFileSync(join(stateDir, 'env.json'), 'utf8')) as Record<string, string>;
  const read = (key: string): string => {
    const value = env[key];
    if (value === undefined) throw new Error(`${stateDir}/env.json lacks ${key}`);
    return value;
  };
  project.provide('libvirtd', {
    stateDir,
    socket: read('LIBVIRT_TS_SOCK'),
    readOnlySocket: read('LIBVIRT_TS_SOCK_RO'),
    tcpPort: Number(read('LIBVIRT_TS_TCP_PORT')),
  });
  return () => {
    run('stop.sh', [stateDir]);
  };
}
