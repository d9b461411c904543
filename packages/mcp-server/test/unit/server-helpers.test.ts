import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpSchema } from '../../src/config/schema.js';
import { canonicalJson, supportsFormElicitation } from '../../src/server/confirm.js';
import {
  allowedHostnames,
  allowedOriginHostnames,
  bearerMatches,
  HttpConfigError,
  isLoopback,
  resolveToken,
} from '../../src/server/http-guard.js';
import { InFlightCalls } from '../../src/server/in-flight.js';
import {
  isSecretKey,
  redactArguments,
  redactCredentials,
  redactLocalPaths,
  redactXml,
} from '../../src/server/redact.js';

describe('bearer token', () => {
  const token = 'correct-horse-battery-staple';

  it('accepts exactly the configured token', () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token.slice(1)}`, token)).toBe(false);
    expect(bearerMatches(`Basic ${token}`, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(undefined, token)).toBe(false);
  });

  it('comes from http.token, else the token file, else LIBVIRT_MCP_TOKEN', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-token-'));
    const file = join(dir, 'token');
    writeFileSync(file, 'from-the-token-file-0123\n');
    const env = { LIBVIRT_MCP_TOKEN: 'from-the-environment-0123' };
    expect(resolveToken(httpSchema.parse({ token: 'from-the-config-0123456' }), env)).toBe('from-the-config-0123456');
    expect(resolveToken(httpSchema.parse({ token_file: file }), env)).toBe('from-the-token-file-0123');
    expect(resolveToken(httpSchema.parse({}), env)).toBe('from-the-environment-0123');
    expect(resolveToken(httpSchema.parse({}), {})).toBeUndefined();
    expect(() => resolveToken(httpSchema.parse({}), { LIBVIRT_MCP_TOKEN: 'short' })).toThrow(HttpConfigError);
    expect(() => resolveToken(httpSchema.parse({ token_file: join(dir, 'missing') }), {})).toThrow(
      /cannot read http.token_file/,
    );
  });
});

describe('bind addresses and allowed names', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) {
      expect(isLoopback(host), host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'example.org', '128.0.0.1']) {
      expect(isLoopback(host), host).toBe(false);
    }
  });

  it('accepts localhost names, the bind address and the configured extras', () => {
    const http = httpSchema.parse({
      host: '192.0.2.7',
      allowed_hosts: ['mcp.example.org'],
      allowed_origins: ['https://app.example.org:8443', 'tool.local'],
    });
    expect(allowedHostnames(http).sort()).toEqual(['127.0.0.1', '192.0.2.7', '[::1]', 'localhost', 'mcp.example.org']);
    expect(allowedOriginHostnames(http).sort()).toEqual([
      '127.0.0.1',
      '[::1]',
      'app.example.org',
      'localhost',
      'tool.local',
    ]);
  });
});

describe('redaction', () => {
  it('blanks secret-looking keys at any depth', () => {
    expect(
      ['password', 'passwd', 'passphrase', 'auth_token', 'secret_value', 'apiKey', 'private-key', 'key'].every(
        isSecretKey,
      ),
    ).toBe(true);
    expect(['name', 'host', 'state', 'memoryKiB'].some(isSecretKey)).toBe(false);
    expect(redactArguments({ name: 'web', nested: [{ token: 'abc', keep: 1 }] })).toEqual({
      name: 'web',
      nested: [{ token: '[redacted]', keep: 1 }],
    });
  });

  it('blanks secrets inside XML and refuses to echo XML it cannot parse', () => {
    const xml =
      "<domain><devices><graphics type='spice' passwd='pw1'/></devices><secret><value>aGk=</value></secret></domain>";
    const redacted = redactXml(xml);
    expect(redacted).not.toMatch(/pw1|aGk=/);
    expect(redacted).toContain('type="spice"');
    expect(redactXml("<domain><graphics passwd='x'></domain>")).toMatch(/^\[unparsable XML, \d+ chars\]$/);
  });

  it('removes credentials from URIs and local paths from messages', () => {
    expect(redactCredentials('qemu+ssh://root:pw@host/system and Bearer abc.def')).toBe(
      'qemu+ssh://root:[redacted]@host/system and Bearer [redacted]',
    );
    // Secret query parameters too, in a URI or loose; paths in parameters stay.
    expect(redactCredentials("cannot open 'qemu+tls://kvm1/system?pkipath=/etc/x&auth_token=t1' (port=1&key=k1)")).toBe(
      "cannot open 'qemu+tls://kvm1/system?pkipath=/etc/x&auth_token=[redacted]' (port=1&key=[redacted])",
    );
    expect(redactLocalPaths('open /run/libvirt/libvirt-sock failed; uri qemu:///system; a/b')).toBe(
      'open <path> failed; uri qemu:///system; a/b',
    );
  });
});

describe('confirmation helpers', () => {
  it('hashes equal arguments alike whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });

  it('treats an empty elicitation capability as form support, a url-only one as none', () => {
    expect(supportsFormElicitation({ elicitation: {} })).toBe(true);
    expect(supportsFormElicitation({ elicitation: { form: {} } })).toBe(true);
    expect(supportsFormElicitation({ elicitation: { url: {} } })).toBe(false);
    expect(supportsFormElicitation({})).toBe(false);
    expect(supportsFormElicitation(undefined)).toBe(false);
  });
});

describe('in-flight calls', () => {
  it('drains when the last call ends, or gives up at the deadline', async () => {
    const calls = new InFlightCalls();
    expect(await calls.drain(10)).toBe(true);
    const end = calls.begin();
    expect(await calls.drain(5)).toBe(false);
    const drained = calls.drain(10_000);
    end();
    end();
    expect(await drained).toBe(true);
    expect(calls.size).toBe(0);
  });
});
