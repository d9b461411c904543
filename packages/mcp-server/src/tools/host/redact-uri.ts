/**
 * A libvirt URI as a client may see it: no password in the user part, no query (its parameters
 * name key files, sockets and other server-side paths). `qemu+ssh://root:pw@kvm1/system?keyfile=/x`
 * becomes `qemu+ssh://root@kvm1/system`.
 */
export function redactUri(uri: string): string {
  const withoutQuery = uri.split('?', 1)[0] ?? '';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/.exec(withoutQuery);
  if (scheme === null) return withoutQuery;
  const [, prefix = '', authority = '', rest = ''] = scheme;
  const at = authority.lastIndexOf('@');
  if (at === -1) return withoutQuery;
  const user = authority.slice(0, at).split(':', 1)[0] ?? '';
  return `${prefix}${user}@${authority.slice(at + 1)}${rest}`;
}
