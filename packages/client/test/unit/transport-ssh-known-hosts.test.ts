/**
 * known_hosts as OpenSSH writes it and libssh/libssh2 read it: patterns, negation, hashed names,
 * `[host]:port`, markers, and the verdicts the `+libssh*` transports act on.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendKnownHost,
  checkHostKey,
  hostsFieldMatches,
  knownHostsName,
  parseKnownHosts,
  preferredHostKeyAlgorithms,
  readKnownHosts,
  sshFingerprint,
  sshKeyType,
} from '../../src/transport/known-hosts.js';
import { generateKeyPair } from '../support/ssh-server.js';

const a = generateKeyPair();
const b = generateKeyPair();
/** `ssh-ed25519 AAAA…` without a comment. */
const keyText = (pair: { public: string }): string => pair.public.split(' ').slice(0, 2).join(' ');

function hashed(name: string): string {
  const salt = randomBytes(20);
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-kh-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('known_hosts names and patterns', () => {
  it('writes port 22 plainly and other ports as [host]:port', () => {
    expect(knownHostsName('kvm1', 22)).toBe('kvm1');
    expect(knownHostsName('kvm1', 2222)).toBe('[kvm1]:2222');
    expect(knownHostsName('::1', 2222)).toBe('[::1]:2222');
  });

  it.each([
    ['kvm1', 'kvm1', true],
    ['KVM1', 'kvm1', true],
    ['kvm1,kvm2', 'kvm2', true],
    ['kvm*', 'kvm42', true],
    ['kvm?', 'kvm42', false],
    ['*.example.org,!bad.example.org', 'bad.example.org', false],
    ['*.example.org,!bad.example.org', 'good.example.org', true],
    ['[kvm1]:2222', '[kvm1]:2222', true],
    ['[kvm1]:2222', 'kvm1', false],
    ['kvm1', '[kvm1]:2222', false],
    ['[kvm*]:2222', '[kvm7]:2222', true],
    ['a.b', 'aXb', false],
  ])('%s matches %s: %s', (hosts, name, expected) => {
    expect(hostsFieldMatches(hosts, name)).toBe(expected);
  });

  it('matches hashed names by their HMAC only', () => {
    const entry = hashed('[127.0.0.1]:2222');
    expect(hostsFieldMatches(entry, '[127.0.0.1]:2222')).toBe(true);
    expect(hostsFieldMatches(entry, '127.0.0.1')).toBe(false);
    expect(hostsFieldMatches('|1|bad|entry', '127.0.0.1')).toBe(false);
  });
});

describe('parseKnownHosts', () => {
  it('reads entries, markers and comments, skipping what OpenSSH would skip', () => {
    const text = [
      '# a comment',
      '',
      `kvm1,kvm1.example.org ${keyText(a)} root@kvm1`,
      `@revoked * ${keyText(b)}`,
      `@cert-authority *.example.org ${keyText(b)}`,
      `@unknown-marker kvm1 ${keyText(b)}`,
      'kvm1 ssh-ed25519 not*base64',
      `kvm1 ssh-rsa ${keyText(a).split(' ')[1] ?? ''}`,
      'only-a-host',
      `   ${hashed('kvm3')} ${keyText(a)}`,
    ].join('\n');
    const entries = parseKnownHosts(text);
    expect(entries.map((e) => [e.line, e.marker, e.keyType])).toEqual([
      [3, undefined, 'ssh-ed25519'],
      [4, 'revoked', 'ssh-ed25519'],
      [5, 'cert-authority', 'ssh-ed25519'],
      [10, undefined, 'ssh-ed25519'],
    ]);
    expect(entries[0]?.key.equals(a.blob)).toBe(true);
  });

  it('names key types and fingerprints as OpenSSH does', () => {
    expect(sshKeyType(a.blob)).toBe('ssh-ed25519');
    expect(sshKeyType(Buffer.from([0, 0]))).toBeUndefined();
    expect(sshFingerprint(a.blob)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });
});

describe('checkHostKey', () => {
  const text = [`[kvm1]:2222 ${keyText(a)}`, `kvm2 ${keyText(b)}`, `${hashed('kvm3')} ${keyText(a)}`].join('\n');
  const entries = parseKnownHosts(text);

  it('knows a listed key, under any of the names', () => {
    expect(checkHostKey(entries, ['[kvm1]:2222'], a.blob)).toMatchObject({ status: 'known', entry: { line: 1 } });
    expect(checkHostKey(entries, ['[kvm3]:22', 'kvm3'], a.blob)).toMatchObject({ status: 'known', entry: { line: 3 } });
  });

  it('calls a host listed only with other keys changed', () => {
    expect(checkHostKey(entries, ['[kvm1]:2222'], b.blob)).toMatchObject({ status: 'changed' });
    expect(checkHostKey(entries, ['kvm2'], a.blob)).toMatchObject({ status: 'changed', entries: [{ line: 2 }] });
  });

  it('calls a host not listed unknown', () => {
    expect(checkHostKey(entries, ['kvm1'], a.blob)).toEqual({ status: 'unknown' });
    expect(checkHostKey([], ['kvm1'], a.blob)).toEqual({ status: 'unknown' });
  });

  it('refuses a revoked key whatever else is listed; ignores certificate authorities', () => {
    const withMarkers = parseKnownHosts(`${text}\n@revoked * ${keyText(a)}\n@cert-authority kvm9 ${keyText(b)}`);
    expect(checkHostKey(withMarkers, ['[kvm1]:2222'], a.blob)).toMatchObject({ status: 'revoked' });
    expect(checkHostKey(withMarkers, ['kvm9'], b.blob)).toEqual({ status: 'unknown' });
  });

  it('prefers the host key algorithms of the listed key types', () => {
    const rsaLine = `kvm4 ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.alloc(8)]).toString('base64')}`;
    const mixed = parseKnownHosts(`${text}\n${rsaLine}\nkvm4 ${keyText(b)}`);
    expect(preferredHostKeyAlgorithms(mixed, ['kvm4'])).toEqual([
      'rsa-sha2-512',
      'rsa-sha2-256',
      'ssh-rsa',
      'ssh-ed25519',
    ]);
    expect(preferredHostKeyAlgorithms(mixed, ['nowhere'])).toEqual([]);
  });
});

describe('known_hosts files', () => {
  it('a missing file reads as empty', async () => {
    expect(await readKnownHosts(join(dir, 'missing'))).toEqual([]);
  });

  it('appends an entry, creating the directories and the file private to the user', async () => {
    const path = join(dir, 'a', 'b', 'known_hosts');
    await appendKnownHost(path, '[kvm1]:2222', a.blob);
    await appendKnownHost(path, 'kvm2', b.blob);
    expect(readFileSync(path, 'utf8')).toBe(`[kvm1]:2222 ${keyText(a)}\nkvm2 ${keyText(b)}\n`);
    const { statSync } = await import('node:fs');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'a', 'b')).mode & 0o777).toBe(0o700);
    const entries = await readKnownHosts(path);
    expect(checkHostKey(entries, ['kvm2'], b.blob).status).toBe('known');
  });

  it('starts a new line when the file does not end with one', async () => {
    const path = join(dir, 'known_hosts');
    writeFileSync(path, `kvm1 ${keyText(a)}`);
    await appendKnownHost(path, 'kvm2', b.blob);
    expect(readFileSync(path, 'utf8')).toBe(`kvm1 ${keyText(a)}\nkvm2 ${keyText(b)}\n`);
  });
});
