import { describe, expect, it } from 'vitest';
import { hostSchema, securitySchema, type HostConfig } from '../../src/config/schema.js';
import {
  OperationDeniedError,
  PolicyViolationError,
  RateLimitedError,
  TargetNotFoundError,
} from '../../src/policy/errors.js';
import { policyView } from '../../src/policy/view.js';
import { checkXml } from '../../src/policy/xml-policy.js';

const host = (input: Record<string, unknown> = {}): HostConfig =>
  hostSchema.parse({ name: 'lab1', uri: 'test:///default', ...input });

const filtered = host({
  domains: { allow: ['web-*'], deny: ['web-admin'] },
  networks: { deny: ['mgmt'] },
  pools: { allow: ['default', 'scratch'] },
});

function violationOf(run: () => void): PolicyViolationError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(PolicyViolationError);
  return thrown as PolicyViolationError;
}

describe('policyView', () => {
  it("exposes the host's target filters", () => {
    const view = policyView(filtered, securitySchema.parse({}));
    expect(view.allowsTarget('domain', 'web-1')).toBe(true);
    expect(view.allowsTarget('domain', 'web-admin')).toBe(false);
    expect(view.allowsTarget('domain', 'db-1')).toBe(false);
    expect(view.allowsTarget('network', 'default')).toBe(true);
    expect(view.allowsTarget('network', 'mgmt')).toBe(false);
    expect(view.allowsTarget('pool', 'scratch')).toBe(true);
    expect(view.allowsTarget('pool', 'backup')).toBe(false);
  });

  it('passes allow_secure_xml through', () => {
    expect(policyView(host(), securitySchema.parse({})).allowSecureXml).toBe(false);
    expect(policyView(host(), securitySchema.parse({ allow_secure_xml: true })).allowSecureXml).toBe(true);
  });

  it('runs the XML policy with the configured security', () => {
    const view = policyView(host(), securitySchema.parse({}));
    expect(
      violationOf(() => {
        view.checkXml('device', '<hostdev/>');
      }).rule,
    ).toBe('hostdev');
    const lenient = policyView(host(), securitySchema.parse({ xml: { allow_hostdev: true } }));
    lenient.checkXml('device', '<hostdev/>');
  });

  it('refuses to define a domain, network or pool under a name the filter hides', () => {
    const view = policyView(filtered, securitySchema.parse({}));
    for (const name of ['web-admin', 'prod-db']) {
      const error = violationOf(() => {
        view.checkXml('domain', `<domain type='kvm'><name>${name}</name></domain>`);
      });
      expect(error.rule).toBe('target_filter');
      expect(error.message).toContain(`domain name '${name}' is not available on host 'lab1'`);
    }
    view.checkXml('domain', "<domain type='kvm'><name>web-2</name></domain>");
    expect(
      violationOf(() => {
        view.checkXml('network', '<network><name>mgmt</name></network>');
      }).rule,
    ).toBe('target_filter');
    view.checkXml('network', '<network><name>lab</name></network>');
    const pool = violationOf(() => {
      view.checkXml(
        'pool',
        "<pool type='dir'><name>backup</name><target><path>/var/lib/libvirt/images/b</path></target></pool>",
      );
    });
    expect(pool.rule).toBe('target_filter');
    expect(pool.message).toContain("storage pool name 'backup'");
  });

  it('refuses references to hidden pools and networks inside domain and device XML', () => {
    const view = policyView(filtered, securitySchema.parse({}));
    const volume = (poolName: string): string =>
      `<disk type='volume' device='disk'><source pool='${poolName}' volume='v1'/><target dev='vdb'/></disk>`;
    expect(
      violationOf(() => {
        view.checkXml('device', volume('backup'));
      }).rule,
    ).toBe('target_filter');
    view.checkXml('device', volume('default'));
    const nic = (network: string): string => `<interface type='network'><source network='${network}'/></interface>`;
    expect(
      violationOf(() => {
        view.checkXml('device', nic('mgmt'));
      }).rule,
    ).toBe('target_filter');
    view.checkXml('device', nic('default'));
    const fsVolume = "<filesystem type='volume'><source pool='backup' volume='v'/><target dir='x'/></filesystem>";
    expect(
      violationOf(() => {
        view.checkXml('device', fsVolume);
      }).rule,
    ).toBe('target_filter');
    expect(
      violationOf(() => {
        view.checkXml('domain', `<domain type='kvm'><name>web-3</name><devices>${nic('mgmt')}</devices></domain>`);
      }).rule,
    ).toBe('target_filter');
  });

  it('checkXml without a host filter does not look at names', () => {
    checkXml(
      'domain',
      "<domain><name>anything</name><devices><interface type='network'><source network='mgmt'/></interface></devices></domain>",
      securitySchema.parse({}),
    );
  });
});

describe('policy errors', () => {
  it('carry their fields, name and cause', () => {
    const cause = new Error('root');
    const violation = new PolicyViolationError('<hostdev>', 'hostdev', 'no', { cause });
    expect(violation).toMatchObject({
      name: 'PolicyViolationError',
      element: '<hostdev>',
      rule: 'hostdev',
      message: 'no',
      cause,
    });
    const denied = new OperationDeniedError('domain.start', 'because');
    expect(denied).toMatchObject({
      name: 'OperationDeniedError',
      operation: 'domain.start',
      reason: 'because',
      message: 'because',
    });
    const missing = new TargetNotFoundError('domain', 'x', 'lab1', { cause });
    expect(missing).toMatchObject({
      name: 'TargetNotFoundError',
      kind: 'domain',
      targetName: 'x',
      host: 'lab1',
      cause,
    });
    expect(missing.message).toBe("domain 'x' not found on host 'lab1'");
    const limited = new RateLimitedError('domain.start', 250);
    expect(limited).toMatchObject({ name: 'RateLimitedError', operation: 'domain.start', retryAfterMs: 250 });
    expect(limited.message).toBe('rate limit reached for domain.start; retry in 250 ms');
    expect(new RateLimitedError('a.b', 1234).message).toBe('rate limit reached for a.b; retry in 1.3 s');
    for (const error of [violation, denied, missing, limited]) expect(error).toBeInstanceOf(Error);
  });
});
