import type { McpServerFactory } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import type { Logger } from 'pino';

export interface StdioServing {
  /** Resolves when the client closed its end (stdin EOF) or close() was called. */
  readonly ended: Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves MCP on stdin/stdout. stdout carries the protocol and nothing else: our logger writes to
 * stderr (or a file), and stray `console.log`/`console.info` calls from dependencies are sent to
 * stderr too, since one wrong line on stdout breaks the client's framing. The SDK's entry
 * serves both protocol eras (the opening message decides).
 */
export function serveOverStdio(factory: McpServerFactory, logger: Logger): StdioServing {
  guardStdout();
  const handle = serveStdio(factory, {
    onerror: (error) => {
      logger.warn({ err: error }, 'stdio transport error');
    },
  });
  let closed = false;
  const ended = new Promise<void>((resolve) => {
    const onEnd = (): void => {
      resolve();
    };
    process.stdin.once('end', onEnd);
    process.stdin.once('close', onEnd);
  });
  return {
    ended,
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
      // Let the event loop end: a paused-but-open stdin would keep the process alive.
      process.stdin.destroy();
    },
  };
}

function guardStdout(): void {
  const toStderr = (...args: unknown[]): void => {
    console.error(...args);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
