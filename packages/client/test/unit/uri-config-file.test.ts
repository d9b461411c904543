/**
 * libvirt.conf: libvirt's configuration syntax (virconf.c), where virsh finds the file, and the
 * documented uri_aliases / uri_default / LIBVIRT_DEFAULT_URI behaviour (docs/uri.rst) applied to
 * settings read from a file. The integration project compares the same cases with virsh itself.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientConfigFromText, loadClientConfig } from '../../src/uri/config-file.js';
import { LibvirtConfigError, parseVirConf, virConfGet } from '../../src/uri/virconf.js';
import { selectConnectUri } from '../../src/uri/index.js';

// The example of docs/uri.rst ("Configuring URI aliases"), trailing comma included.
const DOC_EXAMPLE = `uri_aliases = [
  "hail=qemu+ssh://root@hail.cloud.example.com/system",
  "sleet=qemu+ssh://root@sleet.cloud.example.com/system",
]
`;

// Debian's /etc/libvirt/libvirt.conf: everything commented out.
const DEBIAN_DEFAULT = `#
# This can be used to setup URI aliases for frequently
# used connection URIs. Aliases may contain only the
# characters  a-Z, 0-9, _, -.
#
# Following the '=' may be any valid libvirt connection
# URI, including arbitrary parameters

#uri_aliases = [
#  "hail=qemu+ssh://root@hail.cloud.example.com/system",
#  "sleet=qemu+ssh://root@sleet.cloud.example.com/system",
#]

#
# These can be used in cases when no URI is supplied by the application
# (@uri_default also prevents probing of the hypervisor driver).
#
#uri_default = "qemu:///system"
`;

function syntaxError(text: string): string {
  try {
    parseVirConf(text, 'libvirt.conf');
  } catch (error) {
    expect(error).toBeInstanceOf(LibvirtConfigError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('parseVirConf', () => {
  it('reads the documented alias list', () => {
    const entries = parseVirConf(DOC_EXAMPLE, 'libvirt.conf');
    expect(entries).toEqual([
      {
        name: 'uri_aliases',
        line: 1,
        value: {
          type: 'list',
          items: [
            { type: 'string', value: 'hail=qemu+ssh://root@hail.cloud.example.com/system' },
            { type: 'string', value: 'sleet=qemu+ssh://root@sleet.cloud.example.com/system' },
          ],
        },
      },
    ]);
  });

  it('reads a file that is all comments as no settings', () => {
    expect(parseVirConf(DEBIAN_DEFAULT, 'libvirt.conf')).toEqual([]);
    expect(parseVirConf('', 'libvirt.conf')).toEqual([]);
  });

  it('reads strings, numbers, lists, separators and trailing comments', () => {
    const text =
      'a = \'single\' ; b="double" # why\n\n  c = -12\nd = +7\ne = [ 1, \'x\', ["nested"] ]\nf = """multi\nline"""\ng = []\n';
    const entries = parseVirConf(text, 'x');
    expect(entries.map((e) => [e.name, e.line, e.value])).toEqual([
      ['a', 1, { type: 'string', value: 'single' }],
      ['b', 1, { type: 'string', value: 'double' }],
      ['c', 3, { type: 'number', value: -12n, signed: true }],
      ['d', 4, { type: 'number', value: 7n, signed: false }],
      [
        'e',
        5,
        {
          type: 'list',
          items: [
            { type: 'number', value: 1n, signed: false },
            { type: 'string', value: 'x' },
            { type: 'list', items: [{ type: 'string', value: 'nested' }] },
          ],
        },
      ],
      ['f', 6, { type: 'string', value: 'multi\nline' }],
      ['g', 8, { type: 'list', items: [] }],
    ]);
  });

  it('keeps the first of repeated settings, as virConfGetValue does', () => {
    const entries = parseVirConf('uri_default = "first"\nuri_default = "second"\n', 'x');
    expect(virConfGet(entries, 'uri_default')).toEqual({ type: 'string', value: 'first' });
  });

  it.each([
    ['uri_default "x"\n', 'libvirt.conf:1: expecting an assignment'],
    ['uri_default = qemu:///system\n', 'libvirt.conf:1: expecting a value'],
    ['uri_default = "unterminated\n', 'libvirt.conf:1: unterminated string'],
    ['\n\nx = "a" y = "b"\n', 'libvirt.conf:3: expecting a separator'],
    ['x = [ "a" "b" ]\n', 'libvirt.conf:1: expecting a separator in list'],
    ['x = [ "a",\n  # no comments in lists\n]\n', 'libvirt.conf:2: expecting a value'],
    ['x = [ "a"\n', 'libvirt.conf:2: list is not closed with ]'],
    ['x = -\n', 'libvirt.conf:1: unterminated number'],
    ['9x = 1\n', 'libvirt.conf:1: expecting a name'],
    // libvirt refuses a file of nothing but white space, at the line where it ends.
    ['   \n', 'libvirt.conf:2: expecting a name'],
  ])('%j fails: %s', (text, message) => {
    expect(syntaxError(text)).toBe(message);
  });
});

describe('clientConfigFromText', () => {
  it('exposes the client settings', () => {
    const config = clientConfigFromText(
      `${DOC_EXAMPLE}uri_default = "hail"\nremote_mode = "legacy"\nremote_proxy = "netcat"\ntls_priority = "NORMAL"\n`,
      '/etc/libvirt/libvirt.conf',
    );
    expect(config.uriDefault).toBe('hail');
    expect(config.uriAliases).toHaveLength(2);
    expect(config.remoteMode).toBe('legacy');
    expect(config.remoteProxy).toBe('netcat');
    expect(config.tlsPriority).toBe('NORMAL');
  });

  it('reports a setting of the wrong type only when it is read, as libvirt does', () => {
    const config = clientConfigFromText(
      'uri_default = 1\nuri_aliases = "a=b"\n',
      '/home/u/.config/libvirt/libvirt.conf',
    );
    expect(config.remoteMode).toBeUndefined();
    // An explicit URI never reads uri_default...
    const badDefault = clientConfigFromText('uri_default = 1\n', 'x');
    expect(selectConnectUri('test:///default', { env: {}, config: badDefault })).toBe('test:///default');
    expect(() => selectConnectUri(undefined, { env: {}, config: badDefault })).toThrow(LibvirtConfigError);
    // ...no URI does.
    expect(() => config.uriDefault).toThrow(
      "/home/u/.config/libvirt/libvirt.conf: expected a string for 'uri_default' parameter",
    );
    expect(() => config.uriAliases).toThrow("expected a string list for 'uri_aliases' parameter");
    expect(() => clientConfigFromText('uri_aliases = [ 1 ]', 'x').uriAliases).toThrow(LibvirtConfigError);
  });
});

describe('the documented URI selection, from a file', () => {
  const config = clientConfigFromText(`${DOC_EXAMPLE}uri_default = "sleet"\n`, 'libvirt.conf');

  it('resolves the documented aliases', () => {
    expect(selectConnectUri('hail', { env: {}, config })).toBe('qemu+ssh://root@hail.cloud.example.com/system');
    expect(selectConnectUri('hail', { env: {}, config, noAliases: true })).toBe('hail');
    expect(selectConnectUri('qemu:///system', { env: {}, config })).toBe('qemu:///system');
  });

  it('uses LIBVIRT_DEFAULT_URI, then uri_default, for an empty or missing URI, aliases applying to both', () => {
    expect(selectConnectUri(undefined, { env: {}, config })).toBe('qemu+ssh://root@sleet.cloud.example.com/system');
    expect(selectConnectUri('', { env: { LIBVIRT_DEFAULT_URI: 'hail' }, config })).toBe(
      'qemu+ssh://root@hail.cloud.example.com/system',
    );
    expect(selectConnectUri(undefined, { env: { LIBVIRT_DEFAULT_URI: 'test:///default' }, config })).toBe(
      'test:///default',
    );
    expect(selectConnectUri(undefined, { env: { LIBVIRT_DEFAULT_URI: '' }, config })).toBe(
      'qemu+ssh://root@sleet.cloud.example.com/system',
    );
  });
});

describe('loadClientConfig', () => {
  const files = new Map<string, string>();
  const readFile = (path: string): Promise<Buffer> => {
    const text = files.get(path);
    if (text === undefined) return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
    return Promise.resolve(Buffer.from(text));
  };

  it('reads /etc/libvirt/libvirt.conf for root and $XDG_CONFIG_HOME/libvirt/libvirt.conf for others', async () => {
    files.set('/etc/libvirt/libvirt.conf', 'uri_default = "root-default"\n');
    files.set('/xdg/libvirt/libvirt.conf', 'uri_default = "xdg-default"\n');
    files.set('/home/u/.config/libvirt/libvirt.conf', 'uri_default = "home-default"\n');
    const env = { XDG_CONFIG_HOME: '/xdg', HOME: '/home/u' };
    expect((await loadClientConfig({ uid: 0, env, readFile }))?.uriDefault).toBe('root-default');
    expect((await loadClientConfig({ uid: 1000, env, readFile }))?.uriDefault).toBe('xdg-default');
    expect((await loadClientConfig({ uid: 1000, env: { HOME: '/home/u' }, readFile }))?.uriDefault).toBe(
      'home-default',
    );
    expect((await loadClientConfig({ uid: 0, env, sysconfDir: '/opt/etc', readFile }))?.uriDefault).toBeUndefined();
  });

  it('a missing file is no settings; an unreadable or broken one is an error', async () => {
    expect(await loadClientConfig({ uid: 1000, env: { HOME: '/nowhere' }, readFile })).toBeUndefined();
    const denied = (): Promise<Buffer> =>
      Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    await expect(loadClientConfig({ uid: 0, env: {}, readFile: denied })).rejects.toThrow(
      'cannot read /etc/libvirt/libvirt.conf: EACCES: permission denied',
    );
    files.set('/broken/libvirt/libvirt.conf', 'uri_default\n');
    await expect(loadClientConfig({ uid: 1, env: { XDG_CONFIG_HOME: '/broken' }, readFile })).rejects.toThrow(
      '/broken/libvirt/libvirt.conf:1: expecting an assignment',
    );
  });

  it('reads the real file from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-conf-'));
    try {
      mkdirSync(join(dir, 'libvirt'));
      writeFileSync(join(dir, 'libvirt', 'libvirt.conf'), DOC_EXAMPLE);
      const config = await loadClientConfig({ uid: 1000, env: { XDG_CONFIG_HOME: dir } });
      expect(config?.uriAliases).toEqual([
        'hail=qemu+ssh://root@hail.cloud.example.com/system',
        'sleet=qemu+ssh://root@sleet.cloud.example.com/system',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
