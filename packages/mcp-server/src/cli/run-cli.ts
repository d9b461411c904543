import { stringify } from 'yaml';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { redactConfig } from '../config/redact.js';
import type { Config } from '../config/schema.js';
import { HostManager } from '../hosts/host-manager.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { serverVersion } from '../server/server-info.js';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.js';
import { runCheck } from './check.js';

export const EXIT_OK = 0;
/** A host unreachable (`check`), or the server failed while running. */
export const EXIT_FAILURE = 1;
/** Bad flags or configuration: nothing was started. */
export const EXIT_USAGE = 2;

const PROGRAM = 'libvirt-mcp-server';

export interface CliIo {
  /** Only for --help, --version, --print-config and `check`: when serving over stdio, stdout is the protocol's. */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The whole command line program; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${PROGRAM}: ${error.message}\nTry '${PROGRAM} --help'.\n`);
    return EXIT_USAGE;
  }
  if (args.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (args.version) {
    io.stdout(`${serverVersion()}\n`);
    return EXIT_OK;
  }

  let config: Config;
  let sources: string[];
  try {
    const loaded = loadConfig({
      flags: args.flags,
      ...(io.env === undefined ? {} : { env: io.env }),
      ...(io.cwd === undefined ? {} : { cwd: io.cwd }),
    });
    config = loaded.config;
    sources = [
      ...(loaded.file === undefined ? [] : [loaded.file]),
      ...(loaded.dotenv ? ['.env'] : []),
      'environment',
      'flags',
    ];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${PROGRAM}: ${error.message}\n`);
    return EXIT_USAGE;
  }

  if (args.printConfig) {
    io.stdout(`# effective configuration (from: ${sources.join(', ')}; secrets redacted)\n`);
    // Defaults share objects; YAML anchors for them would only confuse a reader.
    io.stdout(stringify(redactConfig(config), { lineWidth: 0, aliasDuplicateObjects: false }));
    return EXIT_OK;
  }

  if (args.command === 'check') {
    // The report already says what failed; the log repeats it only when asked to be verbose.
    const verbose = config.logging.level === 'debug' || config.logging.level === 'trace';
    const logger = createLogger(verbose ? config.logging : { ...config.logging, level: 'error' });
    return runCheck(config, { logger, write: io.stdout });
  }
  return serve(config, createLogger(config.logging), io);
}

async function serve(config: Config, logger: Logger, io: CliIo): Promise<number> {
  const hosts = new HostManager(config.hosts, {
    readOnly: config.security.read_only,
    logger: logger.child({ component: 'hosts' }),
    connections: config.connections,
  });
  try {
    // Loaded only to serve: --help, --version, --print-config and check stay quick and need none of it.
    const { runServer } = await import('../server/run.js');
    const server = await runServer(config, { logger, hosts });
    // runServer handles SIGTERM/SIGINT and stdin closing (graceful shutdown); wait for that.
    await server.closed;
    return EXIT_OK;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: error }, 'server failed');
    // The log may be a file or silenced: say it, plainly, where whoever started the server looks.
    io.stderr(`${PROGRAM}: ${message}\n`);
    return EXIT_FAILURE;
  } finally {
    await hosts.close(); // runServer closes it too; closing twice is harmless
  }
}
