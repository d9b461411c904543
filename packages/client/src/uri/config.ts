/**
 * The settings of libvirt's client configuration file (libvirt.conf) that shape a connection.
 * Reading the file is the caller's business; these are its values.
 */
export interface LibvirtClientConfig {
  /** `uri_default`: the URI to open when none is given and `LIBVIRT_DEFAULT_URI` is unset. */
  readonly uriDefault?: string | undefined;
  /** `uri_aliases`: entries of the form `alias=uri`. */
  readonly uriAliases?: readonly string[] | undefined;
  /** `remote_mode`: `auto`, `legacy` or `direct`; a URI's `mode` parameter wins. */
  readonly remoteMode?: string | undefined;
  /** `remote_proxy`: `auto`, `netcat` or `native`; a URI's `proxy` parameter wins. */
  readonly remoteProxy?: string | undefined;
  /** `tls_priority`: the GnuTLS priority string; a URI's `tls_priority` parameter wins. */
  readonly tlsPriority?: string | undefined;
}
