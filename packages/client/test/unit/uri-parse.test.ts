import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daemonUriName, LibvirtUriError, parseLibvirtUri, type LibvirtUri } from '../../src/uri/index.js';

type Expected = Partial<Omit<LibvirtUri, 'remote'>> & { remote?: LibvirtUri['remote'] };

function expectParsed(uri: string, expected: Expected): void {
  const parsed = parseLibvirtUri(uri);
  const { remote, ...fields } = expected;
  expect(parsed).toMatchObject(fields);
  if (remote !== undefined) expect(parsed.remote).toEqual(remote);
}

// Every example URI in libvirt's docs/uri.rst ("Local hypervisor URIs", "Remote URIs",
// "Transport configuration") and docs/remote.rst ("Basic usage").
const DOC_EXAMPLES: readonly (readonly [string, Expected])[] = [
  ['test:///default', { scheme: 'test', driver: 'test', transport: undefined, host: undefined, path: '/default' }],
  ['xen:///system', { driver: 'xen', transport: undefined, host: undefined, path: '/system' }],
  ['qemu:///system', { driver: 'qemu', host: undefined, port: undefined, path: '/system', params: [] }],
  ['qemu:///session', { driver: 'qemu', host: undefined, path: '/session' }],
  ['test:///path/to/host/definitions', { driver: 'test', path: '/path/to/host/definitions' }],
  [
    'qemu+ssh://root@hail.cloud.example.com/system',
    { driver: 'qemu', transport: 'ssh', user: 'root', host: 'hail.cloud.example.com', path: '/system' },
  ],
  [
    'xen+ssh://rjones@towada/system',
    { scheme: 'xen+ssh', driver: 'xen', transport: 'ssh', user: 'rjones', host: 'towada', path: '/system' },
  ],
  ['xen://towada/system', { driver: 'xen', transport: undefined, user: undefined, host: 'towada', path: '/system' }],
  [
    'xen://towada/system?no_verify=1',
    { host: 'towada', query: 'no_verify=1', remote: { noVerify: true }, passthroughParams: [] },
  ],
  [
    'qemu+unix:///system?socket=/opt/libvirt/run/libvirt/libvirt-sock',
    {
      transport: 'unix',
      host: undefined,
      path: '/system',
      params: [{ name: 'socket', value: '/opt/libvirt/run/libvirt/libvirt-sock' }],
      remote: { socket: '/opt/libvirt/run/libvirt/libvirt-sock' },
    },
  ],
  ['test+tcp://localhost:5000/default', { driver: 'test', transport: 'tcp', host: 'localhost', port: 5000 }],
  [
    'qemu+libssh2://user@host/system?known_hosts=/home/user/.ssh/known_hosts',
    { transport: 'libssh2', user: 'user', host: 'host', remote: { knownHosts: '/home/user/.ssh/known_hosts' } },
  ],
  [
    'qemu+libssh://user@host/system?known_hosts=/home/user/.ssh/known_hosts',
    { transport: 'libssh', user: 'user', host: 'host', remote: { knownHosts: '/home/user/.ssh/known_hosts' } },
  ],
  ['qemu://compute1.libvirt.org/system', { driver: 'qemu', transport: undefined, host: 'compute1.libvirt.org' }],
];

// The parameter examples of docs/uri.rst "Transport configuration", each on a URI of its transport.
const DOC_PARAMETER_EXAMPLES: readonly (readonly [string, LibvirtUri['remote']])[] = [
  ['qemu+ssh://h/system?name=qemu:///system', { name: 'qemu:///system' }],
  ['qemu+ssh://h/system?command=/opt/openssh/bin/ssh', { command: '/opt/openssh/bin/ssh' }],
  ['qemu+ssh://h/system?no_verify=1', { noVerify: true }],
  ['qemu+ssh://h/system?no_tty=1', { noTty: true }],
  ['qemu+libssh://h/system?known_hosts=/root/.ssh/known_hosts', { knownHosts: '/root/.ssh/known_hosts' }],
  ['qemu+libssh://h/system?known_hosts_verify=ignore', { knownHostsVerify: 'ignore' }],
  ['qemu+libssh2://h/system?sshauth=privkey,agent', { sshAuth: 'privkey,agent' }],
  ['qemu+tls://h/system?tls_priority=NORMAL:-VERS-SSL3.0', { tlsPriority: 'NORMAL:-VERS-SSL3.0' }],
  ['qemu+tls://h/system?pkipath=/tmp/pki/client', { pkiPath: '/tmp/pki/client' }],
  ['qemu:///system?mode=direct', { mode: 'direct' }],
  ['qemu+ssh://h/system?proxy=native', { proxy: 'native' }],
  [
    'qemu+ssh://h/system?socket=/opt/libvirt/run/libvirt/libvirt-sock',
    { socket: '/opt/libvirt/run/libvirt/libvirt-sock' },
  ],
  ['qemu+ssh://h/system?netcat=/opt/netcat/bin/nc', { netcat: '/opt/netcat/bin/nc' }],
  ['qemu+ssh://h/system?keyfile=/root/.ssh/example_key', { keyFile: '/root/.ssh/example_key' }],
];

