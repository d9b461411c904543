import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ServerHostKeyAlgorithm } from 'ssh2';

/**
 * OpenSSH's known_hosts format, as libssh and libssh2 read it for libvirt's `+libssh` and
 * `+libssh2` transports: `hosts keytype base64key [comment]`, where `hosts` is a comma-separated
 * list of patterns (`*`, `?`, `!negation`, `[host]:port`) or one hashed name `|1|salt|hmac`,
 * optionally after a marker (`@revoked`, `@cert-authority`).
 */
export interface KnownHostsEntry {
  /** 1-based line number, for messages. */
  readonly line: number;
  readonly marker: 'revoked' | 'cert-authority' | undefined;
  /** The hosts field as written. */
  readonly hosts: string;
  readonly keyType: string;
  /** The decoded key blob (the same bytes the server sends). */
  readonly key: Buffer;
}

/** Parses known_hosts text; lines that are blank, comments or malformed are skipped, as OpenSSH does. */
export function parseKnownHosts(text: string): KnownHostsEntry[] {
  const entries: KnownHostsEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const fields = raw.trim().split(/[ \t]+/);
    const first = fields[0] ?? '';
    if (first === '' || first.startsWith('#')) return;
    let marker: KnownHostsEntry['marker'];
    let rest = fields;
    if (first.startsWith('@')) {
      if (first === '@revoked') marker = 'revoked';
      else if (first === '@cert-authority') marker = 'cert-authority';
      else return;
      rest = fields.slice(1);
    }
    const [hosts, keyType, keyBase64] = rest;
    if (hosts === undefined || keyType === undefined || keyBase64 === undefined) return;
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(keyBase64)) return;
    const key = Buffer.from(keyBase64, 'base64');
    // The blob starts with its own type name; a line whose type and blob disagree is broken.
    if (sshKeyType(key) !== keyType) return;
    entries.push({ line: index + 1, marker, hosts, keyType, key });
  });
  return entries;
}

/** The key type named at the start of an SSH public key blob (`ssh-ed25519`), or `undefined`. */
export function sshKeyType(blob: Uint8Array): string | undefined {
  if (blob.byteLength < 4) return undefined;
  const view = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const length = view.readUInt32BE(0);
  if (length === 0 || length > 64 || 4 + length > view.byteLength) return undefined;
  return view.toString('latin1', 4, 4 + length);
}

/** OpenSSH's fingerprint notation: `SHA256:` and the unpadded base64 digest of the blob. */
export function sshFingerprint(blob: Uint8Array): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** How the name of a host in known_hosts is written: `host` on port 22, else `[host]:port`. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** OpenSSH's `match_pattern`: `*` any run, `?` any one character; compared case-insensitively. */
function matchWildcard(text: string, pattern: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'is').test(text);
}

function matchHashed(name: string, hosts: string): boolean {
  const [, magic, saltBase64, hashBase64] = hosts.split('|');
  if (magic !== '1' || saltBase64 === undefined || hashBase64 === undefined) return false;
  const salt = Buffer.from(saltBase64, 'base64');
  const expected = Buffer.from(hashBase64, 'base64');
  const actual = createHmac('sha1', salt).update(name).digest();
  return expected.byteLength === actual.byteLength && timingSafeEqual(expected, actual);
}

/**
 * Whether a hosts field names `name`: a hashed entry by its HMAC, otherwise as OpenSSH's
 * `match_hostname` does, where any matching negated pattern rules the line out.
 */
export function hostsFieldMatches(hosts: string, name: string): boolean {
  if (hosts.startsWith('|')) return matchHashed(name, hosts);
  const lower = name.toLowerCase();
  let matched = false;
  for (const pattern of hosts.split(',')) {
    const negated = pattern.startsWith('!');
    if (!matchWildcard(lower, negated ? pattern.slice(1) : pattern)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

/** The verdict on a server's host key. */
export type HostKeyVerdict =
  | { readonly status: 'known'; readonly entry: KnownHostsEntry }
  | { readonly status: 'unknown' }
  /** The host is listed, but with other keys: changed, or of another type. */
  | { readonly status: 'changed'; readonly entries: readonly KnownHostsEntry[] }
  | { readonly status: 'revoked'; readonly entry: KnownHostsEntry };

/**
 * Looks a server's key up under each of `names` (the ways the host may be written). A revoked
 * key fails whatever else is listed; a key listed for any of the names is known; a host listed
 * only with other keys has changed (libssh's "changed" and "other type" both fail).
 */
export function checkHostKey(
  entries: readonly KnownHostsEntry[],
  names: readonly string[],
  key: Buffer,
): HostKeyVerdict {
  const forHost = entries.filter(
    (entry) => entry.marker !== 'cert-authority' && names.some((name) => hostsFieldMatches(entry.hosts, name)),
  );
  const revoked = entries.find((entry) => entry.marker === 'revoked' && entry.key.equals(key));
  if (revoked !== undefined) return { status: 'revoked', entry: revoked };
  const plain = forHost.filter((entry) => entry.marker === undefined);
  const known = plain.find((entry) => entry.key.equals(key));
  if (known !== undefined) return { status: 'known', entry: known };
  return plain.length === 0 ? { status: 'unknown' } : { status: 'changed', entries: plain };
}

/** Reads a known_hosts file; a missing file is an empty one. */
export async function readKnownHosts(path: string): Promise<KnownHostsEntry[]> {
  try {
    return parseKnownHosts(await readFile(path, 'utf8'));
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return [];
    throw error;
  }
}

/**
 * Appends `name keytype base64` to a known_hosts file, creating it (mode 0600) and its directory
 * (0700) when missing, as libssh and libssh2 do when they add a key.
 */
export async function appendKnownHost(path: string, name: string, key: Buffer): Promise<void> {
  const keyType = sshKeyType(key);
  if (keyType === undefined) throw new Error('the host key is not an SSH public key blob');
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  let prefix = '';
  try {
    const existing = await readFile(path);
    if (existing.byteLength > 0 && existing[existing.byteLength - 1] !== 0x0a) prefix = '\n';
  } catch (error) {
    if (!isErrorCode(error, 'ENOENT')) throw error;
  }
  await appendFile(path, `${prefix}${name} ${keyType} ${key.toString('base64')}\n`, { mode: 0o600 });
}

function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

/** ssh2's host key algorithm names that serve a known_hosts key type. */
const HOST_KEY_ALGORITHMS: Readonly<Record<string, readonly ServerHostKeyAlgorithm[]>> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  'ssh-dss': ['ssh-dss'],
};

/**
 * Host key algorithms to prefer for a host, from the key types known_hosts lists for it: as
 * OpenSSH and libssh do, so a server with several host keys shows the one we know rather than
 * one that would look changed.
 */
export function preferredHostKeyAlgorithms(
  entries: readonly KnownHostsEntry[],
  names: readonly string[],
): ServerHostKeyAlgorithm[] {
  const algorithms: ServerHostKeyAlgorithm[] = [];
  for (const entry of entries) {
    if (entry.marker !== undefined || !names.some((name) => hostsFieldMatches(entry.hosts, name))) continue;
    for (const algorithm of HOST_KEY_ALGORITHMS[entry.keyType] ?? []) {
      if (!algorithms.includes(algorithm)) algorithms.push(algorithm);
    }
  }
  return algorithms;
}
