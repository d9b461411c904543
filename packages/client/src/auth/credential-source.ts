import { AuthConfig, type AuthConfigCredential } from './auth-conf.js';
import type { CredentialKind, CredentialRequest, Credentials } from './credentials.js';

export interface CredentialSourceOptions {
  readonly credentials: Credentials | undefined;
  /** The auth.conf to fall back on (RemoteTarget.authConfigPath), if any. */
  readonly authConfigPath: string | undefined;
  readonly service: CredentialRequest['service'];
  /** The server as the URI names it (`localhost` for local sockets): auth.conf's `auth-SERVICE-HOST`. */
  readonly hostname: string;
}

/** Which auth.conf keys answer a request, first match wins. */
function authConfigKeys(kind: CredentialKind, service: CredentialRequest['service']): AuthConfigCredential[] {
  switch (kind) {
    case 'username':
      // libvirt's docs: `authname` is what libvirtd's SASL wants, `username` what SSH wants.
      return service === 'libvirt' ? ['authname', 'username'] : ['username'];
    case 'password':
      return ['password'];
    case 'passphrase':
      return [];
  }
}

/**
 * Answers credential requests in the order Credentials documents: its fixed values, then its
 * callback, then libvirt's auth.conf (read once, on first need).
 */
export class CredentialSource {
  private readonly options: CredentialSourceOptions;
  private authConfig: Promise<AuthConfig> | undefined;

  constructor(options: CredentialSourceOptions) {
    this.options = options;
  }

  get hostname(): string {
    return this.options.hostname;
  }

  /** Whether anything could answer: fixed values, a callback or an auth.conf. */
  get hasAnySource(): boolean {
    const c = this.options.credentials;
    return (
      c?.username !== undefined ||
      c?.password !== undefined ||
      c?.callback !== undefined ||
      this.options.authConfigPath !== undefined
    );
  }

  async request(kind: CredentialKind, prompt: string, username?: string): Promise<string | undefined> {
    const { credentials, service, hostname } = this.options;
    const fixed = kind === 'username' ? credentials?.username : kind === 'password' ? credentials?.password : undefined;
    if (fixed !== undefined) return fixed;
    if (credentials?.callback !== undefined) {
      const request: CredentialRequest = {
        kind,
        prompt,
        service,
        hostname,
        ...(username === undefined ? {} : { username }),
      };
      const answer = await credentials.callback(request);
      if (answer !== undefined) return answer;
    }
    const path = this.options.authConfigPath;
    if (path === undefined) return undefined;
    this.authConfig ??= AuthConfig.load(path);
    const config = await this.authConfig;
    for (const key of authConfigKeys(kind, service)) {
      const value = config.lookup(service, hostname, key);
      if (value !== undefined) return value;
    }
    return undefined;
  }
}