describe('parseLibvirtUri: documented examples', () => {
  it.each(DOC_EXAMPLES)('%s', (uri, expected) => {
    expectParsed(uri, { uri, ...expected });
  });

  it.each(DOC_PARAMETER_EXAMPLES)('%s', (uri, remote) => {
    const parsed = parseLibvirtUri(uri);
    expect(parsed.remote).toEqual(remote);
    expect(parsed.passthroughParams).toEqual([]);
  });
});

describe('parseLibvirtUri: components', () => {
  it('reads user, port and every transport parameter of a full ssh URI', () => {
    expectParsed(
      'qemu+ssh://root@host:2222/system?keyfile=/k&no_verify=1&no_tty=0&netcat=nc&command=/bin/ssh&mode=legacy&proxy=netcat',
      {
        user: 'root',
        host: 'host',
        port: 2222,
        remote: {
          keyFile: '/k',
          noVerify: true,
          noTty: false,
          netcat: 'nc',
          command: '/bin/ssh',
          mode: 'legacy',
          proxy: 'netcat',
        },
      },
    );
  });

  it('parses the ext transport and its command', () => {
    expectParsed('qemu+ext:///system?command=/bin/x', { transport: 'ext', remote: { command: '/bin/x' } });
  });

  it('lower-cases the transport but keeps the driver as written', () => {
    expectParsed('QEMU+SSH://h/system', { scheme: 'QEMU+SSH', driver: 'QEMU', transport: 'ssh' });
  });

  it('parses URIs of drivers that are not reached through the remote driver', () => {
    expectParsed('esx://example-esx.com/?no_verify=1', { driver: 'esx', host: 'example-esx.com', path: '/' });
    expectParsed('vpx://example-vcenter.com/dc1/srv1', { driver: 'vpx', path: '/dc1/srv1' });
    expectParsed('hyperv://example-hyperv.com/?transport=http', {
      passthroughParams: [{ name: 'transport', value: 'http' }],
    });
    expectParsed('vbox:///session', { driver: 'vbox', path: '/session' });
  });

  it('strips brackets from IPv6 hosts, including zone identifiers', () => {
    expectParsed('qemu+tcp://[::1]:16509/system', { host: '::1', port: 16509 });
    expectParsed('qemu://[2001:db8::7]/system', { host: '2001:db8::7', port: undefined });
    expectParsed('qemu+ssh://root@[fe80::1%25eth0]:22/system', { host: 'fe80::1%eth0', user: 'root', port: 22 });
  });

  it('keeps brackets on a bracketed host without a colon, as libvirt does', () => {
    expectParsed('qemu://[v1.x]/system', { host: '[v1.x]' });
  });

  it('treats a port without a host, or port 0, as no port', () => {
    expectParsed('qemu+ssh://:2222/system', { host: undefined, port: undefined });
    expectParsed('qemu+tcp://h:0/system', { host: 'h', port: undefined });
  });

  it('takes the whole userinfo as the user name', () => {
    expectParsed('qemu+ssh://alice:secret@h/system', { user: 'alice:secret' });
    expectParsed('qemu+ssh://@h/system', { user: '' });
  });

  it('decodes percent-escapes in user, host, path and fragment, and keeps the raw query', () => {
    expectParsed('test+unix://%61lice@/my%20dir/f%C3%BCr.xml?socket=%2Ftmp%2Fs%20ock#frag%21', {
      user: 'alice',
      path: '/my dir/für.xml',
      query: 'socket=%2Ftmp%2Fs%20ock',
      fragment: 'frag!',
      remote: { socket: '/tmp/s ock' },
    });
    expectParsed('qemu://ex%61mple.com/system', { host: 'example.com' });
  });

  it('accepts abstract socket names', () => {
    expectParsed('test+unix:///default?socket=@libvirt-test', { remote: { socket: '@libvirt-test' } });
  });

  it('normalises an absent path to the empty string', () => {
    expectParsed('qemu+ssh://host', { host: 'host', path: '' });
    expectParsed('remote:', { driver: 'remote', host: undefined, path: '' });
    expectParsed('test:/default', { host: undefined, path: '/default' });
  });
});

