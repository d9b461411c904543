import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import type { HttpConfig } from '../config/schema.js';

/** The HTTP transport cannot start as configured (no token for a public bind, unreadable files). */
export class HttpConfigError extends Error {
  override readonly name = 'HttpConfigError';
}

const MIN_TOKEN_LENGTH = 16;

/**
 * The bearer token: `http.token`, else the contents of `http.token_file`, else
 * `LIBVIRT_MCP_TOKEN`. Undefined when none is set.
 */
export function resolveToken(http: HttpConfig, env: NodeJS.ProcessEnv = process.env): string | undefined {
  let token = http.token;
  if (token === undefined && http.token_file !== undefined) {
    try {
      token = readFileSync(http.token_file, 'utf8').trim();
    } catch (error) {
      throw new HttpConfigError('cannot read http.token_file', { cause: error });
    }
  }
  token ??= env['LIBVIRT_MCP_TOKEN']?.trim();
  if (token === undefined || token === '') return undefined;
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new HttpConfigError(`the HTTP bearer token must be at least ${MIN_TOKEN_LENGTH} characters`);
  }
  return token;
}

/** Loopback addresses and names: a listener on these is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare.startsWith('::ffff:127.');
}

/** Whether the bind address listens on every interface. */
export function isWildcard(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === '0.0.0.0' || bare === '::' || bare === '';
}

/**
 * Host header names accepted (against DNS rebinding: a browser tricked into resolving an
 * attacker's name to us still sends the attacker's name). Localhost names, the bind address,
 * every local interface address when bound to all of them, and `http.allowed_hosts`.
 */
export function allowedHostnames(http: HttpConfig): string[] {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  const add = (name: string): void => {
    names.add(isIP(name) === 6 ? `[${name}]` : name.toLowerCase());
  };
  if (isWildcard(http.host)) {
    add(hostname());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) add(address.address);
    }
  } else {
    add(http.host.replace(/^\[|\]$/g, ''));
  }
  for (const name of http.allowed_hosts) add(name.replace(/^\[|\]$/g, ''));
  return [...names];
}

/** Origin hostnames accepted: localhost ones and `http.allowed_origins` (full origins or hostnames). */
export function allowedOriginHostnames(http: HttpConfig): string[] {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  for (const origin of http.allowed_origins) {
    if (origin.includes('://')) {
      try {
        names.add(new URL(origin).hostname);
        continue;
      } catch {
        // not a URL: take it as a hostname
      }
    }
    names.add(origin.toLowerCase());
  }
  return [...names];
}

/**
 * Compares `Authorization: Bearer …` with the token in constant time. Both sides are hashed
 * first, so neither the comparison time nor an early length mismatch says anything about the
 * token.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  if (header === undefined) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const presented = match?.[1];
  if (presented === undefined) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}
