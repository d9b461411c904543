/** What --print-config, host statuses and logs show of secrets: nothing. */
import { describe, expect, it } from 'vitest';
import { redactConfig } from '../../src/config/redact.js';
import { REDACTED, redactUri, redactUrisInText } from '../../src/redact/uri.js';
import { configSchema } from '../../src/config/schema.js';

describe('redactUri', () => {
  it.each([
    ['qemu+ssh://root:hunter2@kvm1/system', `qemu+ssh://root:${REDACTED}@kvm1/system`],
    [
      'qemu+tls://admin:p%40ss@kvm1:16514/system?no_verify=1',
      `qemu+tls://admin:${REDACTED}@kvm1:16514/system?no_verify=1`,
    ],
    ['esx://u:pw@h/?password=x&no_verify=1#frag', `esx://u:${REDACTED}@h/?password=${REDACTED}&no_verify=1#frag`],
    ['qemu+ssh://kvm1/system?secret_key=abc&keyfile=/k', `qemu+ssh://kvm1/system?secret_key=${REDACTED}&keyfile=/k`],
    ['vpx://u:p@vc', `vpx://u:${REDACTED}@vc`],
  ])('%s', (uri, expected) => {
    expect(redactUri(uri)).toBe(expected);
  });

  it.each(['qemu:///system', 'qemu+ssh://root@kvm1/system', 'test+unix:///default?socket=/run/x', 'not a uri'])(
    'leaves %s alone',
    (uri) => {
      expect(redactUri(uri)).toBe(uri);
    },
  );

  it('finds URIs inside text', () => {
    expect(redactUrisInText("opening 'qemu+ssh://root:pw@kvm1/system' failed")).toBe(
      `opening 'qemu+ssh://root:${REDACTED}@kvm1/system' failed`,
    );
  });
});

describe('redactConfig', () => {
  it('hides the token and URI passwords, and keeps everything else', () => {
    const config = configSchema.parse({
      hosts: [
        { name: 'a', uri: 'qemu+ssh://root:hunter2@kvm1/system' },
        { name: 'b', uri: 'qemu:///system' },
      ],
      http: { token: 'a-very-secret-token-value', token_file: '/run/secrets/t' },
    });
    const redacted = redactConfig(config);
    expect(JSON.stringify(redacted)).not.toMatch(/hunter2|a-very-secret-token-value/);
    expect(redacted.http.token).toBe(REDACTED);
    expect(redacted.http.token_file).toBe('/run/secrets/t');
    expect(redacted.hosts.map((h) => h.uri)).toEqual([`qemu+ssh://root:${REDACTED}@kvm1/system`, 'qemu:///system']);
    expect({ ...redacted, hosts: config.hosts, http: config.http }).toEqual(config);
    // The input is not modified.
    expect(config.http.token).toBe('a-very-secret-token-value');
  });

  it('adds no token when there is none', () => {
    const config = configSchema.parse({ hosts: [{ name: 'a', uri: 'qemu:///system' }] });
    expect('token' in redactConfig(config).http).toBe(false);
  });
});
