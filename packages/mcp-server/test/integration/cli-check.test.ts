/**
 * `libvirt-mcp-server check` against the real libvirtd: the report and the exit code, in process
 * and as the actual program (main.ts run by Node through tsx).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { LibvirtdEnv } from '../../../client/test/integration/global-setup.js';
import { runCli } from '../../src/cli/run-cli.js';

const libvirtd: LibvirtdEnv = inject('libvirtd');
const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
const main = resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');
const liveUri = `test+unix:///default?socket=${libvirtd.socket}`;
const readOnlySocketUri = `test+unix:///default?socket=${libvirtd.readOnlySocket}`;
const deadUri = `test+unix:///default?socket=${join(libvirtd.stateDir, 'no-such-socket')}`;

async function check(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    cwd: libvirtd.stateDir,
  });
  return { code, stdout, stderr };
}

/** Runs the bin's source as a separate process, as an operator would run the installed bin. */
function runMain(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@libvirt-ts/source', main, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env['PATH'] ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      done({ code, stdout, stderr });
    });
  });
}

describe('check', () => {
  it('reports a reachable host with its hostname and versions, and exits 0', async () => {
    const { code, stdout, stderr } = await check(['--host', `lab=${liveUri}`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        [
          '^lab: ok',
          `  uri:        ${liveUri.replace(/[?+.]/g, '\\$&')}`,
          '  access:     read-write',
          '  hostname:   \\S+',
          '  libvirt:    \\d+\\.\\d+\\.\\d+',
          '  hypervisor: TEST( \\d+\\.\\d+\\.\\d+)?',
          '1 host: 1 reachable\\n$',
        ].join('\\n'),
      ),
    );
  });

  it('exits 1 when one host is unreachable, still reporting the others', async () => {
    const { code, stdout } = await check(['--host', `lab=${liveUri}`, '--host', `gone=${deadUri}`]);
    expect(code).toBe(1);
    expect(stdout).toContain('lab: ok\n');
    expect(stdout).toContain('gone: UNREACHABLE\n');
    expect(stdout).toMatch(/ {2}error: {6}host 'gone' is unavailable: .*ENOENT/);
    expect(stdout).toMatch(/2 hosts: 1 reachable, 1 unreachable\n$/);
  });

  it('honours --read-only: every host is opened read-only', async () => {
    const { code, stdout } = await check([
      '--read-only',
      '--host',
      `rw=${liveUri}`,
      '--host',
      `ro=${readOnlySocketUri}`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('rw: ok\n');
    expect(stdout).toContain('ro: ok\n');
    expect(stdout.match(/ {2}access: {5}read-only\n/g)).toHaveLength(2);
    expect(stdout).not.toContain('read-write');
  });

  it('works as a program: output on stdout, exit status 0 or 1', async () => {
    const ok = await runMain(['check', '--host', `lab=${liveUri}`]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^lab: ok\n/);

    const failed = await runMain(['check', '--host', `lab=${liveUri}`, '--host', `gone=${deadUri}`]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('gone: UNREACHABLE\n');

    const badConfig = await runMain(['check', '--host', 'broken']);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stdout).toBe('');
    expect(badConfig.stderr).toContain("--host: expected NAME=URI, got 'broken'");
  });
});
