import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { CliFlags } from '../cli/args.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { configSchema, type Config } from './schema.js';

/*
 * Sources, in rising precedence: the YAML file, the environment (LIBVIRT_MCP_*; a .env file in
 * the working directory fills in variables the real environment lacks), then flags. Each source
 * writes into one plain object, the input of configSchema, which is validated once. Scalars and
 * lists from a higher source replace the lower one's; hosts are merged by name (see mergeHosts).
 */

type Kind = 'string' | 'boolean' | 'integer' | 'list' | 'path';

/** An environment variable that sets one config key. */
export interface EnvSetting {
  readonly variable: string;
  readonly path: readonly string[];
  readonly kind: Kind;
}

/** Every LIBVIRT_MCP_* variable that maps to a key (docs/configuration.md lists the same). */
export const ENV_SETTINGS: readonly EnvSetting[] = [
  { variable: 'LIBVIRT_MCP_TRANSPORT', path: ['transport'], kind: 'string' },
  { variable: 'LIBVIRT_MCP_TOOLSETS', path: ['toolsets'], kind: 'list' },
  { variable: 'LIBVIRT_MCP_READ_ONLY', path: ['security', 'read_only'], kind: 'boolean' },
  { variable: 'LIBVIRT_MCP_DISABLE_DESTRUCTIVE', path: ['security', 'disable_destructive'], kind: 'boolean' },
  { variable: 'LIBVIRT_MCP_CONFIRM_DESTRUCTIVE', path: ['security', 'confirm_destructive'], kind: 'boolean' },
  { variable: 'LIBVIRT_MCP_CONFIRM_FALLBACK', path: ['security', 'confirm_fallback'], kind: 'string' },
  { variable: 'LIBVIRT_MCP_ALLOWED_OPERATIONS', path: ['security', 'allowed_operations'], kind: 'list' },
  { variable: 'LIBVIRT_MCP_DENIED_OPERATIONS', path: ['security', 'denied_operations'], kind: 'list' },
  { variable: 'LIBVIRT_MCP_HTTP_HOST', path: ['http', 'host'], kind: 'string' },
  { variable: 'LIBVIRT_MCP_HTTP_PORT', path: ['http', 'port'], kind: 'integer' },
  { variable: 'LIBVIRT_MCP_TOKEN', path: ['http', 'token'], kind: 'string' },
  { variable: 'LIBVIRT_MCP_TOKEN_FILE', path: ['http', 'token_file'], kind: 'path' },
  { variable: 'LIBVIRT_MCP_HTTP_ALLOWED_HOSTS', path: ['http', 'allowed_hosts'], kind: 'list' },
  { variable: 'LIBVIRT_MCP_HTTP_ALLOWED_ORIGINS', path: ['http', 'allowed_origins'], kind: 'list' },
  { variable: 'LIBVIRT_MCP_TLS_CERT', path: ['http', 'tls', 'cert'], kind: 'path' },
  { variable: 'LIBVIRT_MCP_TLS_KEY', path: ['http', 'tls', 'key'], kind: 'path' },
  { variable: 'LIBVIRT_MCP_LOG_LEVEL', path: ['logging', 'level'], kind: 'string' },
  { variable: 'LIBVIRT_MCP_LOG_FILE', path: ['logging', 'file'], kind: 'path' },
  { variable: 'LIBVIRT_MCP_AUDIT_FILE', path: ['audit', 'file'], kind: 'path' },
  { variable: 'LIBVIRT_MCP_CONNECT_TIMEOUT_MS', path: ['connections', 'connect_timeout_ms'], kind: 'integer' },
];

/** Variables that are not one key: where the file is, and the hosts. */
export const ENV_CONFIG = 'LIBVIRT_MCP_CONFIG';
export const ENV_URI = 'LIBVIRT_MCP_URI';
export const ENV_HOSTS = 'LIBVIRT_MCP_HOSTS';
/** libvirt's own variable; the last resort for the default host's URI. */
export const ENV_LIBVIRT_DEFAULT_URI = 'LIBVIRT_DEFAULT_URI';
export const DEFAULT_URI = 'qemu:///system';
export const DEFAULT_HOST_NAME = 'default';

const ENV_PREFIX = 'LIBVIRT_MCP_';
const KNOWN_ENV: ReadonlySet<string> = new Set([
  ...ENV_SETTINGS.map((s) => s.variable),
  ENV_CONFIG,
  ENV_URI,
  ENV_HOSTS,
]);

