import { readFileSync } from 'node:fs';

export const SERVER_NAME = 'libvirt-mcp-server';

let cachedVersion: string | undefined;

/** The package version, read from package.json (two levels up from both src/server and dist/server). */
export function serverVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  try {
    const json = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    cachedVersion = typeof json.version === 'string' ? json.version : '0.0.0';
  } catch {
    cachedVersion = '0.0.0';
  }
  return cachedVersion;
}
