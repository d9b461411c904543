/**
 * The tools that change domains, through the server against the test driver: each reads the
 * state back; repeating a state change is reported as changed: false; destructive tools are
 * confirmed by the human; the XML policy and target filters hold; a read-only host refuses.
 */
import { randomUUID } from 'node:crypto';
import { DomainXMLFlags, type Connection } from '@libvirt-ts/client';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startToolHarness, type ToolHarness } from '../support/direct-host.js';

const libvirtd = inject('libvirtd');
const run = randomUUID().slice(0, 8);
let counter = 0;

function domainXml(name: string, memoryMiB = 128, extra = ''): string {
  return `<domain type='test'><name>${name}</name><memory unit='MiB'>${memoryMiB}</memory><currentMemory unit='MiB'>64</currentMemory><vcpu current='1'>4</vcpu><os><type arch='x86_64'>hvm</type></os><devices>${extra}</devices></domain>`;
}

describe('domain write tools on the test driver', () => {
  let harness: ToolHarness;
  let conn: Connection;
  const questions: string[] = [];
  const names: string[] = [];

  /** A fresh domain name, cleaned up after the test. */
  function fresh(label: string): string {
    const name = `mcp-write-${run}-${label}-${++counter}`;
    names.push(name);
    return name;
  }

  async function defined(label: string, options: { start?: boolean } = {}): Promise<string> {
    const name = fresh(label);
    const dom = await conn.domains.define(domainXml(name));
    if (options.start === true) await dom.start();
    return name;
  }

  async function stateOf(name: string): Promise<string> {
    return (await (await conn.domains.lookupByName(name)).state()).state;
  }

  beforeAll(async () => {
    harness = await startToolHarness(libvirtd, {
      elicitation: (params) => {
        questions.push(params.message);
        return { action: 'accept', content: { confirm: true } };
      },
    });
    conn = await harness.connection();
  });

  afterEach(async () => {
    for (const name of names.splice(0)) {
      const dom = await conn.domains.lookupByName(name).catch(() => undefined);
      await dom?.destroy().catch(() => undefined);
      await dom?.undefine().catch(() => undefined);
    }
  });

  afterAll(async () => {
    await harness.close();
  });

  describe('domain_define_xml', () => {
    it('defines a new domain and returns its state', async () => {
      const name = fresh('define');
      const { structured, text } = await harness.ok('domain_define_xml', { xml: domainXml(name) });
      expect(structured).toMatchObject({
        created: true,
        domain: { name, state: 'shutoff', persistent: true, vcpus: 1, memoryKiB: 65536, maxMemoryKiB: 131072 },
      });
      expect((await conn.domains.lookupByName(name)).uuid).toBe(structured.domain.uuid);
      expect(text).toContain(`Defined new domain '${name}'`);
    });

    it('refuses to replace an existing domain unless replace: true', async () => {
      const name = await defined('redefine');
      const refused = await harness.call('domain_define_xml', { xml: domainXml(name, 256) });
      expect(refused).toMatchObject({ isError: true, text: expect.stringContaining('already exists') as unknown });
      const uuid = (await conn.domains.lookupByName(name)).uuid;
      const replaced = await harness.ok('domain_define_xml', { xml: domainXml(name, 256), replace: true });
      expect(replaced.structured).toMatchObject({ created: false, domain: { name, uuid, maxMemoryKiB: 262144 } });
      expect(replaced.text).toContain('Replaced the definition');
    });

    it('applies the XML policy first and names the element and the rule', async () => {
      const name = fresh('hostdev');
      const hostdev = `<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x00' slot='0x1f' function='0x2'/></source></hostdev>`;
      const result = await harness.call('domain_define_xml', { xml: domainXml(name, 128, hostdev) });
      expect(result.isError).toBe(true);
      expect(result.text).toContain('hostdev');
      await expect(conn.domains.lookupByName(name)).rejects.toThrow();
      const outside = `<disk type='file' device='disk'><source file='/etc/shadow'/><target dev='vda'/></disk>`;
      const disk = await harness.call('domain_define_xml', { xml: domainXml(name, 128, outside) });
      expect(disk.isError).toBe(true);
      expect(disk.text).toMatch(/disk|source|storage/i);
    });

    it('refuses XML that is malformed, nameless, or too large', async () => {
      const malformed = await harness.call('domain_define_xml', { xml: '<domain><name>x</domain>' });
      expect(malformed.isError).toBe(true);
      const nameless = await harness.call('domain_define_xml', {
        xml: "<domain type='test'><memory>1</memory></domain>",
      });
      expect(nameless.isError).toBe(true);
      const huge = await harness.call('domain_define_xml', { xml: `<domain>${' '.repeat(300 * 1024)}</domain>` });
      expect(huge).toMatchObject({ isError: true, text: expect.stringContaining('xml') as unknown });
    });

    it('has libvirt validate the XML, so a misspelt element is an error rather than ignored', async () => {
      const name = fresh('typo');
      const xml = domainXml(name).replace('<vcpu', '<vcpus').replace('</vcpu>', '</vcpus>');
      const result = await harness.call('domain_define_xml', { xml });
      expect(result.isError).toBe(true);
      expect(result.text).toMatch(/VIR_ERR_XML|vcpus|schema|valid/i);
    });
  });

  describe('lifecycle', () => {
    it('domain_start starts, and says changed: false when already running', async () => {
      const name = await defined('start');
      const started = await harness.ok('domain_start', { name });
      expect(started.structured).toMatchObject({ changed: true, domain: { name, state: 'running', reason: 'booted' } });
      expect(started.structured.domain?.id).toBeGreaterThan(0);
      expect(started.text).toBe(`Domain '${name}' started. Now: '${name}' is running (booted), 1 vCPU, 64 MiB.`);
      const again = await harness.ok('domain_start', { name });
      expect(again.structured).toMatchObject({ changed: false, domain: { state: 'running' } });
      expect(again.text).toContain('Nothing to do');
    });

    it('domain_start passes paused: true to libvirt (as the start-paused flag, which the test driver refuses)', async () => {
      const name = await defined('paused');
      const result = await harness.call('domain_start', { name, paused: true });
      expect(result).toMatchObject({
        isError: true,
        text: expect.stringContaining('unsupported flags (0x1)') as unknown,
      });
      expect(await stateOf(name)).toBe('shutoff');
    });

    it('domain_suspend and domain_resume pause and resume, idempotently', async () => {
      const name = await defined('suspend', { start: true });
      expect((await harness.ok('domain_suspend', { name })).structured).toMatchObject({
        changed: true,
        domain: { state: 'paused', reason: 'user' },
      });
      expect((await harness.ok('domain_suspend', { name })).structured.changed).toBe(false);
      expect((await harness.ok('domain_resume', { name })).structured).toMatchObject({
        changed: true,
        domain: { state: 'running' },
      });
      expect((await harness.ok('domain_resume', { name })).structured.changed).toBe(false);
    });

    it('domain_shutdown shuts down, waits when asked, and is idempotent', async () => {
      const name = await defined('shutdown', { start: true });
      const progress: number[] = [];
      const { structured, text } = await harness.ok(
        'domain_shutdown',
        { name, waitSeconds: 5 },
        { onprogress: (p) => progress.push(p.progress) },
      );
      expect(structured).toMatchObject({
        changed: true,
        off: true,
        timedOut: false,
        domain: { name, state: 'shutoff', reason: 'shutdown' },
      });
      expect(text).toContain('was asked to shut down');
      // The test driver stops at once, so there was nothing to wait for (waiting itself is unit-tested).
      expect(structured.waitedMs).toBe(0);
      expect(progress).toEqual([]);
      const again = await harness.ok('domain_shutdown', { name });
      expect(again.structured).toMatchObject({ changed: false, off: true, domain: { state: 'shutoff' } });
    });

    it('domain_shutdown refuses an unknown mode and a wait beyond the bound', async () => {
      const name = await defined('shutdown-args', { start: true });
      expect((await harness.call('domain_shutdown', { name, mode: 'pull-plug' })).isError).toBe(true);
      expect((await harness.call('domain_shutdown', { name, waitSeconds: 601 })).isError).toBe(true);
      expect(await stateOf(name)).toBe('running');
    });

    it('domain_reboot asks the guest to reboot', async () => {
      const name = await defined('reboot', { start: true });
      const { structured, text } = await harness.ok('domain_reboot', { name });
      expect(structured).toMatchObject({ changed: true, domain: { name, state: 'running' } });
      expect(text).toContain('was asked to reboot');
      const off = await defined('reboot-off');
      expect((await harness.call('domain_reboot', { name: off })).isError).toBe(true);
    });

    it('domain_reset resets a running domain after the human confirmed', async () => {
      const name = await defined('reset', { start: true });
      questions.length = 0;
      const { structured } = await harness.ok('domain_reset', { name });
      expect(structured).toMatchObject({ changed: true, domain: { state: 'running' } });
      expect(questions).toEqual([
        `Reset domain '${name}' on host 'lab'? The guest is restarted without warning; unsaved data in it may be lost.`,
      ]);
    });

    it('domain_destroy powers off after confirmation, and reports changed: false when already off', async () => {
      const name = await defined('destroy', { start: true });
      questions.length = 0;
      const { structured, text } = await harness.ok('domain_destroy', { name });
      expect(structured).toMatchObject({ changed: true, domain: { state: 'shutoff', reason: 'destroyed' } });
      expect(text).toContain('destroyed');
      expect(questions[0]).toContain(`Destroy (power off) domain '${name}' on host 'lab'?`);
      expect((await harness.ok('domain_destroy', { name })).structured.changed).toBe(false);
    });

    it('domain_destroy of a transient domain reports it gone', async () => {
      const name = fresh('transient');
      await conn.domains.createTransient(domainXml(name));
      const { structured, text } = await harness.ok('domain_destroy', { name });
      expect(structured).toEqual({ changed: true, domain: null });
      expect(text).toContain('no longer exists');
    });

    it('a declined confirmation leaves the domain alone', async () => {
      const declining = await startToolHarness(libvirtd, { elicitation: () => ({ action: 'decline' }) });
      try {
        const name = await defined('declined', { start: true });
        const result = await declining.call('domain_destroy', { name });
        expect(result.isError).toBe(true);
        expect(await stateOf(name)).toBe('running');
      } finally {
        await declining.close();
      }
    });
  });

  describe('domain_undefine', () => {
    it('removes a shut-off domain after confirmation', async () => {
      const name = await defined('undefine');
      questions.length = 0;
      const { structured, text } = await harness.ok('domain_undefine', { name });
      expect(structured).toMatchObject({ name, exists: false, domain: null });
      expect(text).toContain('no longer exists');
      expect(questions[0]).toBe(
        `Undefine (delete) domain '${name}' on host 'lab'? Its definition will be removed; disk images stay.`,
      );
      await expect(conn.domains.lookupByName(name)).rejects.toThrow();
    });

    it('leaves a running domain running as transient', async () => {
      const name = await defined('undefine-running', { start: true });
      const { structured } = await harness.ok('domain_undefine', { name });
      expect(structured).toMatchObject({ exists: true, domain: { state: 'running', persistent: false } });
    });

    it('removes snapshot metadata only when asked', async () => {
      const name = await defined('undefine-snap');
      const dom = await conn.domains.lookupByName(name);
      await dom.snapshots.create('<domainsnapshot><name>s1</name></domainsnapshot>');
      const refused = await harness.call('domain_undefine', { name });
      expect(refused.isError).toBe(true);
      expect(refused.text).toContain('snapshot');
      questions.length = 0;
      const { structured } = await harness.ok('domain_undefine', { name, removeSnapshotMetadata: true });
      expect(structured.exists).toBe(false);
      expect(questions[0]).toContain('Its definition, snapshot metadata will be removed');
    });

    it('passes the NVRAM and managed-save options to libvirt (the test driver refuses NVRAM flags)', async () => {
      const name = await defined('undefine-nvram');
      const nvram = await harness.call('domain_undefine', { name, nvram: 'remove' });
      expect(nvram).toMatchObject({ isError: true, text: expect.stringContaining('VIR_ERR_INVALID_ARG') as unknown });
      const saved = await defined('undefine-managed-save', { start: true });
      await conn.remote.domainManagedSave({ dom: (await conn.domains.lookupByName(saved)).toRemote(), flags: 0 });
      expect((await harness.call('domain_undefine', { name: saved })).isError).toBe(true);
      const { structured } = await harness.ok('domain_undefine', { name: saved, removeManagedSave: true });
      expect(structured.exists).toBe(false);
    });
  });

  describe('settings', () => {
    it('domain_set_autostart turns autostart on and off and reads it back', async () => {
      const name = await defined('autostart');
      expect((await harness.ok('domain_set_autostart', { name, autostart: true })).structured.domain.autostart).toBe(
        true,
      );
      expect(await (await conn.domains.lookupByName(name)).autostart()).toBe(true);
      const off = await harness.ok('domain_set_autostart', { name, autostart: false });
      expect(off.structured.domain.autostart).toBe(false);
      expect(off.text).toBe(`Autostart of domain '${name}' is now off.`);
    });

    it('domain_set_memory takes sizes with units and reads back live and persistent values', async () => {
      const name = await defined('memory');
      const { structured, text } = await harness.ok('domain_set_memory', { name, memory: '96 MiB', config: true });
      expect(structured.config).toEqual({ memoryKiB: 98304, maxMemoryKiB: 131072, vcpus: 1, maxVcpus: 4 });
      expect(structured.domain.memoryKiB).toBe(98304);
      expect(text).toContain('to 96 MiB');
      const max = await harness.ok('domain_set_memory', { name, memory: '0.25GiB', maximum: true, config: true });
      expect(max.structured.config?.maxMemoryKiB).toBe(262144);
      const bare = await harness.ok('domain_set_memory', { name, memory: 65536, config: true });
      expect(bare.structured.config?.memoryKiB).toBe(65536);
    });

    it('domain_set_memory changes a running domain live, within its maximum', async () => {
      const name = await defined('memory-live', { start: true });
      const { structured } = await harness.ok('domain_set_memory', { name, memory: '100MiB', live: true });
      expect(structured.domain.memoryKiB).toBe(102400);
      expect(structured.config?.memoryKiB).toBe(65536); // the persistent definition is unchanged
      const tooBig = await harness.call('domain_set_memory', { name, memory: '1GiB', live: true });
      expect(tooBig.isError).toBe(true);
      const notASize = await harness.call('domain_set_memory', { name, memory: 'lots' });
      expect(notASize).toMatchObject({ isError: true, text: expect.stringContaining('not a size') as unknown });
    });

    it('domain_set_vcpus changes the count and reads it back', async () => {
      const name = await defined('vcpus');
      const { structured, text } = await harness.ok('domain_set_vcpus', { name, count: 3, config: true });
      expect(structured.config).toMatchObject({ vcpus: 3, maxVcpus: 4 });
      expect(text).toContain('vCPUs');
      const max = await harness.ok('domain_set_vcpus', { name, count: 2, maximum: true, config: true });
      expect(max.structured.config?.maxVcpus).toBe(2);
      const inactive = await (await conn.domains.lookupByName(name)).xml(DomainXMLFlags.Inactive);
      expect(inactive).toContain('>2</vcpu>');
      expect((await harness.call('domain_set_vcpus', { name, count: 0 })).isError).toBe(true);
    });
  });

  describe('target filters and read-only hosts', () => {
    it('hides filtered domains from every write tool, and refuses to define one', async () => {
      const filtered = await startToolHarness(libvirtd, { domains: { deny: [`mcp-write-${run}-secret*`] } });
      try {
        const name = await defined('secret', { start: true });
        const missing = `mcp-write-${run}-absent`;
        for (const [tool, args] of [
          ['domain_destroy', {}],
          ['domain_suspend', {}],
          ['domain_set_autostart', { autostart: true }],
          ['domain_undefine', {}],
        ] as const) {
          const hidden = await filtered.call(tool, { name, ...args });
          const absent = await filtered.call(tool, { name: missing, ...args });
          expect(hidden.isError, tool).toBe(true);
          expect(hidden.text.replaceAll(name, 'X'), tool).toBe(absent.text.replaceAll(missing, 'X'));
        }
        expect(await stateOf(name)).toBe('running');
        const define = await filtered.call('domain_define_xml', { xml: domainXml(fresh('secret')), replace: true });
        expect(define.isError).toBe(true);
        // Nor can the hidden domain's UUID, under another name, make libvirt name it.
        const uuid = (await conn.domains.lookupByName(name)).uuid;
        const other = fresh('other');
        const stolen = await filtered.call('domain_define_xml', {
          xml: domainXml(other).replace('</name>', `</name><uuid>${uuid}</uuid>`),
        });
        expect(stolen).toMatchObject({ isError: true, text: expect.stringContaining('already exists') as unknown });
        expect(stolen.text).not.toContain(name);
        await expect(conn.domains.lookupByName(other)).rejects.toThrow();
      } finally {
        await filtered.close();
      }
    });

    it('on a read-only host the daemon itself refuses changes', async () => {
      const readOnly = await startToolHarness(libvirtd, { readOnlyHost: true });
      try {
        const name = await defined('read-only');
        const result = await readOnly.call('domain_start', { name });
        expect(result).toMatchObject({ isError: true, text: expect.stringMatching(/read.?only|denied/i) as unknown });
        expect(await stateOf(name)).toBe('shutoff');
        // Reading still works.
        expect((await readOnly.ok('domain_get', { name })).structured.state).toBe('shutoff');
      } finally {
        await readOnly.close();
      }
    });
  });
});
