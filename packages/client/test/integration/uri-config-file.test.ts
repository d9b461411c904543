/**
 * libvirt.conf handling compared with virsh itself: the same file and the same requested URI
 * (or none, or LIBVIRT_DEFAULT_URI) must give the URI virsh opens, or fail where virsh fails.
 * virsh runs as an unprivileged user (nobody), so that it reads $XDG_CONFIG_HOME/libvirt/libvirt.conf
 * from a scratch directory instead of the machine's /etc/libvirt/libvirt.conf; the URIs lead to
 * the test driver, which virsh runs in-process.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClientConfig } from '../../src/uri/config-file.js';
import { parseLibvirtUri, selectConnectUri } from '../../src/uri/index.js';

const NOBODY = '65534';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-conf-'));
  mkdirSync(join(dir, 'libvirt'));
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'libvirt'), 0o755);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Outcome = { uri: string } | { error: true };

function virsh(requested: string | undefined, env: Record<string, string>): Outcome {
  const args = [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'env', '-i'];
  const childEnv = {
    PATH: '/usr/bin:/bin',
    HOME: dir,
    XDG_CONFIG_HOME: dir,
    XDG_RUNTIME_DIR: join(dir, 'run'),
    // Without a URI, libvirt would otherwise try to start a session daemon.
    LIBVIRT_AUTOSTART: '0',
    ...env,
  };
  args.push(...Object.entries(childEnv).map(([k, v]) => `${k}=${v}`), 'virsh', '-q');
  if (requested !== undefined) args.push('-c', requested);
  args.push('uri');
  const result = spawnSync('setpriv', args, { encoding: 'utf8', timeout: 30_000 });
  if (result.error !== undefined) throw result.error;
  return result.status === 0 ? { uri: result.stdout.trim() } : { error: true };
}

async function ours(requested: string | undefined, env: Record<string, string>): Promise<Outcome> {
  try {
    const config = await loadClientConfig({ uid: Number(NOBODY), env: { XDG_CONFIG_HOME: dir, HOME: dir } });
    const selected = selectConnectUri(requested, { env, config });
    if (selected === undefined) return { error: true };
    return { uri: parseLibvirtUri(selected).uri };
  } catch {
    return { error: true };
  }
}

const ALIASES = `uri_aliases = [
  "hail=test:///default?via=hail",
  "sleet=test:///default?via=sleet",
]
`;

describe.each([
  ['the documented alias list', ALIASES, 'hail', {}],
  ['an alias as uri_default', `${ALIASES}uri_default = "sleet"\n`, undefined, {}],
  [
    'LIBVIRT_DEFAULT_URI over uri_default, aliased',
    `${ALIASES}uri_default = "sleet"\n`,
    undefined,
    { LIBVIRT_DEFAULT_URI: 'hail' },
  ],
  ['an empty LIBVIRT_DEFAULT_URI', `${ALIASES}uri_default = "sleet"\n`, undefined, { LIBVIRT_DEFAULT_URI: '' }],
  ['an explicit URI past the aliases', ALIASES, 'test:///default', {}],
  ['aliases compared case-sensitively', `${ALIASES}uri_default = "HAIL"\n`, undefined, {}],
  ['a malformed alias before the match', 'uri_aliases = [ "bad.alias=x", "t=test:///default" ]\n', 't', {}],
  ['a malformed alias after the match', 'uri_aliases = [ "t=test:///default", "bad.alias=x" ]\n', 't', {}],
  [
    'the first of repeated settings',
    'uri_default = "test:///default?n=1"\nuri_default = "test:///default?n=2"\n',
    undefined,
    {},
  ],
  ['triple quotes and semicolons', 'uri_aliases = [] ; uri_default = """test:///default?q=3"""\n', undefined, {}],
  ['a wrong type, not read', 'uri_default = 1\n', 'test:///default', {}],
  ['a wrong type, read', 'uri_default = 1\n', undefined, {}],
  ['aliases that are not a list', 'uri_aliases = "t=test:///default"\n', 't', {}],
  ['a comment inside a list', 'uri_aliases = [\n  # no\n  "t=test:///default"\n]\n', 't', {}],
  ['a file of white space only', '  \n', 'test:///default', {}],
  ['a missing separator', 'uri_default = "test:///default" x = 1\n', 'test:///default', {}],
])('%s', (_name, text, requested, env: Record<string, string>) => {
  it('resolves as virsh does', async () => {
    const path = join(dir, 'libvirt', 'libvirt.conf');
    writeFileSync(path, text);
    chmodSync(path, 0o644);
    const expected = virsh(requested, env);
    expect(await ours(requested, env)).toEqual(expected);
  });
});
