import type { Config } from './schema.js';

export const REDACTED = '[redacted]';

/** Query parameters whose values are secrets rather than paths or switches. */
const SECRET_PARAM = /pass|secret|token|credential/i;

/**
 * A libvirt URI fit to print or log: a password in the userinfo (`ssh://root:pw@kvm1/system`;
 * libvirt takes all of `root:pw` as the user name, but people write it) and secret-looking query
 * parameters are replaced. Anything that is not a URI comes back as it was.
 */
export function redactUri(uri: string): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(uri);
  if (scheme === null) return uri;
  const rest = uri.slice(scheme[0].length);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const tail = authorityEnd < 0 ? '' : rest.slice(authorityEnd);
  return scheme[0] + redactAuthority(authority) + redactQuery(tail);
}

function redactAuthority(authority: string): string {
  const at = authority.lastIndexOf('@');
  if (at < 0) return authority;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  if (colon < 0) return authority;
  return `${userinfo.slice(0, colon)}:${REDACTED}${authority.slice(at)}`;
}

function redactQuery(tail: string): string {
  const question = tail.indexOf('?');
  if (question < 0) return tail;
  const hash = tail.indexOf('#', question);
  const query = hash < 0 ? tail.slice(question + 1) : tail.slice(question + 1, hash);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0 || !SECRET_PARAM.test(pair.slice(0, eq))) return pair;
      return `${pair.slice(0, eq)}=${REDACTED}`;
    })
    .join('&');
  return `${tail.slice(0, question + 1)}${redacted}${hash < 0 ? '' : tail.slice(hash)}`;
}

/** Every URI inside free text (an error message that quotes one) passed through {@link redactUri}. */
export function redactUrisInText(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"`<>]*/g, (uri) => redactUri(uri));
}

/** The configuration as --print-config shows it: tokens and URI passwords replaced, nothing else changed. */
export function redactConfig(config: Config): Config {
  return {
    ...config,
    hosts: config.hosts.map((host) => ({ ...host, uri: redactUri(host.uri) })),
    http: {
      ...config.http,
      ...(config.http.token === undefined ? {} : { token: REDACTED }),
    },
  };
}
