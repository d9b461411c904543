import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AuthConfig } from '../../src/auth/auth-conf.js';
import { CredentialSource } from '../../src/auth/credential-source.js';
import type { CredentialRequest } from '../../src/auth/credentials.js';
import { AuthConfigError } from '../../src/auth/errors.js';

/** The example of libvirt's docs/auth.rst, both halves. */
const DOCS_EXAMPLE = `[credentials-test]
authname=fred
password=123456

[credentials-prod]
authname=bar
password=letmein

[credentials-dev]
username=joe
password=hello

[credentials-defgrp]
username=defuser
password=defpw

[auth-libvirt-test1.example.com]
credentials=test

[auth-libvirt-test2.example.com]
credentials=test

[auth-libvirt-demo3.example.com]
credentials=test

[auth-libvirt-prod1.example.com]
credentials=prod

[auth-libvirt-default]
credentials=defgrp

[auth-esx-dev1.example.com]
credentials=dev

[auth-esx-default]
credentials=defgrp
`;

describe('auth.conf lookup (virAuthConfigLookup)', () => {
  const config = AuthConfig.parse(DOCS_EXAMPLE, '/etc/libvirt/auth.conf');

  it.each([
    ['libvirt', 'test1.example.com', 'authname', 'fred'],
    ['libvirt', 'test2.example.com', 'password', '123456'],
    ['libvirt', 'prod1.example.com', 'authname', 'bar'],
    ['libvirt', 'prod1.example.com', 'password', 'letmein'],
    ['libvirt', 'elsewhere.example.com', 'username', 'defuser'],
    ['libvirt', 'elsewhere.example.com', 'authname', undefined],
    ['esx', 'dev1.example.com', 'username', 'joe'],
    ['esx', 'other', 'password', 'defpw'],
    ['ssh', 'dev1.example.com', 'username', undefined],
    ['libvirt', 'test1.example.com', 'realm', undefined],
  ] as const)('%s on %s: %s is %s', (service, host, credential, expected) => {
    expect(config.lookup(service, host, credential)).toBe(expected);
  });

  it('uses localhost when there is no host name (local sockets)', () => {
    const local = AuthConfig.parse('[auth-libvirt-localhost]\ncredentials=l\n[credentials-l]\nauthname=me\n', 'x');
    expect(local.lookup('libvirt', undefined, 'authname')).toBe('me');
  });

  it('reports a mapping without credentials= and one naming a missing group, as libvirt does', () => {
    const noKey = AuthConfig.parse('[auth-libvirt-default]\nother=1\n', '/a.conf');
    expect(() => noKey.lookup('libvirt', 'h', 'password')).toThrow(
      new AuthConfigError("missing item 'credentials' in group 'auth-libvirt-default' in /a.conf", '/a.conf'),
    );
    const dangling = AuthConfig.parse('[auth-libvirt-h]\ncredentials=gone\n', '/b.conf');
    expect(() => dangling.lookup('libvirt', 'h', 'password')).toThrow(/missing group 'credentials-gone'/);
  });
});

