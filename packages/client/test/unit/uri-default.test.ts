import { describe, expect, it } from 'vitest';
import {
  clientConfigPath,
  defaultUri,
  LibvirtUriError,
  resolveUriAlias,
  selectConnectUri,
} from '../../src/uri/index.js';

// The uri_aliases example of libvirt's docs/uri.rst ("Configuring URI aliases").
const DOC_ALIASES = [
  'hail=qemu+ssh://root@hail.cloud.example.com/system',
  'sleet=qemu+ssh://root@sleet.cloud.example.com/system',
];

describe('defaultUri', () => {
  it('prefers LIBVIRT_DEFAULT_URI, then uri_default, else none', () => {
    expect(defaultUri({ LIBVIRT_DEFAULT_URI: 'qemu:///system' }, { uriDefault: 'test:///default' })).toBe(
      'qemu:///system',
    );
    expect(defaultUri({ LIBVIRT_DEFAULT_URI: '' }, { uriDefault: 'test:///default' })).toBe('test:///default');
    expect(defaultUri({}, { uriDefault: '' })).toBeUndefined();
    expect(defaultUri({})).toBeUndefined();
  });
});

describe('resolveUriAlias', () => {
  it('resolves the documented aliases', () => {
    expect(resolveUriAlias('hail', DOC_ALIASES)).toBe('qemu+ssh://root@hail.cloud.example.com/system');
    expect(resolveUriAlias('sleet', DOC_ALIASES)).toBe('qemu+ssh://root@sleet.cloud.example.com/system');
  });

  it('compares whole names, case-sensitively, and keeps everything after the first "="', () => {
    expect(resolveUriAlias('Hail', DOC_ALIASES)).toBeUndefined();
    expect(resolveUriAlias('hai', DOC_ALIASES)).toBeUndefined();
    expect(resolveUriAlias('qemu:///system', DOC_ALIASES)).toBeUndefined();
    expect(resolveUriAlias('x', ['x=qemu:///system?name=a=b'])).toBe('qemu:///system?name=a=b');
    expect(resolveUriAlias('x', undefined)).toBeUndefined();
  });

  it('rejects malformed entries met before a match, as libvirt does', () => {
    expect(() => resolveUriAlias('hail', ['no-equals-sign', ...DOC_ALIASES])).toThrow(LibvirtUriError);
    expect(() => resolveUriAlias('hail', ['bad.alias=qemu:///system', ...DOC_ALIASES])).toThrow(/may only contain/);
    expect(resolveUriAlias('hail', [...DOC_ALIASES, 'no-equals-sign'])).toBe(
      'qemu+ssh://root@hail.cloud.example.com/system',
    );
  });
});

describe('selectConnectUri', () => {
  const config = { uriAliases: DOC_ALIASES, uriDefault: 'sleet' };

  it('applies aliases to the requested name', () => {
    expect(selectConnectUri('hail', { env: {}, config })).toBe('qemu+ssh://root@hail.cloud.example.com/system');
    expect(selectConnectUri('hail', { env: {}, config, noAliases: true })).toBe('hail');
    expect(selectConnectUri('qemu:///system', { env: {}, config })).toBe('qemu:///system');
  });

  it('falls back to the default URI, aliases included, for an empty or missing name', () => {
    expect(selectConnectUri('', { env: {}, config })).toBe('qemu+ssh://root@sleet.cloud.example.com/system');
    expect(selectConnectUri(null, { env: { LIBVIRT_DEFAULT_URI: 'hail' }, config })).toBe(
      'qemu+ssh://root@hail.cloud.example.com/system',
    );
    expect(selectConnectUri(undefined, { env: {} })).toBeUndefined();
  });

  it('maps the historical xen names to xen:///system', () => {
    expect(selectConnectUri('xen', { env: {} })).toBe('xen:///system');
    expect(selectConnectUri('XEN', { env: {} })).toBe('xen:///system');
    expect(selectConnectUri('xen://', { env: {} })).toBe('xen:///system');
    expect(selectConnectUri('xen://h/', { env: {} })).toBe('xen://h/');
  });
});

describe('clientConfigPath', () => {
  it('is /etc/libvirt/libvirt.conf for root and under the XDG config directory otherwise', () => {
    expect(clientConfigPath({ uid: 0, env: {} })).toBe('/etc/libvirt/libvirt.conf');
    expect(clientConfigPath({ uid: 0, env: {}, sysconfDir: '/usr/local/etc' })).toBe(
      '/usr/local/etc/libvirt/libvirt.conf',
    );
    expect(clientConfigPath({ uid: 1000, env: { HOME: '/home/a' } })).toBe('/home/a/.config/libvirt/libvirt.conf');
    expect(clientConfigPath({ uid: 1000, env: { HOME: '/home/a', XDG_CONFIG_HOME: '/x/' } })).toBe(
      '/x/libvirt/libvirt.conf',
    );
  });
});
