/**
 * The logger never writes to stdout, which belongs to the stdio transport: checked in a child
 * process, so that every write path (pino, sonic-boom, fs.writeSync) is covered, not only
 * process.stdout.write.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
const fixture = resolve(import.meta.dirname, '..', 'support', 'log-fixture.ts');

function runFixture(logging: object): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@libvirt-ts/source', fixture, JSON.stringify(logging)],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('createLogger', () => {
  it('writes JSON lines to stderr and nothing to stdout', () => {
    const { stdout, stderr, status } = runFixture({ level: 'info' });
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const lines = jsonLines(stderr);
    expect(lines.map((l) => l['msg'])).toEqual(['hello', 'child line', 'failed']);
    expect(lines[1]).toMatchObject({ host: 'lab1', level: 40, name: 'libvirt-mcp-server' });
    expect(lines[0]?.['token']).toBe('[redacted]');
    expect(stderr).not.toContain('secret-token-value');
  });

  it('honours the level', () => {
    expect(jsonLines(runFixture({ level: 'debug' }).stderr).map((l) => l['msg'])).toContain('debug line');
    expect(jsonLines(runFixture({ level: 'error' }).stderr).map((l) => l['msg'])).toEqual(['failed']);
    const silent = runFixture({ level: 'silent' });
    expect(silent.stdout + silent.stderr).toBe('');
  });

  it('writes to logging.file instead of stderr when set, creating its directory', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mcp-log-')), 'logs', 'server.log');
    const { stdout, stderr, status } = runFixture({ level: 'info', file });
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('');
    expect(jsonLines(readFileSync(file, 'utf8')).map((l) => l['msg'])).toEqual(['hello', 'child line', 'failed']);
    // Appends: a restart keeps the earlier lines.
    runFixture({ level: 'info', file });
    expect(jsonLines(readFileSync(file, 'utf8'))).toHaveLength(6);
  });

  it('takes an injected destination', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    createLogger({ level: 'warn' }, { destination }).warn({ authorization: 'Bearer x' }, 'w');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'w', authorization: '[redacted]' });
  });
});
