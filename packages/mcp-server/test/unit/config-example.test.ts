/** config.example.yaml at the repository root: valid, complete, and showing the schema's defaults. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';

const examplePath = resolve(import.meta.dirname, '..', '..', '..', '..', 'config.example.yaml');
const example = readFileSync(examplePath, 'utf8');

/** Every key of an object tree, record keys (rate_limits entries) included. */
function keys(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(keys);
  return Object.entries(value).flatMap(([key, child]) => [key, ...keys(child)]);
}

describe('config.example.yaml', () => {
  const { config } = loadConfig({ flags: { config: examplePath, hosts: [], readOnly: false }, env: {}, dotenv: false });

  it('loads, and sets every key to the schema default', () => {
    expect(config).toEqual(configSchema.parse({ hosts: [{ name: 'local', uri: 'qemu:///system' }] }));
  });

  it('mentions every key of the schema, optional ones included', () => {
    const optional = ['token', 'token_file', 'tls', 'cert', 'key', 'file'];
    for (const key of new Set([...keys(config), ...optional])) {
      expect(example, `config.example.yaml lacks ${key}`).toMatch(new RegExp(`^\\s*(#\\s*)?(- )?${key}:`, 'm'));
    }
  });

  it('has commented examples that are valid once uncommented', () => {
    const uncommented = example
      .split('\n')
      .map((line) => line.replace(/^(\s*)# (\s*(- )?["a-z_][\w".*-]*:( |$))/, '$1$2'))
      .join('\n')
      // `rate_limits: {}` and its commented example are both keys now: keep the example.
      .replace(/^ {2}rate_limits: \{\}\n/m, '');
    const file = join(mkdtempSync(join(tmpdir(), 'mcp-example-')), 'config.yaml');
    writeFileSync(file, uncommented);
    const { config: full } = loadConfig({
      flags: { config: file, hosts: [], readOnly: false },
      env: {},
      dotenv: false,
    });
    expect(full.hosts.map((h) => h.name)).toEqual(['local', 'kvm1']);
    expect(full.hosts[1]).toMatchObject({ read_only: true, domains: { allow: ['web-*'], deny: ['web-legacy'] } });
    expect(full.http.token).toBeDefined();
    expect(full.http.token_file).toBeDefined();
    expect(full.http.tls).toBeDefined();
    expect(full.logging.file).toBeDefined();
    expect(full.audit.file).toBeDefined();
    expect(Object.keys(full.security.rate_limits)).toEqual(['domain.*', 'domain.define']);
  });
});
