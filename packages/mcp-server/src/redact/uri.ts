/**
 * Secrets in libvirt URIs, for everything the server prints, logs, audits or returns: one parser
 * of a URI's parts, one marker. Over-redacting is the safe failure: an operator can look a URI up
 * in the configuration, a leaked password cannot be taken back.
 */

/** What stands in for a secret everywhere: print-config, statuses, logs, audit lines, errors. */
export const REDACTED = '[redacted]';

/** Query parameters whose values are secrets rather than paths or switches. */
const SECRET_PARAM = /pass|secret|token|credential/i;

interface UriParts {
  /** `qemu+ssh://` */
  readonly scheme: string;
  /** `root:pw@kvm1:22`: userinfo, host and port. */
  readonly authority: string;
  readonly path: string;
  /** After `?`, without it; undefined when there is no `?`. */
  readonly query: string | undefined;
  /** From `#` on, with it; '' when there is none. */
  readonly fragment: string;
}

function splitUri(uri: string): UriParts | undefined {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(uri);
  if (scheme === null) return undefined;
  const rest = uri.slice(scheme[0].length);
  const authorityEnd = rest.search(/[/?#]|$/);
  const hash = rest.indexOf('#', authorityEnd);
  const beforeHash = hash < 0 ? rest : rest.slice(0, hash);
  const question = beforeHash.indexOf('?', authorityEnd);
  return {
    scheme: scheme[0],
    authority: rest.slice(0, authorityEnd),
    path: beforeHash.slice(authorityEnd, question < 0 ? undefined : question),
    query: question < 0 ? undefined : beforeHash.slice(question + 1),
    fragment: hash < 0 ? '' : rest.slice(hash),
  };
}

/** The authority with the password after `user:` replaced, or with no replacement dropped with its colon. */
function withoutPassword(authority: string, replacement: string | undefined): string {
  const at = authority.lastIndexOf('@');
  if (at < 0) return authority;
  const colon = authority.slice(0, at).indexOf(':');
  if (colon < 0) return authority;
  const user = authority.slice(0, colon);
  return `${replacement === undefined ? user : `${user}:${replacement}`}${authority.slice(at)}`;
}

/**
 * A libvirt URI fit to print or log: a password in the userinfo (`ssh://root:pw@kvm1/system`;
 * libvirt takes all of `root:pw` as the user name, but people write it) and secret-looking query
 * parameters are replaced; everything else stays. Anything that is not a URI comes back as it was.
 */
export function redactUri(uri: string): string {
  const parts = splitUri(uri);
  if (parts === undefined) return uri;
  const query =
    parts.query === undefined
      ? ''
      : `?${parts.query
          .split('&')
          .map((pair) => {
            const eq = pair.indexOf('=');
            return eq < 0 || !SECRET_PARAM.test(pair.slice(0, eq)) ? pair : `${pair.slice(0, eq)}=${REDACTED}`;
          })
          .join('&')}`;
  return `${parts.scheme}${withoutPassword(parts.authority, REDACTED)}${parts.path}${query}${parts.fragment}`;
}

/**
 * A libvirt URI as an MCP client may see it: no password, and no query, whose parameters name key
 * files, sockets and other paths of the server's machine. `qemu+ssh://root:pw@kvm1/system?keyfile=/x`
 * becomes `qemu+ssh://root@kvm1/system`.
 */
export function uriForClients(uri: string): string {
  const parts = splitUri(uri);
  if (parts === undefined) return uri;
  return `${parts.scheme}${withoutPassword(parts.authority, undefined)}${parts.path}`;
}

/** Every URI inside free text (an error message that quotes one) passed through {@link redactUri}. */
export function redactUrisInText(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"`<>]*/g, (uri) => redactUri(uri));
}
