/**
 * `+ext` against the real test daemon: the command (here a script running `nc -U` on the
 * daemon's socket, as a user's wrapper would) carries the connection; read-only goes to the
 * read-only socket; a failing command surfaces its stderr.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../src/connect.js';
import { ConnectError, LibvirtError } from '../../src/errors.js';
import { ChildProcessExitError } from '../../src/transport/child-process.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
const libvirtd = inject('libvirtd');
let dir: string;

beforeAll(() => {
  // netcat-openbsd comes with the ssh test tools.
  execFileSync('bash', [join(repoRoot, 'scripts', 'sshd', 'install.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-ext-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function script(body: string): string {
  const path = join(dir, `cmd-${randomUUID()}`);
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return path;
}

function pidsRunning(path: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('+ext', () => {
  it('reaches the daemon through a command running nc -U, and stops it on close', async () => {
    const command = script(`exec nc -U '${libvirtd.socket}'`);
    const connection = await connect(`test+ext:///default?command=${command}`, { env: process.env, config: {} });
    try {
      expect(connection.transport).toBe(`ext:${command}`);
      const names = (await connection.domains.list()).map((d) => d.name);
      expect(names).toContain('test');
    } finally {
      await connection.close();
    }
    for (let i = 0; i < 100 && pidsRunning(command).length > 0; i++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(pidsRunning(command)).toEqual([]);
  });

  it('read-only, through the read-only socket', async () => {
    const command = script(`exec nc -U '${libvirtd.readOnlySocket}'`);
    const connection = await connect(`test+ext:///default?command=${command}`, {
      env: process.env,
      config: {},
      readOnly: true,
    });
    try {
      expect(connection.readOnly).toBe(true);
      const error = await connection.domains
        .define(`<domain type='test'><name>ext-ro</name><memory>65536</memory><os><type>hvm</type></os></domain>`)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LibvirtError);
    } finally {
      await connection.close();
    }
  });

  it('a command that fails surfaces its status and stderr', async () => {
    const command = script(`exec nc -U '${join(dir, 'no-such-socket')}'`);
    const error = await connect(`test+ext:///default?command=${command}`, { env: process.env, config: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    let exit: unknown = error;
    while (exit instanceof Error && !(exit instanceof ChildProcessExitError)) exit = exit.cause;
    expect(exit).toBeInstanceOf(ChildProcessExitError);
    expect((exit as ChildProcessExitError).exitCode).toBe(1);
    expect((error as Error).message).toContain('no-such-socket');
  });
});