describe('auth.conf syntax (GLib key file)', () => {
  it('skips comments and blank lines, trims line starts and blanks around =, keeps trailing blanks of values', () => {
    const config = AuthConfig.parse(
      '# top comment\n\n   [credentials-x]\r\n  authname   =   fred\r\npassword=  two words  \n  # indented comment\n[auth-libvirt-default]\ncredentials=x\n',
      'x',
    );
    expect(config.lookup('libvirt', 'any', 'authname')).toBe('fred');
    expect(config.lookup('libvirt', 'any', 'password')).toBe('two words  ');
  });

  it('unescapes \\s \\n \\t \\r \\\\ and drops values with unknown escapes, as g_key_file_get_string does', () => {
    const config = AuthConfig.parse(
      '[credentials-x]\npassword=\\sa\\tb\\nc\\rd\\\\e\nauthname=bad\\q\n[auth-libvirt-default]\ncredentials=x\n',
      'x',
    );
    expect(config.lookup('libvirt', 'h', 'password')).toBe(' a\tb\nc\rd\\e');
    expect(config.lookup('libvirt', 'h', 'authname')).toBeUndefined();
  });

  it('merges repeated groups and lets the last value of a key win', () => {
    const config = AuthConfig.parse(
      '[credentials-x]\npassword=one\n[auth-libvirt-default]\ncredentials=x\n[credentials-x]\npassword=two\nauthname=me\n',
      'x',
    );
    expect(config.lookup('libvirt', 'h', 'password')).toBe('two');
    expect(config.lookup('libvirt', 'h', 'authname')).toBe('me');
  });

  it.each([
    ['a key before any group', 'password=x\n[credentials-x]\n', /does not start with a group \(line 1\)/, 1],
    ['a line that is neither', '[credentials-x]\njust words\n', /line 2 is not a key-value pair/, 2],
    ['an empty key', '[credentials-x]\n = value\n', /empty key name .* line 2/, 2],
    ['an empty group name', '[]\n', /invalid group name/, 1],
  ])('refuses %s, naming the line', (_what, textValue, message, line) => {
    const error = (() => {
      try {
        AuthConfig.parse(textValue, '/x/auth.conf');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AuthConfigError);
    expect((error as AuthConfigError).message).toMatch(message);
    expect((error as AuthConfigError).line).toBe(line);
    expect((error as AuthConfigError).path).toBe('/x/auth.conf');
  });

  it('fails to load a file that does not exist, naming it', async () => {
    await expect(AuthConfig.load('/nonexistent/auth.conf')).rejects.toThrow(
      /cannot read the auth.conf \/nonexistent\/auth.conf/,
    );
  });
});

describe('CredentialSource: fixed values, then the callback, then auth.conf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auth-conf-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const file = join(dir, 'auth.conf');
  writeFileSync(
    file,
    '[credentials-k]\nauthname=from-file\npassword=file-pw\nusername=ssh-user\n[auth-libvirt-kvm1]\ncredentials=k\n[auth-ssh-kvm1]\ncredentials=k\n',
  );

  it('prefers fixed values without asking the callback or reading the file', async () => {
    const callback = vi.fn(() => 'from-callback');
    const source = new CredentialSource({
      credentials: { username: 'fixed', password: 'fixed-pw', callback },
      authConfigPath: '/nonexistent/auth.conf',
      service: 'libvirt',
      hostname: 'kvm1',
    });
    expect(await source.request('username', 'name?')).toBe('fixed');
    expect(await source.request('password', 'pw?', 'fixed')).toBe('fixed-pw');
    expect(callback).not.toHaveBeenCalled();
  });

  it('asks the callback with the request details, and falls back to auth.conf when it has no answer', async () => {
    const requests: CredentialRequest[] = [];
    const source = new CredentialSource({
      credentials: {
        callback: (request) => {
          requests.push(request);
          return request.kind === 'username' ? 'from-callback' : undefined;
        },
      },
      authConfigPath: file,
      service: 'libvirt',
      hostname: 'kvm1',
    });
    expect(await source.request('username', 'Authentication name')).toBe('from-callback');
    expect(await source.request('password', 'Password', 'from-callback')).toBe('file-pw');
    expect(requests).toEqual([
      { kind: 'username', prompt: 'Authentication name', service: 'libvirt', hostname: 'kvm1' },
      { kind: 'password', prompt: 'Password', service: 'libvirt', hostname: 'kvm1', username: 'from-callback' },
    ]);
  });

  it('reads authname for libvirt and username for ssh from auth.conf', async () => {
    const make = (service: 'libvirt' | 'ssh') =>
      new CredentialSource({ credentials: undefined, authConfigPath: file, service, hostname: 'kvm1' });
    expect(await make('libvirt').request('username', 'x')).toBe('from-file');
    expect(await make('ssh').request('username', 'x')).toBe('ssh-user');
    expect(await make('ssh').request('passphrase', 'x')).toBeUndefined();
  });

  it('answers undefined when nothing knows, and surfaces an unreadable auth.conf', async () => {
    const none = new CredentialSource({
      credentials: {},
      authConfigPath: undefined,
      service: 'libvirt',
      hostname: 'h',
    });
    expect(none.hasAnySource).toBe(false);
    expect(await none.request('password', 'x')).toBeUndefined();
    const broken = new CredentialSource({
      credentials: undefined,
      authConfigPath: join(dir, 'missing.conf'),
      service: 'libvirt',
      hostname: 'h',
    });
    expect(broken.hasAnySource).toBe(true);
    await expect(broken.request('password', 'x')).rejects.toBeInstanceOf(AuthConfigError);
  });
});