/** Relative paths in the file are relative to the file, so a config works whatever the working directory. */
const FILE_PATH_KEYS: readonly (readonly string[])[] = [
  ['http', 'token_file'],
  ['http', 'tls', 'cert'],
  ['http', 'tls', 'key'],
  ['logging', 'file'],
  ['audit', 'file'],
];

export interface LoadConfigOptions {
  /** Parsed flags; default none. */
  readonly flags?: CliFlags;
  /** Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where `.env` is read from and relative paths from flags and variables resolve; default `process.cwd()`. */
  readonly cwd?: string;
  /** Read `<cwd>/.env`; default true. */
  readonly dotenv?: boolean;
}

export interface LoadedConfig {
  readonly config: Config;
  /** The YAML file read, absolute; undefined when there was none. */
  readonly file: string | undefined;
  /** Whether `<cwd>/.env` existed and was read. */
  readonly dotenv: boolean;
}

/** Reads every source and validates the result. Throws ConfigError listing every problem. */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const flags: CliFlags = options.flags ?? { hosts: [], readOnly: false };
  const cwd = options.cwd ?? process.cwd();
  const problems: ConfigProblem[] = [];
  const origins = new Origins();

  const dotenv = options.dotenv === false ? undefined : readDotenv(cwd, problems);
  const env = environment(options.env ?? process.env, dotenv);
  checkEnvNames(env, problems);

  const fileSource = flags.config !== undefined ? '--config' : env.has(ENV_CONFIG) ? ENV_CONFIG : undefined;
  const fileName = flags.config ?? env.get(ENV_CONFIG);
  const file = fileName === undefined ? undefined : resolve(cwd, fileName);
  const input =
    file === undefined || fileSource === undefined ? {} : (readConfigFile(file, fileSource, problems) ?? {});
  if (file !== undefined) resolveFilePaths(input, dirname(file));

  for (const setting of ENV_SETTINGS) {
    const raw = env.get(setting.variable);
    if (raw !== undefined) setIn(input, setting.path, convert(raw, setting.kind, cwd), setting.variable, origins);
  }
  applyFlags(input, flags, cwd, origins);

  const extraHosts = [
    ...hostArguments(splitWords(env.get(ENV_HOSTS) ?? ''), ENV_HOSTS, problems),
    ...hostArguments(flags.hosts, '--host', problems),
  ];
  mergeHosts(input, extraHosts, origins);
  applyDefaultHost(input, flags, env, origins, problems);

  const result = configSchema.safeParse(input);
  if (!result.success) problems.push(...result.error.issues.flatMap((issue) => describeIssue(issue, origins)));
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return { config: result.data, file, dotenv: dotenv !== undefined };
}

// ---- sources ----------------------------------------------------------------------------------

/** The variables that matter, the real environment winning over .env; empty values count as unset. */
function environment(
  real: Readonly<Record<string, string | undefined>>,
  dotenv: Readonly<Record<string, string>> | undefined,
): Map<string, string> {
  const env = new Map<string, string>();
  for (const source of [dotenv ?? {}, real]) {
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined || value === '') continue;
      if (key.startsWith(ENV_PREFIX) || key === ENV_LIBVIRT_DEFAULT_URI) env.set(key, value);
    }
  }
  return env;
}

function readDotenv(cwd: string, problems: ConfigProblem[]): Record<string, string> | undefined {
  const path = resolve(cwd, '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    problems.push({ path: '.env', message: `cannot read ${path}: ${errorMessage(error)}` });
    return undefined;
  }
  return parseEnv(text) as Record<string, string>;
}

/** A misspelt variable (LIBVIRT_MCP_READONLY) would silently leave a safety switch off: refuse it. */
function checkEnvNames(env: ReadonlyMap<string, string>, problems: ConfigProblem[]): void {
  for (const name of env.keys()) {
    if (!name.startsWith(ENV_PREFIX) || KNOWN_ENV.has(name)) continue;
    const squashed = name.replaceAll('_', '');
    const guess = [...KNOWN_ENV].find((known) => known.replaceAll('_', '') === squashed);
    problems.push({
      path: name,
      message: `unknown environment variable${guess === undefined ? '' : ` (did you mean ${guess}?)`}`,
    });
  }
}

function readConfigFile(file: string, source: string, problems: ConfigProblem[]): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const message = isMissing(error)
      ? `config file ${file} does not exist`
      : `cannot read ${file}: ${errorMessage(error)}`;
    problems.push({ path: source, message });
    return undefined;
  }
  // YAML 1.2 core schema: `on`/`yes` stay strings, so a typo cannot become a boolean. Duplicate keys are errors.
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({ path: file, message: firstLine(error.message) });
    }
    return undefined;
  }
  const content: unknown = document.toJS({ maxAliasCount: 100 });
  if (content === null || content === undefined) return {};
  if (!isRecord(content)) {
    problems.push({ path: file, message: 'the file must hold a mapping of settings (key: value)' });
    return undefined;
  }
  return withoutNulls(content);
}

