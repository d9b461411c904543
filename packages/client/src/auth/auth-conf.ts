import { readFile } from 'node:fs/promises';
import { AuthConfigError } from './errors.js';

/** A credential auth.conf can hold: `authname` is what SASL logs in as; `username` is for SSH and the like. */
export type AuthConfigCredential = 'username' | 'authname' | 'password' | 'realm';

/**
 * libvirt's client credentials file (auth.conf, see docs/remote.md): `[credentials-NAME]` groups
 * hold values, `[auth-SERVICE-HOST]` groups (or `[auth-SERVICE-default]`) point at one with
 * `credentials=NAME`. The syntax is GLib's key file, which libvirt parses it with.
 */
export class AuthConfig {
  readonly path: string;
  private readonly groups: ReadonlyMap<string, ReadonlyMap<string, string>>;

  private constructor(path: string, groups: ReadonlyMap<string, ReadonlyMap<string, string>>) {
    this.path = path;
    this.groups = groups;
  }

  /** Parses the text of an auth.conf; `path` is only for messages. */
  static parse(text: string, path: string): AuthConfig {
    return new AuthConfig(path, parseKeyFile(text, path));
  }

  static async load(path: string): Promise<AuthConfig> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (cause) {
      throw new AuthConfigError(
        `cannot read the auth.conf ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
        path,
        { cause },
      );
    }
    return AuthConfig.parse(text, path);
  }

  /**
   * One credential for a service on a host, as `virAuthConfigLookup` finds it: the group
   * `auth-SERVICE-HOST`, else `auth-SERVICE-default`, names the credentials group. `undefined`
   * when neither group exists or the credentials group lacks the key; an error when the
   * mapping is broken (no `credentials=`, or a credentials group that does not exist).
   */
  lookup(service: string, hostname: string | undefined, credential: AuthConfigCredential): string | undefined {
    let authGroup = `auth-${service}-${hostname ?? 'localhost'}`;
    if (!this.groups.has(authGroup)) authGroup = `auth-${service}-default`;
    const mapping = this.groups.get(authGroup);
    if (mapping === undefined) return undefined;
    const name = mapping.get('credentials');
    if (name === undefined) {
      throw new AuthConfigError(`missing item 'credentials' in group '${authGroup}' in ${this.path}`, this.path);
    }
    const values = this.groups.get(`credentials-${name}`);
    if (values === undefined) {
      throw new AuthConfigError(
        `missing group 'credentials-${name}' referenced from group '${authGroup}' in ${this.path}`,
        this.path,
      );
    }
    const raw = values.get(credential);
    return raw === undefined ? undefined : unescapeValue(raw);
  }
}

/**
 * GLib key-file syntax as g_key_file_load_from_data reads it: lines are trimmed at the start;
 * `#` starts a comment; `[name]` opens a group (repeated groups merge); `key = value` sets a
 * key (the last one wins) with the value's leading blanks removed and trailing ones kept.
 */
function parseKeyFile(text: string, path: string): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  const lines = text.split('\n');
  for (const [index, rawLine] of lines.entries()) {
    const lineNumber = index + 1;
    const line = (rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine).replace(/^[ \t\n\v\f\r]+/, '');
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[') && line.includes(']')) {
      const name = line.slice(1, line.lastIndexOf(']'));
      // eslint-disable-next-line no-control-regex -- GLib refuses control characters in group names
      if (name === '' || /[[\]\u0000-\u001f\u007f]/.test(name)) {
        throw new AuthConfigError(`invalid group name '${name}' in ${path} line ${lineNumber}`, path, {
          line: lineNumber,
        });
      }
      current = groups.get(name) ?? new Map<string, string>();
      groups.set(name, current);
      continue;
    }
    const equals = line.indexOf('=');
    if (equals < 0) {
      throw new AuthConfigError(
        `${path} line ${lineNumber} is not a key-value pair, group, or comment: ${JSON.stringify(line)}`,
        path,
        { line: lineNumber },
      );
    }
    if (current === undefined) {
      throw new AuthConfigError(`${path} does not start with a group (line ${lineNumber})`, path, {
        line: lineNumber,
      });
    }
    const key = line.slice(0, equals).replace(/[ \t\n\v\f\r]+$/, '');
    if (key === '') {
      throw new AuthConfigError(`empty key name in ${path} line ${lineNumber}`, path, { line: lineNumber });
    }
    current.set(key, line.slice(equals + 1).replace(/^[ \t\n\v\f\r]+/, ''));
  }
  return groups;
}

/**
 * g_key_file_get_string's escapes: `\s` space, `\n`, `\t`, `\r`, `\\`. A value with another
 * escape is one GLib will not return, so neither do we.
 */
function unescapeValue(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw.charAt(++i);
    switch (next) {
      case 's':
        out += ' ';
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case '\\':
        out += '\\';
        break;
      default:
        return undefined;
    }
  }
  return out;
}