describe('parseLibvirtUri: parameters', () => {
  it('matches transport parameter names case-insensitively, the last one winning', () => {
    expectParsed('qemu+ssh://h/system?SOCKET=/a&Socket=/b&No_Verify=1', {
      remote: { socket: '/b', noVerify: true },
      passthroughParams: [],
    });
  });

  it('passes unknown parameters through in order', () => {
    expectParsed('qemu+ssh://h/system?foo=1&keyfile=/k&bar=two%20words&baz', {
      passthroughParams: [
        { name: 'foo', value: '1' },
        { name: 'bar', value: 'two words' },
        { name: 'baz', value: '' },
      ],
    });
  });

  it('reads booleans as C integers: sign, leading blanks, any non-zero is true', () => {
    expectParsed('qemu+ssh://h/system?no_verify=%201&no_tty=-3&no_sanity=+0', {
      remote: { noVerify: true, noTty: true, noSanity: false },
    });
  });

  it('strips every authfile but keeps only the first spelt exactly "authfile"', () => {
    expectParsed('qemu+ssh://h/system?AuthFile=/a&authfile=/b&authfile=/c', {
      remote: { authFile: '/b' },
      passthroughParams: [],
    });
  });

  it('keeps the auth and no_sanity parameters', () => {
    expectParsed('qemu+tls://h/system?auth=sasl.gssapi&no_sanity=1', {
      remote: { auth: 'sasl.gssapi', noSanity: true },
    });
  });

  it('validates only the last mode and proxy', () => {
    expectParsed('qemu:///system?mode=bogus&mode=legacy&proxy=x&proxy=auto', {
      remote: { mode: 'legacy', proxy: 'auto' },
    });
  });

  it('splits sections like virURIParseParams: ";" only once no "&" is left', () => {
    expectParsed('qemu:///system?a=1;b=2&c=3;d=4', {
      params: [
        { name: 'a', value: '1;b=2' },
        { name: 'c', value: '3' },
        { name: 'd', value: '4' },
      ],
    });
  });

  it('drops "=value" and empty sections, gives "name" and "name=" an empty value', () => {
    expectParsed('qemu:///system?&=x&a&b=&&c=1', {
      params: [
        { name: 'a', value: '' },
        { name: 'b', value: '' },
        { name: 'c', value: '1' },
      ],
    });
  });

  it('reproduces libvirt reading a lone "=" section as a name running to the end of the query', () => {
    expectParsed('qemu:///system?=&a=1', {
      params: [
        { name: '=&a=1', value: '' },
        { name: 'a', value: '1' },
      ],
    });
  });
});

// Malformed URIs: libvirt (libxml2's RFC 3986 parser, remoteSplitURIScheme, doRemoteOpen,
// virConnectOpenInternal) refuses each of these.
const MALFORMED: readonly (readonly [string, RegExp])[] = [
  ['', /driver name/],
  ['hail', /followed by ":"/],
  ['/var/run/libvirt/libvirt-sock', /driver name/],
  ['1qemu:///system', /driver name/],
  ['qemu+foo:///system', /unknown transport "foo"/],
  ['qemu+:///system', /unknown transport ""/],
  ['qemu:///sys tem', /unexpected " "/],
  ['qemu:///system?socket=/a b', /unexpected " "/],
  ['qemu:///system#a#b', /unexpected "#"/],
  ['qemu:///syst%zzem', /percent-escape/],
  ['qemu:///syst%4', /percent-escape/],
  ['qemu:///%FF', /UTF-8/],
  ['qemu:///system?x=%FF', /UTF-8/],
  ['qemu:///sÿstem', /unexpected "ÿ"/],
  ['qemu+ssh://host:/system', /port/],
  ['qemu+ssh://host:22x/system', /malformed authority/],
  ['qemu+ssh://host:65536/system', /out of range/],
  ['qemu+ssh://[::1/system', /IP literal/],
  ['qemu+ssh://[]/system', /empty IP literal/],
  ['qemu+ssh://[::1]x/system', /malformed authority/],
  ['qemu+ssh://a@b@c/system', /malformed authority/],
  ['qemu+ssh://h/system?no_verify=yes', /no_verify must be an integer/],
  ['qemu+ssh://h/system?no_tty=', /no_tty must be an integer/],
  ['qemu+ssh://h/system?no_verify=1x', /no_verify must be an integer/],
  ['qemu+ssh://h/system?no_verify=99999999999', /no_verify must be an integer/],
  ['qemu:///system?mode=fast', /unknown remote mode "fast"/],
  ['qemu:///system?mode=Direct', /unknown remote mode/],
  ['qemu+ssh://h/system?proxy=socat', /unknown proxy type "socat"/],
  ['qemu://system', /did you mean qemu:\/\/\/system/],
  ['qemu://session', /did you mean qemu:\/\/\/session/],
  ['vbox://session', /did you mean vbox:\/\/\/session/],
];