/** `key:` with nothing after it (say, a section whose every line is commented out) means "not set". */
function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null) continue;
    out[key] = isRecord(value) ? withoutNulls(value) : value;
  }
  return out;
}

function resolveFilePaths(input: Record<string, unknown>, base: string): void {
  for (const path of FILE_PATH_KEYS) {
    const parent = getIn(input, path.slice(0, -1));
    const key = path[path.length - 1];
    if (!isRecord(parent) || key === undefined) continue;
    const value = parent[key];
    if (typeof value === 'string' && value !== '' && !isAbsolute(value)) parent[key] = resolve(base, value);
  }
}

function applyFlags(input: Record<string, unknown>, flags: CliFlags, cwd: string, origins: Origins): void {
  const set = (path: readonly string[], value: string | undefined, kind: Kind, flag: string): void => {
    if (value !== undefined) setIn(input, path, convert(value, kind, cwd), flag, origins);
  };
  set(['transport'], flags.transport, 'string', '--transport');
  set(['toolsets'], flags.toolsets, 'list', '--toolsets');
  if (flags.readOnly) setIn(input, ['security', 'read_only'], true, '--read-only', origins);
  set(['http', 'host'], flags.httpHost, 'string', '--http-host');
  set(['http', 'port'], flags.httpPort, 'integer', '--http-port');
  set(['logging', 'level'], flags.logLevel, 'string', '--log-level');
  set(['logging', 'file'], flags.logFile, 'path', '--log-file');
  set(['audit', 'file'], flags.auditFile, 'path', '--audit-file');
}

/**
 * Strings from the environment and flags, typed as the key expects. A value that does not
 * convert stays a string, so the schema reports it with the same wording as a bad file value.
 */
function convert(raw: string, kind: Kind, cwd: string): unknown {
  const value = raw.trim();
  switch (kind) {
    case 'string':
      return value;
    case 'path':
      return resolve(cwd, value);
    case 'integer':
      return /^\d{1,15}$/.test(value) ? Number(value) : value;
    case 'boolean':
      if (/^(1|true|yes|on)$/i.test(value)) return true;
      if (/^(0|false|no|off)$/i.test(value)) return false;
      return value;
    case 'list':
      return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
  }
}

// ---- hosts ------------------------------------------------------------------------------------

interface HostArgument {
  readonly name: string;
  readonly uri: string;
  readonly origin: string;
}

function hostArguments(values: readonly string[], origin: string, problems: ConfigProblem[]): HostArgument[] {
  const hosts: HostArgument[] = [];
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) {
      problems.push({ path: origin, message: `expected NAME=URI, got '${value}'` });
      continue;
    }
    hosts.push({ name: value.slice(0, eq), uri: value.slice(eq + 1), origin });
  }
  return hosts;
}

/**
 * Hosts from LIBVIRT_MCP_HOSTS and --host are merged into the file's list by name: a known name
 * gets the new URI and keeps its settings (read_only, target filters), so a flag cannot drop a
 * filter by accident; a new name is appended. The file's first host stays the default.
 */
function mergeHosts(input: Record<string, unknown>, extra: readonly HostArgument[], origins: Origins): void {
  if (extra.length === 0) return;
  const existing = input['hosts'];
  if (existing !== undefined && existing !== null && !Array.isArray(existing)) return; // the schema reports it
  const hosts: unknown[] = Array.isArray(existing) ? [...(existing as unknown[])] : [];
  for (const host of extra) {
    const index = hosts.findIndex((h) => isRecord(h) && h['name'] === host.name);
    if (index >= 0) {
      hosts[index] = { ...(hosts[index] as Record<string, unknown>), uri: host.uri };
      origins.set(['hosts', index, 'uri'], host.origin);
    } else {
      origins.set(['hosts', hosts.length], host.origin);
      hosts.push({ name: host.name, uri: host.uri });
    }
  }
  input['hosts'] = hosts;
}

