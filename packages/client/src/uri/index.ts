export type { LibvirtClientConfig } from './config.js';
export { authConfigPath, tlsCredentialPaths, type TlsCredentialPaths } from './credentials.js';
export { daemonUriName } from './daemon-name.js';
export { defaultUri, resolveUriAlias, selectConnectUri, type SelectConnectUriOptions } from './default-uri.js';
export {
  clientConfigPath,
  userConfigDirectory,
  userRuntimeDirectory,
  type Environment,
  type InstallDirectories,
  type UserDirectoryInputs,
} from './environment.js';
export { LibvirtUriError } from './errors.js';
export type { LibvirtUriParam } from './params.js';
export { LIBVIRT_TRANSPORTS, parseLibvirtUri, type LibvirtTransport, type LibvirtUri } from './parse.js';
export {
  REMOTE_MODES,
  REMOTE_PROXIES,
  type RemoteMode,
  type RemoteProxy,
  type RemoteUriOptions,
} from './remote-params.js';
export {
  DEFAULT_SSH_PORT,
  DEFAULT_TCP_PORT,
  DEFAULT_TLS_PORT,
  RemoteOpenFlags,
  resolveRemoteTarget,
  type ExtTarget,
  type KnownHostsVerify,
  type LibsshTarget,
  type RemoteTarget,
  type ResolveOptions,
  type SshAuthMethod,
  type SshTarget,
  type TcpTarget,
  type TlsTarget,
  type UnixTarget,
} from './resolve.js';
export { escapeShell, sshArgv, sshEnvironment, sshProxyCommand } from './ssh-command.js';
