import { describe, expect, it } from 'vitest';
import { escapeShell, LibvirtUriError, sshEnvironment, sshProxyCommand } from '../../src/uri/index.js';

// Expected strings are written out by hand from the format strings of libvirt's
// virNetClientSSHHelperCommand (src/rpc/virnetclient.c) and virBufferEscapeShell.
const NETCAT_TEST = `if 'nc' -q 2>&1 | grep "requires an argument" >/dev/null 2>&1; then ARG=-q0;else ARG=;fi;`;

describe('escapeShell', () => {
  it.each([
    ['', "''"],
    ['plain/path-1.0', 'plain/path-1.0'],
    ['two words', "'two words'"],
    ['qemu:///system?x=1', "'qemu:///system?x=1'"],
    ["it's", "'it'\\''s'"],
  ])('%j → %s', (input, escaped) => {
    expect(escapeShell(input)).toBe(escaped);
  });
});

describe('sshProxyCommand', () => {
  const base = {
    netcat: undefined,
    socketPath: '/var/run/libvirt/libvirt-sock',
    daemonName: 'qemu:///system',
    readOnly: false,
  };

  it('runs netcat on the socket', () => {
    expect(sshProxyCommand({ ...base, proxy: 'netcat' })).toBe(
      `sh -c '${NETCAT_TEST}'nc' $ARG -U /var/run/libvirt/libvirt-sock'`,
    );
  });

  it('runs virt-ssh-helper with the daemon name, -r when read-only', () => {
    expect(sshProxyCommand({ ...base, proxy: 'native' })).toBe("sh -c 'virt-ssh-helper 'qemu:///system''");
    expect(sshProxyCommand({ ...base, proxy: 'native', readOnly: true })).toBe(
      "sh -c 'virt-ssh-helper -r 'qemu:///system''",
    );
  });

  it('tries virt-ssh-helper and falls back to netcat in auto mode', () => {
    expect(sshProxyCommand({ ...base, proxy: 'auto' })).toBe(
      "sh -c 'which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then     virt-ssh-helper 'qemu:///system'; " +
        `else    ${NETCAT_TEST}'nc' $ARG -U /var/run/libvirt/libvirt-sock; fi'`,
    );
  });

  it('escapes names and netcat paths twice, since they end up inside sh -c', () => {
    const command = sshProxyCommand({ ...base, proxy: 'netcat', netcat: '/opt/my nc' });
    expect(command).toContain(`if '''\\''/opt/my nc'\\'''' -q`);
    expect(sshProxyCommand({ ...base, proxy: 'native', daemonName: 'qemu:///system?a=1' })).toBe(
      "sh -c 'virt-ssh-helper '''\\''qemu:///system?a=1'\\'''''",
    );
  });

  it('uses netcat when auto meets an explicit netcat, and refuses netcat with native', () => {
    expect(sshProxyCommand({ ...base, proxy: 'auto', netcat: 'ncat' })).toMatch(/^sh -c 'if 'ncat' -q/);
    expect(() => sshProxyCommand({ ...base, proxy: 'native', netcat: 'ncat' })).toThrow(LibvirtUriError);
  });
});

describe('sshEnvironment', () => {
  it('starts from LC_ALL=C and copies only the variables libvirt passes to ssh', () => {
    expect(
      sshEnvironment({ PATH: '/bin', SSH_AUTH_SOCK: '/agent', SECRET: 'x', LANG: 'de_DE.UTF-8', DISPLAY: ':0' }),
    ).toEqual({ LC_ALL: 'C', PATH: '/bin', SSH_AUTH_SOCK: '/agent', DISPLAY: ':0' });
  });
});
