import { describe, expect, it } from 'vitest';
import {
  LibvirtUriError,
  parseLibvirtUri,
  RemoteOpenFlags,
  resolveRemoteTarget,
  type RemoteTarget,
  type ResolveOptions,
} from '../../src/uri/index.js';

const HOME = '/home/alice';
const RUNTIME = '/run/user/1000';
const SESSION = `${RUNTIME}/libvirt`;
const SYSTEM = '/var/run/libvirt';

type Overrides = Partial<Omit<ResolveOptions, 'fileExists'>> & { readonly existing?: readonly string[] };

/** A non-root user with a runtime directory, on a host where none of the given paths but `existing` exist. */
function options(overrides: Overrides = {}): ResolveOptions {
  const { existing = [], ...rest } = overrides;
  const files = new Set(existing);
  return {
    env: { HOME, XDG_RUNTIME_DIR: RUNTIME },
    uid: 1000,
    fileExists: (path) => files.has(path),
    ...rest,
  };
}

function resolve(uri: string | null | undefined, overrides: Overrides = {}): RemoteTarget {
  return resolveRemoteTarget(uri, options(overrides));
}

function resolveError(uri: string | null | undefined, overrides: Overrides = {}): LibvirtUriError {
  try {
    resolve(uri, overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(LibvirtUriError);
    return error as LibvirtUriError;
  }
  throw new Error(`expected ${String(uri)} to be rejected`);
}

// Every remote-driver example URI of libvirt's docs/uri.rst ("Local hypervisor URIs", "Remote
// URIs", the uri_aliases example) and docs/remote.rst ("Basic usage", "Transports"), resolved
// for a non-root user on a host with modular daemons (per-driver sockets present).
const MODULAR_HOST = [
  `${SYSTEM}/virtqemud-sock`,
  `${SYSTEM}/virtqemud-sock-ro`,
  `${SYSTEM}/virtxend-sock`,
  `${SYSTEM}/libvirt-sock`,
  `${SESSION}/virtqemud-sock`,
];

const DOC_TARGETS: readonly (readonly [string, Partial<Record<string, unknown>>])[] = [
  [
    'qemu:///system',
    {
      transport: 'unix',
      socketPath: `${SYSTEM}/virtqemud-sock`,
      mode: 'direct',
      daemon: 'virtqemud',
      nameForDaemon: 'qemu:///system',
      userSession: false,
      openFlags: 0,
    },
  ],
  [
    'qemu:///session',
    {
      transport: 'unix',
      socketPath: `${SESSION}/virtqemud-sock`,
      daemon: 'virtqemud',
      nameForDaemon: 'qemu:///session',
      userSession: true,
      autostart: true,
      openFlags: RemoteOpenFlags.User | RemoteOpenFlags.Autostart,
    },
  ],
  ['xen:///system', { transport: 'unix', socketPath: `${SYSTEM}/virtxend-sock`, nameForDaemon: 'xen:///system' }],
  [
    'qemu+ssh://root@hail.cloud.example.com/system',
    {
      transport: 'ssh',
      host: 'hail.cloud.example.com',
      port: 22,
      user: 'root',
      socketPath: `${SYSTEM}/libvirt-sock`,
      mode: 'legacy',
      nameForDaemon: 'qemu:///system',
      proxy: 'auto',
    },
  ],
  [
    'xen+ssh://rjones@towada/system',
    { transport: 'ssh', host: 'towada', user: 'rjones', nameForDaemon: 'xen:///system', secure: true },
  ],
  [
    'xen://towada/system',
    { transport: 'tls', host: 'towada', port: 16514, verifyCertificate: true, nameForDaemon: 'xen:///system' },
  ],
  ['xen://towada/system?no_verify=1', { transport: 'tls', host: 'towada', verifyCertificate: false }],
  [
    'qemu+unix:///system?socket=/opt/libvirt/run/libvirt/libvirt-sock',
    {
      transport: 'unix',
      socketPath: '/opt/libvirt/run/libvirt/libvirt-sock',
      socketExplicit: true,
      mode: undefined,
      nameForDaemon: 'qemu:///system',
    },
  ],
  [
    'test+tcp://localhost:5000/default',
    {
      transport: 'tcp',
      host: 'localhost',
      port: 5000,
      nameForDaemon: 'test:///default',
      secure: false,
      userSession: true,
      openFlags: RemoteOpenFlags.User,
    },
  ],
  [
    'qemu+libssh2://user@host/system?known_hosts=/home/user/.ssh/known_hosts',
    {
      transport: 'libssh2',
      host: 'host',
      port: 22,
      user: 'user',
      knownHostsFile: '/home/user/.ssh/known_hosts',
      knownHostsVerify: 'normal',
      nameForDaemon: 'qemu:///system',
    },
  ],
  [
    'qemu+libssh://user@host/system?known_hosts=/home/user/.ssh/known_hosts',
    { transport: 'libssh', host: 'host', user: 'user', knownHostsFile: '/home/user/.ssh/known_hosts' },
  ],
  [
    'qemu://compute1.libvirt.org/system',
    { transport: 'tls', host: 'compute1.libvirt.org', port: 16514, nameForDaemon: 'qemu:///system' },
  ],
];

describe('resolveRemoteTarget: documented examples', () => {
  it.each(DOC_TARGETS)('%s', (uri, expected) => {
    expect(resolve(uri, { existing: MODULAR_HOST })).toMatchObject(expected);
  });

  it('uses the standard libvirtd sockets of docs/remote.rst on a monolithic host', () => {
    const existing = [`${SYSTEM}/libvirt-sock`, `${SYSTEM}/libvirt-sock-ro`];
    expect(resolve('qemu:///system', { existing })).toMatchObject({
      socketPath: '/var/run/libvirt/libvirt-sock',
      mode: 'legacy',
      daemon: 'libvirtd',
    });
    expect(resolve('qemu:///system', { existing, readOnly: true })).toMatchObject({
      socketPath: '/var/run/libvirt/libvirt-sock-ro',
      readOnly: true,
      openFlags: RemoteOpenFlags.ReadOnly,
    });
  });

  it('uses the documented default ports: tls 16514, tcp 16509, ssh 22', () => {
    expect(resolve('qemu+tls://h/system')).toMatchObject({ port: 16514 });
    expect(resolve('qemu+tcp://h/system')).toMatchObject({ port: 16509 });
    expect(resolve('qemu+ssh://h/system')).toMatchObject({ port: 22 });
    expect(resolve('qemu+libssh://h/system')).toMatchObject({ port: 22 });
    expect(resolve('qemu+tcp://h:0/system')).toMatchObject({ port: 16509 });
  });

  it('refuses test:///default, which libvirt serves inside its client library, and names the daemon form', () => {
    expect(resolveError('test:///default').message).toMatch(/test\+unix:\/\/\/default/);
    expect(resolveError('test:///path/to/host/definitions').message).toMatch(/test\+unix:\/\/\/path\/to\/host/);
  });
});

describe('resolveRemoteTarget: transport choice', () => {
  it('defaults to unix without a host and to tls with one', () => {
    expect(resolve('qemu:///system').transport).toBe('unix');
    expect(resolve('qemu://h/system').transport).toBe('tls');
  });

  it('connects the network transports to localhost when no host is given', () => {
    expect(resolve('qemu+tcp:///system')).toMatchObject({ transport: 'tcp', host: 'localhost' });
    expect(resolve('qemu+tls:///system')).toMatchObject({ transport: 'tls', host: 'localhost' });
    expect(resolve('qemu+ssh:///system')).toMatchObject({ transport: 'ssh', host: 'localhost' });
  });

  it('keeps IPv6 hosts without brackets', () => {
    expect(resolve('qemu+tcp://[::1]:16509/system')).toMatchObject({ host: '::1', port: 16509 });
  });

  it('rejects unix with a host, and ext without a command', () => {
    expect(resolveError('qemu+unix://host/system').message).toMatch(
      /unix transport cannot reach the remote server host/,
    );
    expect(resolveError('qemu+ext:///system').message).toMatch(/needs the command parameter/);
  });

  it('runs the ext command as given and does not call it secure', () => {
    expect(resolve('qemu+ext:///system?command=/bin/x')).toMatchObject({
      transport: 'ext',
      command: '/bin/x',
      secure: false,
      nameForDaemon: 'qemu:///system',
    });
  });

  it('refuses the drivers libvirt implements in its client library', () => {
    expect(resolveError('esx://example-esx.com/?no_verify=1').message).toMatch(/no libvirt daemon serves it/);
    expect(resolveError('hyperv://h/').message).toMatch(/hyperv/);
    expect(resolveError('esx:///').message).toMatch(/missing the server part/);
    expect(resolveError('vmwareplayer:///session').message).toMatch(/inside its client library/);
  });

  it('sends local-only client-side drivers with a host to the remote daemon, as libvirt does', () => {
    expect(resolve('test://h/default')).toMatchObject({
      transport: 'tls',
      host: 'h',
      nameForDaemon: 'test:///default',
    });
  });

  it('accepts an already parsed URI', () => {
    const uri = parseLibvirtUri('qemu+tcp://h/system');
    expect(resolveRemoteTarget(uri, options())).toMatchObject({ transport: 'tcp', uri });
  });
});

describe('resolveRemoteTarget: local socket selection', () => {
  it.each([
    ['both sockets', [`${SYSTEM}/virtqemud-sock`, `${SYSTEM}/libvirt-sock`], 'virtqemud-sock', 'direct'],
    ['only the per-driver socket', [`${SYSTEM}/virtqemud-sock`], 'virtqemud-sock', 'direct'],
    ['only the libvirt socket', [`${SYSTEM}/libvirt-sock`], 'libvirt-sock', 'legacy'],
    ['no socket (upstream default: direct)', [], 'virtqemud-sock', 'direct'],
  ])('mode=auto with %s picks %s', (_, existing, socket, mode) => {
    expect(resolve('qemu:///system', { existing })).toMatchObject({ socketPath: `${SYSTEM}/${socket}`, mode });
  });

  it('falls back to the legacy socket when the build default is legacy', () => {
    expect(resolve('qemu:///system', { defaultMode: 'legacy' })).toMatchObject({
      socketPath: `${SYSTEM}/libvirt-sock`,
      daemon: 'libvirtd',
    });
  });

  it('probes the read-only sockets for read-only connections', () => {
    expect(resolve('qemu:///system', { readOnly: true, existing: [`${SYSTEM}/libvirt-sock-ro`] })).toMatchObject({
      socketPath: `${SYSTEM}/libvirt-sock-ro`,
      mode: 'legacy',
    });
    expect(
      resolve('qemu:///system', {
        readOnly: true,
        existing: [`${SYSTEM}/virtqemud-sock`, `${SYSTEM}/libvirt-sock-ro`],
      }),
    ).toMatchObject({ socketPath: `${SYSTEM}/libvirt-sock-ro` });
  });

  it('honours mode from the URI over remote_mode from libvirt.conf', () => {
    const existing = [`${SYSTEM}/virtqemud-sock`, `${SYSTEM}/libvirt-sock`];
    expect(resolve('qemu:///system?mode=legacy', { existing })).toMatchObject({ socketPath: `${SYSTEM}/libvirt-sock` });
    expect(resolve('qemu:///system', { existing, config: { remoteMode: 'legacy' } })).toMatchObject({ mode: 'legacy' });
    expect(resolve('qemu:///system?mode=direct', { existing, config: { remoteMode: 'legacy' } })).toMatchObject({
      mode: 'direct',
    });
    expect(resolve('qemu:///system?mode=direct')).toMatchObject({ socketPath: `${SYSTEM}/virtqemud-sock` });
    expect(resolveError('qemu:///system', { config: { remoteMode: 'modular' } }).message).toMatch(
      /unknown remote mode "modular" in libvirt.conf/,
    );
  });

  it('uses the session daemon for /session URIs of non-root users, with no read-only variant', () => {
    expect(resolve('qemu:///session', { readOnly: true, existing: [`${SESSION}/libvirt-sock`] })).toMatchObject({
      socketPath: `${SESSION}/libvirt-sock`,
      userSession: true,
      openFlags: RemoteOpenFlags.ReadOnly | RemoteOpenFlags.User | RemoteOpenFlags.Autostart,
    });
  });

  it('sends root to the system daemon even for /session URIs', () => {
    expect(resolve('qemu:///session', { uid: 0 })).toMatchObject({
      socketPath: `${SYSTEM}/virtqemud-sock`,
      userSession: false,
      autostart: false,
      openFlags: 0,
    });
  });

  it('finds the session runtime directory as GLib does', () => {
    expect(resolve('qemu:///session', { env: { HOME, XDG_RUNTIME_DIR: '/run/user/7/' } })).toMatchObject({
      socketPath: '/run/user/7/libvirt/virtqemud-sock',
    });
    expect(resolve('qemu:///session', { env: { HOME, XDG_RUNTIME_DIR: '', XDG_CACHE_HOME: '/c' } })).toMatchObject({
      socketPath: '/c/libvirt/virtqemud-sock',
    });
    expect(resolve('qemu:///session', { env: { HOME } })).toMatchObject({
      socketPath: `${HOME}/.cache/libvirt/virtqemud-sock`,
    });
    expect(resolve('qemu:///session', { env: {}, homeDir: '/h' })).toMatchObject({
      socketPath: '/h/.cache/libvirt/virtqemud-sock',
    });
    expect(resolve('qemu:///session', { runtimeDir: '/r' })).toMatchObject({ socketPath: '/r/libvirt/virtqemud-sock' });
    expect(resolveError('qemu:///session', { env: {} }).message).toMatch(/no home directory/);
  });

  it('does not need a home directory for system sockets', () => {
    expect(resolve('qemu:///system', { env: {} })).toMatchObject({ socketPath: `${SYSTEM}/virtqemud-sock` });
  });

  it('builds system socket paths under the given local state directory', () => {
    expect(resolve('qemu:///system', { localStateDir: '/usr/local/var' })).toMatchObject({
      socketPath: '/usr/local/var/run/libvirt/virtqemud-sock',
    });
  });

  it('honours LIBVIRT_AUTOSTART=0', () => {
    expect(
      resolve('qemu:///session', { env: { HOME, XDG_RUNTIME_DIR: RUNTIME, LIBVIRT_AUTOSTART: '0' } }),
    ).toMatchObject({ autostart: false, openFlags: RemoteOpenFlags.User });
  });

  it('reaches the test driver of a daemon through test+unix', () => {
    expect(resolve('test+unix:///default?socket=/tmp/libvirt-sock')).toMatchObject({
      transport: 'unix',
      socketPath: '/tmp/libvirt-sock',
      socketExplicit: true,
      nameForDaemon: 'test:///default',
      userSession: true,
      autostart: false,
    });
    expect(resolve('test+unix:///default', { existing: [`${SESSION}/libvirt-sock`] })).toMatchObject({
      socketPath: `${SESSION}/libvirt-sock`,
      mode: 'legacy',
    });
  });

  it('accepts abstract socket names and refuses empty or over-long socket paths', () => {
    expect(resolve('qemu+unix:///system?socket=@libvirt')).toMatchObject({ socketPath: '@libvirt' });
    expect(resolveError('qemu+unix:///system?socket=').message).toMatch(/socket parameter is empty/);
    expect(resolve(`qemu+unix:///system?socket=/${'s'.repeat(106)}`).transport).toBe('unix');
    expect(resolveError(`qemu+unix:///system?socket=/${'s'.repeat(107)}`).message).toMatch(/too long/);
  });
});

describe('resolveRemoteTarget: no URI (the daemon chooses)', () => {
  it.each([undefined, null, ''])('%j opens the session socket for a non-root user', (uri) => {
    expect(resolve(uri, { existing: [`${SESSION}/libvirt-sock`] })).toMatchObject({
      transport: 'unix',
      uri: undefined,
      driver: undefined,
      socketPath: `${SESSION}/libvirt-sock`,
      daemon: 'virtproxyd',
      nameForDaemon: '',
      queryUriAfterOpen: true,
      userSession: true,
      autostart: true,
    });
  });

  it('opens the system socket for root, read-only when asked', () => {
    expect(resolve(undefined, { uid: 0, readOnly: true })).toMatchObject({
      socketPath: `${SYSTEM}/libvirt-sock-ro`,
      userSession: false,
      openFlags: RemoteOpenFlags.ReadOnly,
    });
  });

  it('lets the daemon choose for the remote pseudo-driver without querying the URI afterwards', () => {
    expect(resolve('remote:///', { uid: 0 })).toMatchObject({
      socketPath: `${SYSTEM}/libvirt-sock`,
      nameForDaemon: '',
      queryUriAfterOpen: false,
    });
    expect(resolve('remote+ssh://h/')).toMatchObject({ transport: 'ssh', nameForDaemon: '' });
  });
});

describe('resolveRemoteTarget: ssh', () => {
  it('builds the ssh command line libvirt runs', () => {
    const target = resolve('qemu+ssh://root@host:2222/system?keyfile=/k&no_verify=1&no_tty=1&command=/opt/ssh');
    expect(target).toMatchObject({ transport: 'ssh', port: 2222, keyFile: '/k', noTty: true, noVerify: true });
    if (target.transport !== 'ssh') throw new Error('expected ssh');
    expect(target.argv).toEqual([
      '/opt/ssh',
      '-p',
      '2222',
      '-l',
      'root',
      '-i',
      '/k',
      '-T',
      '-e',
      'none',
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=no',
      '--',
      'host',
      target.remoteCommand,
    ]);
  });

  it('leaves port and user to ssh when the URI has none', () => {
    const target = resolve('qemu+ssh://host/system');
    if (target.transport !== 'ssh') throw new Error('expected ssh');
    expect(target.argv).toEqual(['ssh', '-T', '-e', 'none', '--', 'host', target.remoteCommand]);
    expect(target.user).toBeUndefined();
  });

  it('chooses the proxy as libvirt does', () => {
    expect(resolve('qemu+ssh://h/system')).toMatchObject({ proxy: 'auto' });
    expect(resolve('qemu+ssh://h/system?socket=/s')).toMatchObject({ proxy: 'netcat', socketPath: '/s' });
    expect(resolve('qemu+ssh://h/session')).toMatchObject({
      proxy: 'native',
      userSession: true,
      openFlags: RemoteOpenFlags.User,
    });
    expect(resolve('qemu+ssh://h/system?netcat=/bin/nc')).toMatchObject({ proxy: 'netcat', netcat: '/bin/nc' });
    expect(resolve('qemu+ssh://h/system', { config: { remoteProxy: 'native' } })).toMatchObject({ proxy: 'native' });
    expect(resolve('qemu+ssh://h/system?proxy=netcat', { config: { remoteProxy: 'native' } })).toMatchObject({
      proxy: 'netcat',
    });
    expect(resolveError('qemu+ssh://h/system?proxy=native&netcat=nc').message).toMatch(/netcat.*proxy=native/);
    expect(resolveError('qemu+ssh://h/system', { config: { remoteProxy: 'ncat' } }).message).toMatch(
      /unknown proxy type "ncat"/,
    );
  });

  it('runs virt-ssh-helper with -r and uses the read-only socket for read-only connections', () => {
    const target = resolve('qemu+ssh://h/system?proxy=native', { readOnly: true });
    expect(target).toMatchObject({ socketPath: `${SYSTEM}/libvirt-sock-ro`, openFlags: RemoteOpenFlags.ReadOnly });
    if (target.transport !== 'ssh') throw new Error('expected ssh');
    expect(target.remoteCommand).toBe("sh -c 'virt-ssh-helper -r 'qemu:///system''");
  });

  it('refuses direct mode over ssh and always uses the legacy socket in auto mode', () => {
    expect(resolveError('qemu+ssh://h/system?mode=direct').message).toMatch(/direct socket mode for the ssh transport/);
    expect(resolve('qemu+ssh://h/system', { existing: [`${SYSTEM}/virtqemud-sock`] })).toMatchObject({
      socketPath: `${SYSTEM}/libvirt-sock`,
    });
  });
});

describe('resolveRemoteTarget: libssh and libssh2', () => {
  it('defaults the user to root, known_hosts to the libvirt config directory, verification to normal', () => {
    expect(resolve('qemu+libssh://h/system')).toMatchObject({
      user: 'root',
      knownHostsFile: `${HOME}/.config/libvirt/known_hosts`,
      knownHostsVerify: 'normal',
      keyFile: undefined,
      authMethods: ['agent', 'password', 'keyboard-interactive'],
    });
    expect(resolve('qemu+libssh2://h/system', { env: { HOME, XDG_CONFIG_HOME: '/cfg' } })).toMatchObject({
      knownHostsFile: '/cfg/libvirt/known_hosts',
    });
  });

  it('finds the default key in libvirt order and then offers privkey authentication', () => {
    const existing = [`${HOME}/.ssh/id_rsa`, `${HOME}/.ssh/id_ed25519`];
    expect(resolve('qemu+libssh://h/system', { existing })).toMatchObject({
      keyFile: `${HOME}/.ssh/id_ed25519`,
      authMethods: ['agent', 'privkey', 'password', 'keyboard-interactive'],
    });
    expect(resolve('qemu+libssh://h/system?keyfile=/k', { existing })).toMatchObject({ keyFile: '/k' });
  });

  it('reads known_hosts_verify and sshauth case-insensitively and rejects unknown values', () => {
    expect(resolve('qemu+libssh://h/system?known_hosts_verify=AUTO&sshauth=Agent,Password&keyfile=/k')).toMatchObject({
      knownHostsVerify: 'auto',
      authMethods: ['agent', 'password'],
    });
    expect(resolveError('qemu+libssh://h/system?known_hosts_verify=strict').message).toMatch(
      /invalid host key verification method "strict"/,
    );
    expect(resolveError('qemu+libssh2://h/system?sshauth=agent,,password').message).toMatch(
      /invalid authentication method ""/,
    );
    expect(resolveError('qemu+libssh2://h/system?sshauth=privkey').message).toMatch(/needs a key file/);
  });
});

describe('resolveRemoteTarget: tls', () => {
  it('takes all credentials from pkipath', () => {
    expect(resolve('qemu+tls://h/system?pkipath=/tmp/pki/client')).toMatchObject({
      credentials: {
        caCert: '/tmp/pki/client/cacert.pem',
        caCrl: '/tmp/pki/client/cacrl.pem',
        clientCert: '/tmp/pki/client/clientcert.pem',
        clientKey: '/tmp/pki/client/clientkey.pem',
      },
    });
  });

  it('prefers ~/.pki/libvirt for non-root users file by file, key and certificate as a pair', () => {
    const userPki = `${HOME}/.pki/libvirt`;
    expect(
      resolve('qemu+tls://h/system', { existing: [`${userPki}/cacert.pem`, `${userPki}/clientkey.pem`] }),
    ).toMatchObject({
      credentials: {
        caCert: `${userPki}/cacert.pem`,
        caCrl: '/etc/pki/CA/cacrl.pem',
        clientCert: '/etc/pki/libvirt/clientcert.pem',
        clientKey: '/etc/pki/libvirt/private/clientkey.pem',
      },
    });
    expect(
      resolve('qemu+tls://h/system', { existing: [`${userPki}/clientcert.pem`, `${userPki}/clientkey.pem`] }),
    ).toMatchObject({
      credentials: { clientCert: `${userPki}/clientcert.pem`, clientKey: `${userPki}/clientkey.pem` },
    });
  });

  it('uses only the system credentials for root', () => {
    const existing = [`/root/.pki/libvirt/cacert.pem`];
    expect(resolve('qemu+tls://h/system', { uid: 0, env: { HOME: '/root' }, existing })).toMatchObject({
      credentials: { caCert: '/etc/pki/CA/cacert.pem' },
    });
  });

  it('takes the priority from the URI, else libvirt.conf, and reads no_sanity', () => {
    expect(resolve('qemu+tls://h/system', { config: { tlsPriority: 'NORMAL' } })).toMatchObject({ priority: 'NORMAL' });
    expect(
      resolve('qemu+tls://h/system?tls_priority=NORMAL:-VERS-SSL3.0&no_sanity=1', { config: { tlsPriority: 'X' } }),
    ).toMatchObject({ priority: 'NORMAL:-VERS-SSL3.0', sanityCheckCertificates: false, verifyCertificate: true });
  });
});

describe('resolveRemoteTarget: authentication settings', () => {
  it('reports the requested auth type', () => {
    expect(resolve('qemu+tcp://h/system?auth=sasl.digest-md5')).toMatchObject({ authType: 'sasl.digest-md5' });
  });

  it('locates auth.conf as virAuthGetConfigFilePathURI does', () => {
    const user = `${HOME}/.config/libvirt/auth.conf`;
    const system = '/etc/libvirt/auth.conf';
    expect(resolve('qemu+tcp://h/system').authConfigPath).toBeUndefined();
    expect(resolve('qemu+tcp://h/system', { existing: [system] }).authConfigPath).toBe(system);
    expect(resolve('qemu+tcp://h/system', { existing: [user, system] }).authConfigPath).toBe(user);
    expect(resolve('qemu+tcp://h/system?authfile=/a', { existing: [user] }).authConfigPath).toBe('/a');
    const env = { HOME, LIBVIRT_AUTH_FILE: '/env' };
    expect(resolve('qemu+tcp://h/system?authfile=/a', { env }).authConfigPath).toBe('/env');
  });
});
