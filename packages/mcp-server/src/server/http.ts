import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  hostHeaderValidation,
  NodeStreamableHTTPServerTransport,
  originValidation,
  toNodeHandler,
  type NodeMcpRequestHandler,
} from '@modelcontextprotocol/node';
import {
  createMcpHandler,
  isInitializeRequest,
  isLegacyRequest,
  type McpHttpHandler,
  type McpServer,
  type McpServerFactory,
} from '@modelcontextprotocol/server';
import type { Logger } from 'pino';
import type { HttpConfig } from '../config/schema.js';
import type { HostProvider } from './create-server.js';
import { InFlightCalls } from './in-flight.js';
import {
  allowedHostnames,
  allowedOriginHostnames,
  bearerMatches,
  HttpConfigError,
  isLoopback,
  resolveToken,
} from './http-guard.js';

/*
 * Streamable HTTP at /mcp, serving both protocol eras from one factory:
 * - 2026-era requests (they carry the per-request `_meta` envelope) go to the SDK's
 *   createMcpHandler, stateless by design: every request is self-contained.
 * - 2025-era requests get stateful sessions (NodeStreamableHTTPServerTransport with session ids),
 *   because that era's confirmation is a server→client elicitation request that needs the
 *   session's stream to travel back on; stateless 2025 serving cannot ask the human.
 * In front of both: Host and Origin checks (DNS rebinding), the bearer token, a body size cap.
 */

export const MCP_PATH = '/mcp';
/** Tool arguments are small except libvirt XML, which the XML policy bounds well below this. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_SESSIONS = 256;
const SESSION_IDLE_MS = 30 * 60 * 1000;
/** How long close() waits for responses still being written (their calls already finished). */
const ANSWER_GRACE_MS = 2000;

export interface HttpServing {
  /** Where it listens, e.g. `http://127.0.0.1:8765/mcp`. */
  readonly url: string;
  readonly address: AddressInfo;
  /**
   * Stops taking requests (readiness turns 503, new MCP requests get 503), then closes sessions
   * and connections. Call after in-flight tool calls have finished (run.ts drains them).
   */
  stopAccepting(): void;
  close(): Promise<void>;
}

export interface HttpOptions {
  readonly http: HttpConfig;
  readonly factory: McpServerFactory;
  readonly hosts: HostProvider;
  readonly logger: Logger;
  readonly env?: NodeJS.ProcessEnv;
}

interface LegacySession {
  readonly transport: NodeStreamableHTTPServerTransport;
  readonly server: McpServer;
  lastSeen: number;
}