describe('parseLibvirtUri: malformed URIs', () => {
  it.each(MALFORMED)('rejects %j', (uri, message) => {
    let caught: unknown;
    try {
      parseLibvirtUri(uri);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LibvirtUriError);
    const error = caught as LibvirtUriError;
    expect(error.name).toBe('LibvirtUriError');
    expect(error.uri).toBe(uri);
    expect(error.message).toMatch(message);
  });

  it('keeps the decoding failure as the cause', () => {
    let caught: unknown;
    try {
      parseLibvirtUri('qemu:///%C3');
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).cause).toBeInstanceOf(TypeError);
  });

  it('does not mistake a transport-qualified host for the missing-slash mistake', () => {
    expect(parseLibvirtUri('qemu+tcp://system/session').host).toBe('system');
  });
});

describe('daemonUriName', () => {
  it.each([
    ['qemu:///system', 'qemu:///system'],
    ['qemu+ssh://root@h:2222/system', 'qemu:///system'],
    ['test+unix:///default?socket=/x', 'test:///default'],
    ['test+tcp://localhost:5000/default', 'test:///default'],
    ['qemu+ssh://h/system?keyfile=/k&foo=a%20b&no_verify=1', 'qemu:///system?foo=a%20b'],
    ['qemu+ssh://h/system?name=qemu:///session&foo=1', 'qemu:///session'],
    ['qemu+ssh://h/system?name=', ''],
    ['remote:///', ''],
    ['remote+ssh://h/', ''],
    ['qemu+ssh://host', 'qemu://'],
    ['xen+ssh://h/system#frag%20x', 'xen:///system#frag%20x'],
    ['test+unix:///a%20dir/f:1.xml', 'test:///a%20dir/f%3A1.xml'],
    ['qemu:///system?x=a%2Fb%3Fc&y=%C3%BC!', 'qemu:///system?x=a%2Fb%3Fc&y=%C3%BC%21'],
    ['qemu:///system?a%26b=1', 'qemu:///system?a&b=1'],
    ['qemu:///system?flag', 'qemu:///system?flag='],
  ])('%s is opened on the daemon as %s', (uri, name) => {
    expect(daemonUriName(parseLibvirtUri(uri))).toBe(name);
  });

  it('forwards a name that parses back to the same driver, path, parameters and fragment', () => {
    const segment = fc.string({ unit: fc.constantFrom(...Array.from("abcXYZ09-_.~!$&'()*+,;=:@/ %é")), maxLength: 12 });
    const paramName = fc.string({ unit: fc.constantFrom(...Array.from('abcxyz019_-.')), minLength: 1, maxLength: 8 });
    const forwardedName = paramName.filter(
      (name) =>
        !/^(name|command|socket|auth|sshauth|netcat|keyfile|pkipath|known_hosts|known_hosts_verify|tls_priority|mode|proxy|no_sanity|no_verify|no_tty|authfile)$/i.test(
          name,
        ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('qemu', 'test', 'xen'),
        fc.constantFrom('', '+unix', '+ssh', '+tcp'),
        segment,
        fc.array(fc.record({ name: forwardedName, value: segment }), { maxLength: 4 }),
        fc.option(segment, { nil: undefined }),
        (driver, transport, path, params, fragment) => {
          const query = params.map((p) => `${p.name}=${encodeURIComponent(p.value)}`).join('&');
          const host = transport === '+unix' || transport === '' ? '' : 'host';
          const uri =
            `${driver}${transport}://${host}/${encodeURIComponent(path)}` +
            (query === '' ? '' : `?${query}`) +
            (fragment === undefined ? '' : `#${encodeURIComponent(fragment)}`);
          const parsed = parseLibvirtUri(uri);
          const reparsed = parseLibvirtUri(daemonUriName(parsed));
          expect(reparsed.driver).toBe(driver);
          expect(reparsed.transport).toBeUndefined();
          expect(reparsed.host).toBeUndefined();
          expect(reparsed.path).toBe(`/${path}`);
          expect(reparsed.params).toEqual(params);
          expect(reparsed.fragment).toBe(fragment);
        },
      ),
    );
  });
});
