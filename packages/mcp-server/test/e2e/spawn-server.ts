import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

/** The built bin; the e2e tests never run the sources. */
export const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export const MODERN_PROTOCOL_VERSION = '2026-07-28';

export function assertBuilt(): void {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build first (pnpm build, or pnpm --filter "libvirt-mcp-server..." build)`);
  }
}

/** The test daemon's `test:///default` driver, as the server's --libvirt-uri. */
export function testDriverUri(libvirtd: { readonly socket: string }): string {
  return `test+unix:///default?socket=${libvirtd.socket}`;
}

/** An environment without the caller's LIBVIRT_MCP_* settings, so only what a test passes counts. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('LIBVIRT_MCP_') && key !== 'LIBVIRT_DEFAULT_URI') env[key] = value;
  }
  return { ...env, ...extra };
}

export function newClient(era: '2025' | '2026', name = `e2e-${era}`): Client {
  return new Client(
    { name, version: '1.0.0' },
    era === '2026' ? { versionNegotiation: { mode: { pin: MODERN_PROTOCOL_VERSION } } } : {},
  );
}

export interface StdioServer {
  readonly client: Client;
  readonly transport: StdioClientTransport;
  /** What the server wrote on stderr so far. */
  stderr(): string;
  /** Errors the client saw (a stray line on stdout would show up here). */
  readonly clientErrors: Error[];
}

export async function startStdio(options: {
  era: '2025' | '2026';
  args: readonly string[];
  env?: Record<string, string>;
}): Promise<StdioServer> {
  assertBuilt();
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, ...options.args],
    env: cleanEnv(options.env),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = newClient(options.era);
  const clientErrors: Error[] = [];
  client.onerror = (error) => {
    clientErrors.push(error);
  };
  await client.connect(transport);
  return { client, transport, stderr: () => stderr, clientErrors };
}

export interface HttpServer {
  readonly child: ChildProcess;
  /** e.g. http://127.0.0.1:41234/mcp */
  readonly url: string;
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Spawns the bin with --transport http on a free port and waits for its "listening" log line. */
export async function startHttp(options: {
  args: readonly string[];
  env?: Record<string, string>;
}): Promise<HttpServer> {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, '--transport', 'http', '--http-port', '0', ...options.args], {
    env: cleanEnv(options.env),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the server did not start listening:\n${stderr}`));
    }, 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const found = /"url":"(https?:\/\/[^"]+\/mcp)"/.exec(stderr)?.[1];
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${String(code)}) before listening:\n${stderr}`));
    });
  });
  return {
    child,
    url,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
