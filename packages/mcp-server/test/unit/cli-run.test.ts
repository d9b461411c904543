/** The program as a whole: --help, --version, --print-config, config errors, `check` and exit codes. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkHosts, formatCheck, runCheck } from '../../src/cli/check.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from '../../src/cli/run-cli.js';
import { configSchema } from '../../src/config/schema.js';
import { FakeConnector } from '../support/fake-libvirt-connection.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd: cwd ?? mkdtempSync(join(tmpdir(), 'mcp-cli-')),
  });
  return { code, stdout, stderr };
}

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('runCli', () => {
  it('--help prints usage naming every flag and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    for (const flag of [
      '--config',
      '--transport',
      '--libvirt-uri',
      '--host NAME=URI',
      '--read-only',
      '--toolsets',
      '--http-host',
      '--http-port',
      '--log-level',
      '--log-file',
      '--audit-file',
      '--print-config',
      '--help',
      '--version',
      'check',
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: EXIT_OK, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it('--help wins over a bad configuration', async () => {
    expect((await run(['--help', '--http-port', 'x'])).code).toBe(EXIT_OK);
  });

  it('an unknown flag exits 2 with a pointer to --help', async () => {
    const { code, stdout, stderr } = await run(['--frobnicate']);
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe('');
    expect(stderr).toBe("libvirt-mcp-server: unknown option '--frobnicate'\nTry 'libvirt-mcp-server --help'.\n");
  });

  it('a bad configuration exits 2 listing every problem, before starting anything', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mcp-cli-'));
    writeFileSync(join(cwd, 'c.yaml'), 'hosts:\n  - name: a\n  - name: b\n    uri: 42\nport: 1\n');
    const { code, stdout, stderr } = await run(['--config', 'c.yaml', '--log-level', 'loud'], {}, cwd);
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'libvirt-mcp-server: invalid configuration (4 problems):',
      '  hosts[0].uri: Required',
      '  hosts[1].uri: expected a string, got a number',
      '  logging.level (from --log-level): must be one of "fatal", "error", "warn", "info", "debug", "trace", "silent"',
      '  port: unknown key',
      '',
    ]);
  });

  it('--print-config prints the effective configuration as YAML, secrets redacted', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'mcp-cli-'));
    writeFileSync(join(cwd, 'c.yaml'), 'http:\n  token: file-token-0123456789\n  port: 1000\n');
    writeFileSync(join(cwd, '.env'), 'LIBVIRT_MCP_LOG_LEVEL=debug\n');
    const { code, stdout, stderr } = await run(
      ['--print-config', '--config', 'c.yaml', '--host', 'kvm1=qemu+ssh://root:hunter2@kvm1/system', '--read-only'],
      { LIBVIRT_MCP_HTTP_PORT: '2000', LIBVIRT_MCP_TOKEN: 'env-token-0123456789' },
      cwd,
    );
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/hunter2|token-0123456789/);
    expect(stdout.split('\n')[0]).toBe(
      `# effective configuration (from: ${join(cwd, 'c.yaml')}, .env, environment, flags; secrets redacted)`,
    );
    // Not re-validated: the redacted token is too short, by design, to be used as one.
    const printed = parse(stdout) as ReturnType<typeof configSchema.parse>;
    expect(printed.http).toMatchObject({ token: '[redacted]', port: 2000 });
    expect(printed.hosts).toMatchObject([{ name: 'kvm1', uri: 'qemu+ssh://root:[redacted]@kvm1/system' }]);
    expect(printed.security.read_only).toBe(true);
    expect(printed.logging.level).toBe('debug');
    expect(stdout).not.toContain('&a'); // no YAML anchors for shared defaults
  });

  it('check exits 1 and reports each host when one is unreachable', async () => {
    const { code, stdout } = await run([
      'check',
      '--host',
      'gone=test+unix:///default?socket=/nonexistent/libvirt-sock',
      '--host',
      'refused=test+tcp://127.0.0.1:1/default',
    ]);
    expect(code).toBe(EXIT_FAILURE);
    expect(stdout).toContain(
      'gone: UNREACHABLE\n  uri:        test+unix:///default?socket=/nonexistent/libvirt-sock\n',
    );
    expect(stdout).toMatch(/ {2}error: {6}host 'gone' is unavailable: .*ENOENT/);
    expect(stdout).toMatch(/ {2}error: {6}host 'refused' is unavailable: .*ECONNREFUSED/);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('2 hosts: 0 reachable, 2 unreachable');
  });
});

describe('check', () => {
  const config = configSchema.parse({
    hosts: [
      { name: 'a', uri: 'test:///a' },
      { name: 'b', uri: 'test:///b', read_only: true },
      { name: 'dead', uri: 'qemu+ssh://root:pw@dead/system' },
    ],
  });
  const logger = pino({ level: 'silent' });

  it('connects to every host at once and reports versions, or the error', async () => {
    const connector = new FakeConnector();
    connector.behaviour.set('qemu+ssh://root:pw@dead/system', 'manual');
    const checking = checkHosts(config, { logger, connect: connector.connect });
    await new Promise((resolve) => setImmediate(resolve));
    // All three attempts started before any finished.
    expect(connector.calls.map((c) => c.uri)).toEqual(['test:///a', 'test:///b', 'qemu+ssh://root:pw@dead/system']);
    connector.calls[2]!.fail(new Error('ssh: connect to host dead port 22: No route to host'));
    const results = await checking;
    expect(results).toEqual([
      {
        name: 'a',
        uri: 'test:///a',
        readOnly: false,
        reachable: true,
        hostname: 'fake-host',
        libvirtVersion: '11.3.0',
        hypervisor: 'TEST 2.0.0',
      },
      {
        name: 'b',
        uri: 'test:///b',
        readOnly: true,
        reachable: true,
        hostname: 'fake-host',
        libvirtVersion: '11.3.0',
        hypervisor: 'TEST 2.0.0',
      },
      {
        name: 'dead',
        uri: 'qemu+ssh://root:[redacted]@dead/system',
        readOnly: false,
        reachable: false,
        error: "host 'dead' is unavailable: ssh: connect to host dead port 22: No route to host",
      },
    ]);
    // Nothing stays open.
    expect(connector.connections.every((c) => c.closed)).toBe(true);
    expect(formatCheck(results)).toBe(
      [
        'a: ok',
        '  uri:        test:///a',
        '  access:     read-write',
        '  hostname:   fake-host',
        '  libvirt:    11.3.0',
        '  hypervisor: TEST 2.0.0',
        'b: ok',
        '  uri:        test:///b',
        '  access:     read-only',
        '  hostname:   fake-host',
        '  libvirt:    11.3.0',
        '  hypervisor: TEST 2.0.0',
        'dead: UNREACHABLE',
        '  uri:        qemu+ssh://root:[redacted]@dead/system',
        '  access:     read-write',
        "  error:      host 'dead' is unavailable: ssh: connect to host dead port 22: No route to host",
        '3 hosts: 2 reachable, 1 unreachable',
        '',
      ].join('\n'),
    );
  });

  it('opens every connection read-only under security.read_only', async () => {
    const connector = new FakeConnector();
    const readOnly = configSchema.parse({ ...config, hosts: config.hosts.slice(0, 2), security: { read_only: true } });
    const results = await checkHosts(readOnly, { logger, connect: connector.connect });
    expect(connector.calls.map((c) => c.options.readOnly)).toEqual([true, true]);
    expect(results.map((r) => r.readOnly)).toEqual([true, true]);
  });

  it('exits 0 only when every host is reachable', async () => {
    const connector = new FakeConnector();
    let out = '';
    const write = (text: string): void => {
      out += text;
    };
    const healthy = configSchema.parse({ hosts: config.hosts.slice(0, 2) });
    expect(await runCheck(healthy, { logger, connect: connector.connect, write })).toBe(0);
    expect(out).toMatch(/2 hosts: 2 reachable\n$/);
    connector.behaviour.set('qemu+ssh://root:pw@dead/system', 'fail');
    expect(await runCheck(config, { logger, connect: connector.connect, write })).toBe(1);
  });
});
