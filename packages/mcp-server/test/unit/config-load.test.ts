/** Config sources (file, environment, .env, flags), their precedence, and how bad configs are reported. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliFlags } from '../../src/cli/args.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, type LoadConfigOptions } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';

function workdir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function flags(partial: Partial<CliFlags> = {}): CliFlags {
  return { hosts: [], readOnly: false, ...partial };
}

/** Loads with nothing from the real process: the tests' own environment must not leak in. */
function load(options: LoadConfigOptions = {}) {
  return loadConfig({ env: {}, cwd: workdir(), ...options }).config;
}

function problems(options: LoadConfigOptions): string[] {
  try {
    loadConfig({ env: {}, cwd: workdir(), ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error('expected a ConfigError');
}

describe('defaults', () => {
  it('with no source at all, serves one host `default` at qemu:///system with the schema defaults', () => {
    const config = load();
    expect(config).toEqual(configSchema.parse({ hosts: [{ name: 'default', uri: 'qemu:///system' }] }));
    expect(config.security.read_only).toBe(false);
    expect(config.security.confirm_destructive).toBe(true);
    expect(config.transport).toBe('stdio');
    expect(config.http.host).toBe('127.0.0.1');
  });

  it('takes the default host URI from --libvirt-uri, else LIBVIRT_MCP_URI, else LIBVIRT_DEFAULT_URI', () => {
    const env = { LIBVIRT_DEFAULT_URI: 'test:///default', LIBVIRT_MCP_URI: 'qemu:///session' };
    expect(load({ env: { LIBVIRT_DEFAULT_URI: 'test:///default' } }).hosts).toMatchObject([
      { name: 'default', uri: 'test:///default' },
    ]);
    expect(load({ env }).hosts).toMatchObject([{ name: 'default', uri: 'qemu:///session' }]);
    expect(load({ env, flags: flags({ libvirtUri: 'lxc:///' }) }).hosts).toMatchObject([
      { name: 'default', uri: 'lxc:///' },
    ]);
  });

  it('treats an empty host list in the file as no hosts', () => {
    const dir = workdir({ 'c.yaml': 'hosts: []\n' });
    expect(
      load({ flags: flags({ config: join(dir, 'c.yaml') }), env: { LIBVIRT_MCP_URI: 'test:///default' } }).hosts,
    ).toMatchObject([{ name: 'default', uri: 'test:///default' }]);
  });

  it('treats a key with nothing after it (every line below commented out) as unset', () => {
    const dir = workdir({ 'c.yaml': 'hosts:\n#  - name: x\naudit:\n  # file: a.log\nhttp:\n  tls:\n' });
    const config = load({ flags: flags({ config: join(dir, 'c.yaml') }) });
    expect(config.hosts.map((h) => h.name)).toEqual(['default']);
    expect(config.audit).toEqual({});
    expect(config.http.tls).toBeUndefined();
  });

  it('treats empty environment variables as unset', () => {
    expect(load({ env: { LIBVIRT_MCP_LOG_LEVEL: '', LIBVIRT_MCP_URI: '' } }).hosts[0]?.uri).toBe('qemu:///system');
  });
});

describe('precedence: file < environment < flags', () => {
  const file = `
transport: http
toolsets: [host, domain, network]
http:
  host: 127.0.0.1
  port: 1000
logging:
  level: warn
security:
  read_only: false
  confirm_fallback: allow
hosts:
  - name: lab1
    uri: test:///default
`;

  it('uses the file alone', () => {
    const dir = workdir({ 'config.yaml': file });
    const config = load({ flags: flags({ config: join(dir, 'config.yaml') }) });
    expect(config.transport).toBe('http');
    expect(config.http.port).toBe(1000);
    expect(config.logging.level).toBe('warn');
    expect(config.toolsets).toEqual(['host', 'domain', 'network']);
    expect(config.security.confirm_fallback).toBe('allow');
  });

  it('lets the environment override the file, and flags override both', () => {
    const dir = workdir({ 'config.yaml': file });
    const env = {
      LIBVIRT_MCP_HTTP_PORT: '2000',
      LIBVIRT_MCP_LOG_LEVEL: 'debug',
      LIBVIRT_MCP_TOOLSETS: 'host, domain',
      LIBVIRT_MCP_CONFIRM_FALLBACK: 'deny',
    };
    const fromEnv = load({ env, flags: flags({ config: join(dir, 'config.yaml') }) });
    expect(fromEnv.http.port).toBe(2000);
    expect(fromEnv.logging.level).toBe('debug');
    // A list from a higher source replaces the lower one's.
    expect(fromEnv.toolsets).toEqual(['host', 'domain']);
    expect(fromEnv.security.confirm_fallback).toBe('deny');

    const fromFlags = load({
      env,
      flags: flags({ config: join(dir, 'config.yaml'), httpPort: '3000', logLevel: 'error', toolsets: 'storage' }),
    });
    expect(fromFlags.http.port).toBe(3000);
    expect(fromFlags.logging.level).toBe('error');
    expect(fromFlags.toolsets).toEqual(['storage']);
    expect(fromFlags.transport).toBe('http');
  });

  it('finds the file through LIBVIRT_MCP_CONFIG, and --config wins over it', () => {
    const dir = workdir({ 'a.yaml': 'logging: { level: warn }\n', 'b.yaml': 'logging: { level: error }\n' });
    expect(load({ env: { LIBVIRT_MCP_CONFIG: join(dir, 'a.yaml') } }).logging.level).toBe('warn');
    expect(
      load({ env: { LIBVIRT_MCP_CONFIG: join(dir, 'a.yaml') }, flags: flags({ config: join(dir, 'b.yaml') }) }).logging
        .level,
    ).toBe('error');
  });

  it('resolves a relative --config against the working directory', () => {
    const dir = workdir({ 'conf/x.yaml': 'logging: { level: trace }\n' });
    expect(load({ cwd: dir, flags: flags({ config: 'conf/x.yaml' }) }).logging.level).toBe('trace');
  });

  it('maps every documented variable to its key', () => {
    const config = load({
      env: {
        LIBVIRT_MCP_TRANSPORT: 'http',
        LIBVIRT_MCP_READ_ONLY: 'yes',
        LIBVIRT_MCP_DISABLE_DESTRUCTIVE: 'true',
        LIBVIRT_MCP_CONFIRM_DESTRUCTIVE: '0',
        LIBVIRT_MCP_ALLOWED_OPERATIONS: 'domain.*,host.info',
        LIBVIRT_MCP_DENIED_OPERATIONS: 'domain.destroy',
        LIBVIRT_MCP_HTTP_HOST: '0.0.0.0',
        LIBVIRT_MCP_TOKEN: 'a-token-of-sixteen-chars',
        LIBVIRT_MCP_TOKEN_FILE: '/run/secrets/token',
        LIBVIRT_MCP_HTTP_ALLOWED_HOSTS: 'mcp.example.com',
        LIBVIRT_MCP_HTTP_ALLOWED_ORIGINS: 'https://app.example.com',
        LIBVIRT_MCP_TLS_CERT: '/etc/tls/cert.pem',
        LIBVIRT_MCP_TLS_KEY: '/etc/tls/key.pem',
        LIBVIRT_MCP_LOG_FILE: '/var/log/mcp.log',
        LIBVIRT_MCP_AUDIT_FILE: '/var/log/audit.log',
        LIBVIRT_MCP_CONNECT_TIMEOUT_MS: '2500',
        LIBVIRT_MCP_HOSTS: 'a=test:///default  b=qemu:///system',
      },
    });
    expect(config.transport).toBe('http');
    expect(config.security).toMatchObject({
      read_only: true,
      disable_destructive: true,
      confirm_destructive: false,
      allowed_operations: ['domain.*', 'host.info'],
      denied_operations: ['domain.destroy'],
    });
    expect(config.http).toMatchObject({
      host: '0.0.0.0',
      token: 'a-token-of-sixteen-chars',
      token_file: '/run/secrets/token',
      allowed_hosts: ['mcp.example.com'],
      allowed_origins: ['https://app.example.com'],
      tls: { cert: '/etc/tls/cert.pem', key: '/etc/tls/key.pem' },
    });
    expect(config.logging.file).toBe('/var/log/mcp.log');
    expect(config.audit.file).toBe('/var/log/audit.log');
    expect(config.connections.connect_timeout_ms).toBe(2500);
    expect(config.hosts.map((h) => [h.name, h.uri])).toEqual([
      ['a', 'test:///default'],
      ['b', 'qemu:///system'],
    ]);
  });

  it('lets --read-only tighten a file that says read_only: false', () => {
    const dir = workdir({ 'c.yaml': 'security: { read_only: false }\n' });
    expect(load({ flags: flags({ config: join(dir, 'c.yaml'), readOnly: true }) }).security.read_only).toBe(true);
  });

  it('maps every flag to its key', () => {
    const config = load({
      flags: flags({
        transport: 'http',
        httpHost: '::1',
        httpPort: '0',
        logLevel: 'silent',
        logFile: '/tmp/x.log',
        auditFile: '/tmp/audit.log',
        toolsets: 'host',
        readOnly: true,
      }),
    });
    expect(config).toMatchObject({
      transport: 'http',
      http: { host: '::1', port: 0 },
      logging: { level: 'silent', file: '/tmp/x.log' },
      audit: { file: '/tmp/audit.log' },
      toolsets: ['host'],
      security: { read_only: true },
    });
  });
});

describe('.env in the working directory', () => {
  it('supplies variables the environment lacks; the real environment wins', () => {
    const cwd = workdir({
      '.env': '# comment\nLIBVIRT_MCP_LOG_LEVEL=debug\nLIBVIRT_MCP_HTTP_PORT="4000"\nUNRELATED=1\n',
    });
    const config = loadConfig({ cwd, env: { LIBVIRT_MCP_HTTP_PORT: '5000' } });
    expect(config.dotenv).toBe(true);
    expect(config.config.logging.level).toBe('debug');
    expect(config.config.http.port).toBe(5000);
  });

  it('may name the config file and the default URI', () => {
    const cwd = workdir({
      'conf.yaml': 'logging: { level: warn }\n',
      '.env': 'LIBVIRT_MCP_CONFIG=conf.yaml\nLIBVIRT_DEFAULT_URI=test:///default\n',
    });
    const { config } = loadConfig({ cwd, env: {} });
    expect(config.logging.level).toBe('warn');
    expect(config.hosts[0]?.uri).toBe('test:///default');
  });

  it('loses to flags', () => {
    const cwd = workdir({ '.env': 'LIBVIRT_MCP_LOG_LEVEL=debug\n' });
    expect(loadConfig({ cwd, env: {}, flags: flags({ logLevel: 'fatal' }) }).config.logging.level).toBe('fatal');
  });

  it('is ignored with dotenv: false, and its absence is fine', () => {
    const cwd = workdir({ '.env': 'LIBVIRT_MCP_LOG_LEVEL=debug\n' });
    expect(loadConfig({ cwd, env: {}, dotenv: false }).config.logging.level).toBe('info');
    expect(loadConfig({ cwd: workdir(), env: {} }).dotenv).toBe(false);
  });
});

describe('hosts from several sources', () => {
  const file = `
hosts:
  - name: lab1
    uri: test:///default
    read_only: true
    domains: { allow: ["web-*"], deny: [] }
  - name: lab2
    uri: qemu:///system
`;

  it('merges --host by name: a known name gets the new URI and keeps its settings; new names are appended', () => {
    const dir = workdir({ 'c.yaml': file });
    const config = load({
      flags: flags({ config: join(dir, 'c.yaml'), hosts: ['lab1=qemu+ssh://kvm1/system', 'lab3=lxc:///'] }),
    });
    expect(config.hosts.map((h) => [h.name, h.uri])).toEqual([
      ['lab1', 'qemu+ssh://kvm1/system'],
      ['lab2', 'qemu:///system'],
      ['lab3', 'lxc:///'],
    ]);
    expect(config.hosts[0]).toMatchObject({ read_only: true, domains: { allow: ['web-*'] } });
  });

  it('merges LIBVIRT_MCP_HOSTS the same way, and --host wins over it for the same name', () => {
    const dir = workdir({ 'c.yaml': file });
    const config = load({
      env: { LIBVIRT_MCP_HOSTS: 'lab2=test:///default lab4=qemu:///session' },
      flags: flags({ config: join(dir, 'c.yaml'), hosts: ['lab4=lxc:///'] }),
    });
    expect(config.hosts.map((h) => [h.name, h.uri])).toEqual([
      ['lab1', 'test:///default'],
      ['lab2', 'test:///default'],
      ['lab4', 'lxc:///'],
    ]);
  });

  it('without hosts in the file, --host hosts are the hosts (no `default`)', () => {
    const config = load({ flags: flags({ hosts: ['a=test:///default', 'b=qemu:///system'] }) });
    expect(config.hosts.map((h) => h.name)).toEqual(['a', 'b']);
  });

  it('refuses --libvirt-uri and LIBVIRT_MCP_URI when hosts are configured, but ignores LIBVIRT_DEFAULT_URI', () => {
    const dir = workdir({ 'c.yaml': file });
    const withFile = { config: join(dir, 'c.yaml') };
    expect(problems({ flags: flags({ ...withFile, libvirtUri: 'test:///default' }) })).toEqual([
      expect.stringMatching(/^--libvirt-uri: only applies when no hosts are configured/),
    ]);
    expect(problems({ env: { LIBVIRT_MCP_URI: 'test:///default' }, flags: flags(withFile) })).toEqual([
      expect.stringMatching(/^LIBVIRT_MCP_URI: only applies when no hosts are configured/),
    ]);
    expect(problems({ flags: flags({ hosts: ['a=test:///default'], libvirtUri: 'test:///default' }) })).toHaveLength(1);
    expect(load({ env: { LIBVIRT_DEFAULT_URI: 'lxc:///' }, flags: flags(withFile) }).hosts[0]?.uri).toBe(
      'test:///default',
    );
  });

  it('reports malformed --host values and bad names with their source', () => {
    expect(
      problems({ flags: flags({ hosts: ['nouri', '=test:///default', 'x=', 'bad name=test:///default'] }) }),
    ).toEqual([
      "--host: expected NAME=URI, got 'nouri'",
      "--host: expected NAME=URI, got '=test:///default'",
      "--host: expected NAME=URI, got 'x='",
      'hosts[0].name (from --host): letters, digits, dot, underscore and dash; at most 63',
    ]);
  });
});

describe('relative paths', () => {
  it('resolves paths in the file against its directory, and paths from flags against the working directory', () => {
    const cwd = workdir({ 'etc/mcp.yaml': 'logging: { file: logs/server.log }\naudit: { file: /abs/audit.log }\n' });
    const config = loadConfig({ cwd, env: {}, flags: flags({ config: 'etc/mcp.yaml' }) }).config;
    expect(config.logging.file).toBe(join(cwd, 'etc', 'logs', 'server.log'));
    expect(config.audit.file).toBe('/abs/audit.log');
    const fromFlag = loadConfig({ cwd, env: {}, flags: flags({ auditFile: 'a.log' }) }).config;
    expect(fromFlag.audit.file).toBe(join(cwd, 'a.log'));
  });
});

describe('a bad configuration lists every problem with its path', () => {
  it('collects schema problems from the whole file in one error', () => {
    const dir = workdir({
      'bad.yaml': `
hosts:
  - name: lab1
    uri: test:///default
  - name: lab2
  - name: lab1
    uri: qemu://system
    readOnly: true
transport: carrier-pigeon
http:
  port: 70000
  token: short
security:
  allowed_storage_paths: [images]
  rate_limits:
    "domain.*": { calls: 0 }
toolsets: [host, nope]
colour: blue
`,
    });
    expect(problems({ flags: flags({ config: join(dir, 'bad.yaml') }) })).toEqual([
      'hosts[1].uri: Required',
      'hosts[2].uri: not a libvirt URI: "system" is read as a host name here; did you mean qemu:///system?',
      'hosts[2].readOnly: unknown key (keys are snake_case: read_only?)',
      'hosts[2].name: duplicate host name (also hosts[0])',
      'toolsets[1]: must be one of "host", "domain", "snapshot", "network", "storage", "nodedev", "secret"',
      'security.allowed_storage_paths[0]: must start with "/"',
      'security.rate_limits["domain.*"].calls: must be at least 1',
      'security.rate_limits["domain.*"].per_seconds: Required',
      'transport: must be one of "stdio", "http"',
      'http.port: must be at most 65535',
      'http.token: must be at least 16 characters long',
      'colour: unknown key',
    ]);
  });

  it('says which variable or flag a bad value came from', () => {
    expect(
      problems({
        env: { LIBVIRT_MCP_HTTP_PORT: 'eighty', LIBVIRT_MCP_READ_ONLY: 'maybe' },
        flags: flags({ logLevel: 'loud' }),
      }),
    ).toEqual([
      'security.read_only (from LIBVIRT_MCP_READ_ONLY): expected a boolean, got a string',
      'http.port (from LIBVIRT_MCP_HTTP_PORT): expected a number, got a string',
      'logging.level (from --log-level): must be one of "fatal", "error", "warn", "info", "debug", "trace", "silent"',
    ]);
  });

  it('refuses unknown LIBVIRT_MCP_* variables, suggesting the likely one', () => {
    expect(problems({ env: { LIBVIRT_MCP_READONLY: '1', LIBVIRT_MCP_COLOUR: 'blue', OTHER_THING: 'x' } })).toEqual([
      'LIBVIRT_MCP_READONLY: unknown environment variable (did you mean LIBVIRT_MCP_READ_ONLY?)',
      'LIBVIRT_MCP_COLOUR: unknown environment variable',
    ]);
  });

  it('never echoes a secret value in a message', () => {
    const found = problems({
      env: { LIBVIRT_MCP_TOKEN: 'tiny' },
      flags: flags({ hosts: ['a=qemu+bogus://root:hunter2@kvm/system'] }),
    });
    expect(found.join('\n')).not.toMatch(/hunter2|tiny/);
    expect(found).toHaveLength(2);
  });

  it('reports a missing or unreadable file by its source', () => {
    expect(problems({ flags: flags({ config: '/nonexistent/mcp.yaml' }) })).toEqual([
      '--config: config file /nonexistent/mcp.yaml does not exist',
    ]);
    expect(problems({ env: { LIBVIRT_MCP_CONFIG: '/nonexistent/mcp.yaml' } })).toEqual([
      'LIBVIRT_MCP_CONFIG: config file /nonexistent/mcp.yaml does not exist',
    ]);
  });

  it('reports YAML syntax errors and duplicate keys with the line', () => {
    const dir = workdir({ 'dup.yaml': 'transport: stdio\ntransport: http\n', 'broken.yaml': 'hosts: [\n' });
    const dup = problems({ flags: flags({ config: join(dir, 'dup.yaml') }) });
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatch(new RegExp(`^${join(dir, 'dup.yaml')}: .*unique.* line 2`));
    expect(problems({ flags: flags({ config: join(dir, 'broken.yaml') }) })[0]).toContain(join(dir, 'broken.yaml'));
  });

  it('requires the file to be a mapping; an empty file is fine', () => {
    const dir = workdir({ 'list.yaml': '- a\n- b\n', 'empty.yaml': '# nothing yet\n' });
    expect(problems({ flags: flags({ config: join(dir, 'list.yaml') }) })).toEqual([
      `${join(dir, 'list.yaml')}: the file must hold a mapping of settings (key: value)`,
    ]);
    expect(load({ flags: flags({ config: join(dir, 'empty.yaml') }) }).hosts[0]?.name).toBe('default');
  });

  it('puts problems from every source in the same error', () => {
    const dir = workdir({ 'c.yaml': 'transport: nope\n' });
    const found = problems({
      env: { LIBVIRT_MCP_TYPO: 'x' },
      flags: flags({ config: join(dir, 'c.yaml'), hosts: ['broken'], httpPort: 'x' }),
    });
    expect(found).toEqual([
      'LIBVIRT_MCP_TYPO: unknown environment variable',
      "--host: expected NAME=URI, got 'broken'",
      'transport: must be one of "stdio", "http"',
      'http.port (from --http-port): expected a number, got a string',
    ]);
  });

  it('formats the error message as one line per problem', () => {
    try {
      load({ flags: flags({ httpPort: 'x', logLevel: 'y' }) });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        [
          'invalid configuration (2 problems):',
          '  http.port (from --http-port): expected a number, got a string',
          '  logging.level (from --log-level): must be one of "fatal", "error", "warn", "info", "debug", "trace", "silent"',
        ].join('\n'),
      );
    }
  });
});
