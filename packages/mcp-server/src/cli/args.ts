import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The command line was not understood (unknown flag, missing value, unknown command). Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Settings given as flags, as written: values stay strings so that config/load.ts validates them
 * with the same schema, and the same messages, as the file and the environment.
 */
export interface CliFlags {
  readonly config?: string;
  readonly transport?: string;
  readonly libvirtUri?: string;
  /** `NAME=URI`, in the order given. */
  readonly hosts: readonly string[];
  /** Only `true` can be given: a flag can tighten what the file says, never loosen it. */
  readonly readOnly: boolean;
  /** Comma-separated toolset names. */
  readonly toolsets?: string;
  readonly httpHost?: string;
  readonly httpPort?: string;
  readonly logLevel?: string;
  readonly logFile?: string;
  readonly auditFile?: string;
}

export interface CliArgs {
  /** `serve` runs the MCP server (the default); `check` tests every host and exits. */
  readonly command: 'serve' | 'check';
  readonly help: boolean;
  readonly version: boolean;
  readonly printConfig: boolean;
  readonly flags: CliFlags;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  transport: { type: 'string' },
  'libvirt-uri': { type: 'string' },
  host: { type: 'string', multiple: true },
  'read-only': { type: 'boolean' },
  toolsets: { type: 'string' },
  'http-host': { type: 'string' },
  'http-port': { type: 'string' },
  'log-level': { type: 'string' },
  'log-file': { type: 'string' },
  'audit-file': { type: 'string' },
  'print-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const satisfies ParseArgsConfig['options'];

const COMMANDS = ['serve', 'check'] as const;

export const HELP = `Usage: libvirt-mcp-server [command] [options]

An MCP server for libvirt: lets AI assistants inspect and manage virtual machines, within the
limits of a security policy.

Commands:
  serve (default)         run the MCP server (stdio or Streamable HTTP)
  check                   connect to every configured host, print its state and versions, exit
                          0 when every host is reachable

Options:
  -c, --config FILE       YAML config file (default: $LIBVIRT_MCP_CONFIG)
      --transport T       stdio (default) or http
      --libvirt-uri URI   the host to manage when no hosts are configured
                          (default: $LIBVIRT_MCP_URI, $LIBVIRT_DEFAULT_URI, qemu:///system)
      --host NAME=URI     add a host, or change the URI of a configured one; repeatable
      --read-only         expose read-only tools only and open every connection read-only
      --toolsets LIST     comma-separated toolsets to enable (host,domain,snapshot,network,
                          storage,nodedev,secret)
      --http-host H       address the HTTP transport binds (default 127.0.0.1)
      --http-port P       port of the HTTP transport (default 8765)
      --log-level L       fatal, error, warn, info (default), debug, trace or silent
      --log-file F        log to F instead of stderr (never to stdout)
      --audit-file F      write the audit log (one JSON line per tool call) to F
      --print-config      print the effective configuration, secrets redacted, and exit
  -h, --help              print this help and exit
  -V, --version           print the version and exit

Settings come from, in rising precedence: the config file, LIBVIRT_MCP_* environment variables
(a .env file in the working directory supplies those the environment lacks), then flags.
See docs/configuration.md for every key and variable.

Exit status: 0 success; 1 a host unreachable (check) or the server failed; 2 bad usage or
configuration.
`;

/** Parses the arguments after `node main.js`. Throws UsageError for anything it does not know. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(usageMessage(error), { cause: error });
  }
  const { values, positionals, tokens } = parsed;

  for (const name of repeatedSingleOptions(tokens)) {
    throw new UsageError(`option '--${name}' was given more than once`);
  }
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1] ?? ''}'`);
  }
  const command = positionals[0] ?? 'serve';
  if (!isCommand(command)) {
    throw new UsageError(`unknown command '${command}' (commands: ${COMMANDS.join(', ')})`);
  }

  return {
    command,
    help: values.help ?? false,
    version: values.version ?? false,
    printConfig: values['print-config'] ?? false,
    flags: {
      ...defined('config', values.config),
      ...defined('transport', values.transport),
      ...defined('libvirtUri', values['libvirt-uri']),
      hosts: values.host ?? [],
      readOnly: values['read-only'] ?? false,
      ...defined('toolsets', values.toolsets),
      ...defined('httpHost', values['http-host']),
      ...defined('httpPort', values['http-port']),
      ...defined('logLevel', values['log-level']),
      ...defined('logFile', values['log-file']),
      ...defined('auditFile', values['audit-file']),
    },
  };
}

function isCommand(value: string): value is CliArgs['command'] {
  return (COMMANDS as readonly string[]).includes(value);
}

/** parseArgs keeps the last of a repeated option; for a single-valued setting that hides a mistake. */
function repeatedSingleOptions(tokens: readonly { kind: string; name?: string }[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.name === 'host') continue;
    if (seen.has(token.name)) repeated.push(token.name);
    seen.add(token.name);
  }
  return repeated;
}

/** node:util's messages are good but mention internals (`parseArgs`, `strict: false`); keep the useful part. */
function usageMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(error.message)?.[1];
    return option === undefined ? 'unknown option' : `unknown option '${option}'`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(-[^' ]*)/.exec(error.message)?.[1];
    if (option === undefined) return error.message;
    if (error.message.includes('does not take an argument')) return `option '${option}' takes no value`;
    if (error.message.includes('ambiguous')) {
      return `option '${option}' needs a value (write ${option}=VALUE for a value that starts with '-')`;
    }
    return `option '${option}' needs a value`;
  }
  return error.message;
}

function defined<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