/** With no host anywhere, one host `default`; --libvirt-uri and LIBVIRT_MCP_URI only mean that host. */
function applyDefaultHost(
  input: Record<string, unknown>,
  flags: CliFlags,
  env: ReadonlyMap<string, string>,
  origins: Origins,
  problems: ConfigProblem[],
): void {
  const hosts = input['hosts'];
  const configured = hosts !== undefined && hosts !== null && !(Array.isArray(hosts) && hosts.length === 0);
  if (configured) {
    // Silently ignoring the URI would manage a different host than the operator asked for.
    if (flags.libvirtUri !== undefined) {
      problems.push({ path: '--libvirt-uri', message: hostsAlreadyConfigured });
    } else if (env.has(ENV_URI)) {
      problems.push({ path: ENV_URI, message: hostsAlreadyConfigured });
    }
    return;
  }
  const [uri, origin] =
    flags.libvirtUri !== undefined
      ? [flags.libvirtUri, '--libvirt-uri']
      : env.has(ENV_URI)
        ? [env.get(ENV_URI), ENV_URI]
        : env.has(ENV_LIBVIRT_DEFAULT_URI)
          ? [env.get(ENV_LIBVIRT_DEFAULT_URI), ENV_LIBVIRT_DEFAULT_URI]
          : [DEFAULT_URI, 'the default'];
  input['hosts'] = [{ name: DEFAULT_HOST_NAME, uri }];
  origins.set(['hosts', 0, 'uri'], origin);
}

const hostsAlreadyConfigured =
  'only applies when no hosts are configured; hosts are configured, so name the host with --host NAME=URI or in the file';

function splitWords(value: string): string[] {
  return value.split(/\s+/).filter((word) => word !== '');
}

// ---- issues -----------------------------------------------------------------------------------

/** Which source set a key, for messages: `http.port (from LIBVIRT_MCP_HTTP_PORT): …`. */
class Origins {
  readonly #byPath = new Map<string, string>();

  set(path: readonly PropertyKey[], origin: string): void {
    this.#byPath.set(formatPath(path), origin);
  }

  /** The origin of the path or of the nearest enclosing key that has one. */
  find(path: readonly PropertyKey[]): string | undefined {
    for (let length = path.length; length > 0; length--) {
      const origin = this.#byPath.get(formatPath(path.slice(0, length)));
      if (origin !== undefined) return origin;
    }
    return undefined;
  }
}

function describeIssue(issue: z.core.$ZodIssue, origins: Origins): ConfigProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => problem([...issue.path, key], unknownKeyMessage(key), origins));
  }
  return [problem(issue.path, issueMessage(issue), origins)];
}

function problem(path: readonly PropertyKey[], message: string, origins: Origins): ConfigProblem {
  const origin = origins.find(path);
  const where = formatPath(path);
  return { path: origin === undefined ? where : `${where} (from ${origin})`, message };
}

function unknownKeyMessage(key: string): string {
  const snake = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replaceAll('-', '_')
    .toLowerCase();
  return snake === key ? 'unknown key' : `unknown key (keys are snake_case: ${snake}?)`;
}

/** zod's wording, made shorter and closer to what an operator edits. Values are never echoed: they may be secrets. */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined && issue.message.endsWith('received undefined')
        ? 'Required'
        : `expected ${article(issue.expected)}${received(issue.message)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return sizeMessage(issue.origin, 'at least', issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      return sizeMessage(issue.origin, 'at most', issue.maximum, issue.inclusive ?? true);
    case 'invalid_format':
      if (issue.format === 'starts_with' && 'prefix' in issue && typeof issue.prefix === 'string') {
        return `must start with ${JSON.stringify(issue.prefix)}`;
      }
      return issue.message.startsWith('Invalid') ? `not a valid ${issue.format}` : issue.message;
    default:
      return issue.message;
  }
}

function received(message: string): string {
  const type = /received (\w+)$/.exec(message)?.[1];
  return type === undefined ? '' : `, got ${article(type)}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function sizeMessage(origin: string, bound: string, limit: number | bigint, inclusive: boolean): string {
  const n = Number(limit);
  const exact = inclusive ? n : bound === 'at least' ? n + 1 : n - 1;
  switch (origin) {
    case 'string':
      return `must be ${bound} ${exact} character${exact === 1 ? '' : 's'} long`;
    case 'array':
    case 'set':
      return `must have ${bound} ${exact} item${exact === 1 ? '' : 's'}`;
    default:
      return `must be ${bound} ${exact}`;
  }
}

/** `['hosts', 1, 'uri']` → `hosts[1].uri`; keys that are not identifiers (globs) are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

// ---- helpers ----------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getIn(input: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Creates missing parents; leaves a parent that is not a mapping alone (the schema reports it). */
function setIn(
  input: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
  origin: string,
  origins: Origins,
): void {
  let node: Record<string, unknown> = input;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === undefined || next === null) {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    } else if (isRecord(next)) {
      node = next;
    } else {
      return;
    }
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  node[last] = value;
  origins.set(path, origin);
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
