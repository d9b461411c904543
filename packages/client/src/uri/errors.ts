/**
 * A connection URI that libvirt would refuse: bad syntax, an unknown transport, a parameter
 * with a value libvirt cannot use, or a combination its remote driver rejects.
 */
export class LibvirtUriError extends Error {
  override readonly name = 'LibvirtUriError';
  /** The URI as the caller gave it, when there was one. */
  readonly uri: string | undefined;

  constructor(message: string, options?: { uri?: string; cause?: unknown }) {
    super(options?.uri === undefined ? message : `${message} (URI: ${options.uri})`, { cause: options?.cause });
    this.uri = options?.uri;
  }
}
