import { childEnvironment, type Environment } from './environment.js';
import { LibvirtUriError } from './errors.js';
import type { RemoteProxy } from './remote-params.js';

const SHELL_METACHARACTERS = /[\r\t\n !"#$&'()*;<>?[\\\]^`{|}~]/;

/** libvirt's `virBufferEscapeShell`: single-quote only when needed, `'` written as `'\''`. */
export function escapeShell(text: string): string {
  if (text === '') return "''";
  if (!SHELL_METACHARACTERS.test(text)) return text;
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** Escaped twice, because the result is itself placed inside an `sh -c '…'` argument. */
function escapeShellTwice(text: string): string {
  return escapeShell(escapeShell(text));
}

export interface SshProxyCommandInput {
  readonly proxy: RemoteProxy;
  /** The `netcat` parameter; when set, `auto` means netcat. */
  readonly netcat: string | undefined;
  /** The daemon socket on the server (used by netcat; virt-ssh-helper finds its own). */
  readonly socketPath: string;
  /** The name sent to the daemon, which virt-ssh-helper uses to find the right daemon. */
  readonly daemonName: string;
  readonly readOnly: boolean;
  readonly uri?: string | undefined;
}

/**
 * The command libvirt runs on the server over ssh to reach the daemon
 * (`virNetClientSSHHelperCommand`), byte for byte: virt-ssh-helper (`native`), netcat on the
 * socket (`netcat`), or a shell test that prefers virt-ssh-helper and falls back to netcat (`auto`).
 */
export function sshProxyCommand(input: SshProxyCommandInput): string {
  const netcat = escapeShellTwice(input.netcat ?? 'nc');
  const netcatCommand =
    `if '${netcat}' -q 2>&1 | grep "requires an argument" >/dev/null 2>&1; then ARG=-q0;else ARG=;fi;` +
    `'${netcat}' $ARG -U ${input.socketPath}`;
  const helperCommand = `virt-ssh-helper${input.readOnly ? ' -r ' : ' '}'${escapeShellTwice(input.daemonName)}'`;

  const proxy = input.proxy === 'auto' && input.netcat !== undefined ? 'netcat' : input.proxy;
  switch (proxy) {
    case 'auto':
      return (
        `sh -c 'which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then     ${helperCommand}; ` +
        `else    ${netcatCommand}; fi'`
      );
    case 'netcat':
      return `sh -c '${netcatCommand}'`;
    case 'native':
      if (input.netcat !== undefined) {
        throw new LibvirtUriError('the netcat parameter cannot be used with proxy=native', { uri: input.uri });
      }
      return `sh -c '${helperCommand}'`;
  }
}

export interface SshArgvInput {
  /** The ssh binary (`command` parameter); default `ssh`. */
  readonly command: string | undefined;
  readonly host: string;
  /** Only an explicit port is passed; otherwise ssh's own configuration decides. */
  readonly port: number | undefined;
  readonly user: string | undefined;
  readonly keyFile: string | undefined;
  readonly noTty: boolean;
  readonly noVerify: boolean;
  readonly remoteCommand: string;
}

/** The argv libvirt runs for the `ssh` transport (`virNetSocketNewConnectSSH`). */
export function sshArgv(input: SshArgvInput): string[] {
  const argv = [input.command ?? 'ssh'];
  if (input.port !== undefined) argv.push('-p', String(input.port));
  if (input.user !== undefined) argv.push('-l', input.user);
  if (input.keyFile !== undefined) argv.push('-i', input.keyFile);
  argv.push('-T', '-e', 'none');
  if (input.noTty) argv.push('-o', 'BatchMode=yes');
  if (input.noVerify) argv.push('-o', 'StrictHostKeyChecking=no');
  argv.push('--', input.host, input.remoteCommand);
  return argv;
}

/** Variables the ssh transport passes on besides those every child inherits (`virNetSocketNewConnectSSH`). */
const SSH_PASSED_ENV = [
  'XDG_RUNTIME_DIR',
  'KRB5CCNAME',
  'SSH_AUTH_SOCK',
  'SSH_ASKPASS',
  'GPG_TTY',
  'TERM',
  'OPENSSL_CONF',
  'DISPLAY',
  'XAUTHORITY',
] as const;

/**
 * The environment libvirt gives the ssh process: a cleared environment with `LC_ALL=C` and only
 * the listed variables copied from the caller's (`virNetSocketNewConnectSSH`).
 */
export function sshEnvironment(env: Environment): Record<string, string> {
  return childEnvironment(env, SSH_PASSED_ENV);
}
