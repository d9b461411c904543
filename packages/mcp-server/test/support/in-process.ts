import { Writable } from 'node:stream';
import { Client, type ElicitRequestFormParams, type ElicitResult } from '@modelcontextprotocol/client';
import { InMemoryTransport, type McpServer } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import pino, { type Logger } from 'pino';
import type { Config } from '../../src/config/schema.js';
import { createAuditLog } from '../../src/server/audit.js';
import { createMcpServer, type HostProvider } from '../../src/server/create-server.js';
import { createServerRuntime, type ServerRuntime } from '../../src/server/runtime.js';
import type { AnyToolDefinition } from '../../src/tools/define-tool.js';

/** The 2026-07-28 revision; a 2025-era client uses the plain `initialize` handshake instead. */
export const MODERN_PROTOCOL_VERSION = '2026-07-28';

export type ElicitationHandler = (params: ElicitRequestFormParams) => ElicitResult | Promise<ElicitResult>;

export interface InProcessOptions {
  readonly config: Config;
  readonly hosts: HostProvider;
  /** Which protocol era the client speaks: `2025` (initialize handshake, the default) or `2026`. */
  readonly clientEra?: '2025' | '2026';
  /**
   * Answers the server's confirmation questions. When given, the client declares the
   * elicitation capability; without it the client cannot ask the human.
   */
  readonly elicitation?: ElicitationHandler;
  /** Default: allTools. */
  readonly tools?: readonly AnyToolDefinition[];
  readonly logger?: Logger;
  readonly runtime?: ServerRuntime;
  readonly clientInfo?: { readonly name: string; readonly version: string };
}

export interface InProcess {
  readonly client: Client;
  /** The server instance serving this client (the SDK may build and drop a probe instance first). */
  readonly server: McpServer;
  readonly runtime: ServerRuntime;
  /** Audit lines written so far, parsed. */
  auditLines(): Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * A server and an SDK client connected in memory, with the real server factory, serving entry
 * (the stdio one, which handles both eras) and audit log format.
 */
export async function startInProcess(options: InProcessOptions): Promise<InProcess> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line !== ''),
      );
      callback();
    },
  });
  const audit = createAuditLog(options.config, logger, { destination: sink });
  const runtime = options.runtime ?? createServerRuntime(options.config);
  let latest: McpServer | undefined;
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const served = serveStdio(
    () => {
      latest = createMcpServer({
        config: options.config,
        hosts: options.hosts,
        logger,
        audit,
        runtime,
        session: 'in-process',
        ...(options.tools === undefined ? {} : { tools: options.tools }),
      });
      return latest;
    },
    { transport: serverTransport },
  );
  const client = new Client(options.clientInfo ?? { name: 'in-process-test', version: '1.0.0' }, {
    capabilities: options.elicitation === undefined ? {} : { elicitation: { form: {} } },
    ...(options.clientEra === '2026' ? { versionNegotiation: { mode: { pin: MODERN_PROTOCOL_VERSION } } } : {}),
  });
  const elicitation = options.elicitation;
  if (elicitation !== undefined) {
    client.setRequestHandler('elicitation/create', async (request) => {
      const params = request.params;
      if (params.mode === 'url') return { action: 'decline' };
      return elicitation(params);
    });
  }
  await client.connect(clientTransport);
  return {
    client,
    get server(): McpServer {
      if (latest === undefined) throw new Error('no server instance yet');
      return latest;
    },
    runtime,
    auditLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await client.close();
      await served.close();
    },
  };
}