export async function serveOverHttp(options: HttpOptions): Promise<HttpServing> {
  const { http, logger } = options;
  const token = resolveToken(http, options.env);
  if (token === undefined && !isLoopback(http.host)) {
    throw new HttpConfigError(
      `refusing to listen on ${http.host} without a bearer token: set http.token_file, http.token or ` +
        'LIBVIRT_MCP_TOKEN, or bind a loopback address',
    );
  }
  const validateHost = hostHeaderValidation(allowedHostnames(http));
  const validateOrigin = originValidation(allowedOriginHostnames(http));
  const modern: McpHttpHandler = createMcpHandler(options.factory, {
    legacy: 'reject',
    maxRequestBodySize: MAX_BODY_BYTES,
    onerror: (error) => {
      logger.debug({ err: error }, 'MCP request rejected');
    },
  });
  const serveModern: NodeMcpRequestHandler = toNodeHandler(modern, {
    maxRequestBodySize: MAX_BODY_BYTES,
    onerror: (error) => {
      logger.warn({ err: error }, 'MCP HTTP handler failed');
    },
  });
  const sessions = new Map<string, LegacySession>();
  let accepting = true;
  // POST exchanges still being answered: a tool call's result is written after its handler (and
  // the drain in run.ts) finished, so closing waits for these. GET streams never end by themselves.
  const answering = new InFlightCalls();

  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [id, session] of sessions) {
      if (now - session.lastSeen > SESSION_IDLE_MS) {
        sessions.delete(id);
        void session.transport.close();
        void session.server.close();
      }
    }
  }, 60_000);
  sweep.unref();

  const serveLegacy = async (req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> => {
    const sessionId = header(req, 'mcp-session-id');
    if (sessionId !== undefined) {
      const session = sessions.get(sessionId);
      if (session === undefined) {
        sendJsonRpcError(res, 404, -32001, 'Session not found');
        return;
      }
      session.lastSeen = Date.now();
      await session.transport.handleRequest(req, res, body);
      return;
    }
    if (req.method !== 'POST' || !isInitializeRequest(body)) {
      sendJsonRpcError(res, 400, -32000, 'Bad Request: no valid session id; open a session with initialize first');
      return;
    }
    if (sessions.size >= MAX_SESSIONS) {
      sendJsonRpcError(res, 503, -32000, 'Too many open sessions; try again later');
      return;
    }
    const server = (await options.factory({ era: 'legacy' })) as McpServer;
    const transport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, server, lastSeen: Date.now() });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      },
    });
    transport.onclose = () => {
      const id = transport.sessionId;
      if (id !== undefined) sessions.delete(id);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  };

  const serveMcp = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!validateHost(req, res) || !validateOrigin(req, res)) return;
    if (token !== undefined && !bearerMatches(header(req, 'authorization'), token)) {
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': 'Bearer realm="libvirt-mcp-server"',
      });
      res.end(JSON.stringify({ error: 'unauthorized', error_description: 'a valid bearer token is required' }));
      return;
    }
    if (!accepting) {
      sendJsonRpcError(res, 503, -32000, 'The server is shutting down');
      return;
    }
    let body: unknown;
    if (req.method === 'POST') {
      const read = await readJsonBody(req);
      if (read.kind === 'too_large') {
        sendJsonRpcError(res, 413, -32600, `Request body larger than ${MAX_BODY_BYTES} bytes`);
        return;
      }
      if (read.kind === 'invalid') {
        sendJsonRpcError(res, 400, -32700, 'Parse error: the body is not JSON');
        return;
      }
      body = read.value;
    }
    const probe = new Request(`http://localhost${MCP_PATH}`, {
      method: req.method ?? 'GET',
      headers: webHeaders(req),
    });
    if (await isLegacyRequest(probe, body, { maxRequestBodySize: MAX_BODY_BYTES })) {
      await serveLegacy(req, res, body);
    } else {
      await serveModern(req, res, body);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === MCP_PATH) {
      await serveMcp(req, res);
      return;
    }
    if (path === '/healthz' && isRead(req)) {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/readyz' && isRead(req)) {
      // It names the hosts, so it gets the same DNS-rebinding check as /mcp; /healthz says nothing.
      if (!validateHost(req, res)) return;
      const readiness = readinessOf(options.hosts, accepting);
      sendJson(res, readiness.ready ? 200 : 503, readiness);
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method === 'POST') res.once('close', answering.begin());
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'HTTP request failed');
      if (!res.headersSent) sendJsonRpcError(res, 500, -32603, 'Internal error');
      else res.end();
    });
  };

  const server: Server =
    http.tls === undefined
      ? createHttpServer(listener)
      : createHttpsServer(
          { cert: readTlsFile(http.tls.cert, 'cert'), key: readTlsFile(http.tls.key, 'key') },
          listener,
        );
  server.requestTimeout = 0; // SSE streams and long tool calls stay open; idle sessions are swept instead
  server.headersTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(http.port, http.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const scheme = http.tls === undefined ? 'http' : 'https';
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `${scheme}://${shownHost}:${address.port}${MCP_PATH}`;
  logger.info(
    { url, tls: http.tls !== undefined, token: token !== undefined },
    'MCP server listening (Streamable HTTP)',
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    address,
    stopAccepting() {
      accepting = false;
    },
    close() {
      closing ??= (async () => {
        accepting = false;
        clearInterval(sweep);
        const closed = new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
        });
        server.closeIdleConnections();
        await answering.drain(ANSWER_GRACE_MS);
        await modern.close();
        await Promise.allSettled(
          [...sessions.values()].map(async (session) => {
            await session.transport.close();
            await session.server.close();
          }),
        );
        sessions.clear();
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
  };
}

export interface Readiness {
  readonly ready: boolean;
  readonly reason?: string;
  readonly hosts: readonly { readonly name: string; readonly state: string }[];
}

/**
 * Ready when the server takes calls and its default host (the first) is connected. Connections
 * are lazy, so a probe of an idle default host starts connecting it and answers 503 until it is.
 * Other hosts are reported but do not decide: a dead host must not take the others down.
 */
export function readinessOf(hosts: HostProvider, accepting: boolean): Readiness {
  const status = hosts.status();
  const summary = status.map((host) => ({ name: host.name, state: host.state }));
  if (!accepting) return { ready: false, reason: 'shutting down', hosts: summary };
  const defaultName = hosts.names[0];
  const main = status.find((host) => host.name === defaultName);
  if (main?.state === 'connected') return { ready: true, hosts: summary };
  if (main === undefined || main.state === 'idle' || main.state === 'failed') {
    // Start (or retry) the default host's connection; the next probe sees the result.
    hosts.get(defaultName).catch(() => undefined);
  }
  return { ready: false, reason: `default host '${String(defaultName)}' is not connected`, hosts: summary };
}

type BodyRead = { kind: 'ok'; value: unknown } | { kind: 'too_large' } | { kind: 'invalid' };

async function readJsonBody(req: IncomingMessage): Promise<BodyRead> {
  const declared = Number(header(req, 'content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    req.resume();
    return { kind: 'too_large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      return { kind: 'too_large' };
    }
    chunks.push(buffer);
  }
  try {
    return { kind: 'ok', value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { kind: 'invalid' };
  }
}

function readTlsFile(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new HttpConfigError(`cannot read the TLS ${what} file (http.tls.${what})`, { cause: error });
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}

function isRead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendJsonRpcError(res: ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { jsonrpc: '2.0', error: { code, message }, id: null });
}
