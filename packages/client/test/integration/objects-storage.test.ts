/**
 * `conn.storagePools`, `StoragePool` and `StorageVolume` against the test driver; wipe and resize
 * (which the test driver lacks) against the system storage driver with a directory pool.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, StoragePool, StorageVolResizeFlags, type Connection } from '../../src/index.js';
import { libvirtError, qemuDriverUri, testDriverUri, uniqueName } from '../support/object-helpers.js';

const libvirtd = inject('libvirtd');

const DEFAULT_POOL_UUID = 'dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566';
const MiB = 1024n * 1024n;

function scrubInstalled(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v scrub'], { stdio: 'ignore', env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } });
    return true;
  } catch {
    return false;
  }
}

function poolXml(name: string, path = `/${name}`): string {
  return `<pool type='dir'><name>${name}</name><target><path>${path}</path></target></pool>`;
}

function volumeXml(name: string, mib: number): string {
  return `<volume><name>${name}</name><capacity unit='MiB'>${mib}</capacity></volume>`;
}

describe('conn.storagePools on the test driver', () => {
  let conn: Connection;

  beforeAll(async () => {
    conn = await connect(testDriverUri(libvirtd.socket));
  });

  afterAll(async () => {
    await conn.close();
  });

  it('lookup() by name and UUID, info() with state names', async () => {
    const pool = await conn.storagePools.lookup('default-pool');
    expect(pool).toBeInstanceOf(StoragePool);
    expect(pool.uuid).toBe(DEFAULT_POOL_UUID);
    expect(await conn.storagePools.lookup(DEFAULT_POOL_UUID)).toEqual(pool);
    expect(await conn.storagePools.lookupByUuid(DEFAULT_POOL_UUID)).toEqual(pool);
    expect(await conn.storagePools.lookupByName('default-pool')).toEqual(pool);
    expect(Object.keys(pool).sort()).toEqual(['name', 'uuid']);
    expect(await pool.info()).toMatchObject({ state: 'running', stateCode: 2, capacity: 100n * 1024n * MiB });
    expect((await libvirtError(conn.storagePools.lookup('no-such-pool'))).codeName).toBe('VIR_ERR_NO_STORAGE_POOL');
  });

  it('define, build, start, list filters, autostart, refresh, destroy, delete, undefine', async () => {
    const name = uniqueName('obj-pool');
    const pool = await conn.storagePools.define(poolXml(name));
    try {
      expect(await pool.isActive()).toBe(false);
      expect(await pool.isPersistent()).toBe(true);
      expect(await pool.info()).toMatchObject({ state: 'inactive', stateCode: 0 });
      await pool.build();
      await pool.start();
      expect(await pool.isActive()).toBe(true);
      const listed = async (filter: Parameters<Connection['storagePools']['list']>[0]): Promise<boolean> =>
        (await conn.storagePools.list(filter)).some((p) => p.equals(pool));
      expect(await listed({ active: true, type: 'dir' })).toBe(true);
      expect(await listed({ active: false })).toBe(false);
      expect(await listed({ type: ['logical', 'iscsi'] })).toBe(false);
      expect(await pool.autostart()).toBe(false);
      await pool.setAutostart(true);
      expect(await pool.autostart()).toBe(true);
      expect(await listed({ autostart: true })).toBe(true);
      await pool.refresh();
      expect(await pool.xml()).toContain(`<path>/${name}</path>`);
      await pool.destroy();
      await pool.delete();
    } finally {
      await pool.undefine();
    }
    expect((await libvirtError(pool.info())).isNotFound()).toBe(true);
  });

  it('createTransient() makes an active, non-persistent pool', async () => {
    const pool = await conn.storagePools.createTransient(poolXml(uniqueName('obj-tpool')));
    expect(await pool.isActive()).toBe(true);
    expect(await pool.isPersistent()).toBe(false);
    expect((await conn.storagePools.list({ persistent: false })).some((p) => p.equals(pool))).toBe(true);
    await pool.destroy();
    expect((await libvirtError(pool.info())).isNotFound()).toBe(true);
  });

  it('volumes: create, list, lookup by name/key/path, info, xml, path, storagePool, clone, delete', async () => {
    const name = uniqueName('obj-vpool');
    const pool = await conn.storagePools.createTransient(poolXml(name));
    try {
      const vol = await pool.createVolume(volumeXml('disk.img', 8));
      expect(vol).toEqual({ pool: name, name: 'disk.img', key: `/${name}/disk.img` });
      expect(await pool.volumes()).toEqual([vol]);
      expect(await pool.lookupVolume('disk.img')).toEqual(vol);
      expect(await conn.storagePools.lookupVolumeByKey(vol.key)).toEqual(vol);
      expect(await conn.storagePools.lookupVolumeByPath(`/${name}/disk.img`)).toEqual(vol);
      expect((await pool.lookupVolume('disk.img')).equals(vol)).toBe(true);
      expect(await vol.info()).toEqual({ type: 'file', typeCode: 0, capacity: 8n * MiB, allocation: 8n * MiB });
      expect(await vol.xml()).toContain('<name>disk.img</name>');
      expect(await vol.path()).toBe(`/${name}/disk.img`);
      expect(await vol.storagePool()).toEqual(pool);

      const copy = await pool.cloneVolume(volumeXml('copy.img', 8), vol);
      expect((await pool.volumes()).map((v) => v.name).sort()).toEqual(['copy.img', 'disk.img']);
      await copy.delete();
      await vol.delete();
      expect(await pool.volumes()).toEqual([]);
      expect((await libvirtError(vol.info())).codeName).toBe('VIR_ERR_NO_STORAGE_VOL');
    } finally {
      await pool.destroy();
    }
  });

  it('wipe() and resize(): the test driver lacks them', async () => {
    const pool = await conn.storagePools.createTransient(poolXml(uniqueName('obj-wpool')));
    try {
      const vol = await pool.createVolume(volumeXml('w.img', 1));
      expect((await libvirtError(vol.wipe())).isUnsupported()).toBe(true);
      expect((await libvirtError(vol.resize(2n * MiB))).isUnsupported()).toBe(true);
    } finally {
      await pool.destroy();
    }
  });
});

describe('StorageVolume on the system storage driver', () => {
  let conn: Connection;
  let dir: string;

  beforeAll(async () => {
    conn = await connect(qemuDriverUri(libvirtd.socket));
    dir = mkdtempSync(join(tmpdir(), 'libvirt-ts-pool-'));
  });

  afterAll(async () => {
    await conn.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('wipe(algorithm) and resize(bytes, flags) on a file volume of a directory pool', async () => {
    const pool = await conn.storagePools.createTransient(poolXml(uniqueName('obj-syspool'), dir));
    try {
      const vol = await pool.createVolume(volumeXml('w.img', 1));
      const path = await vol.path();
      expect(path).toBe(join(dir, 'w.img'));
      await vol.wipe();
      await vol.wipe('zero');
      // Patterns other than zeros need the scrub tool on the daemon's host.
      const wipe = vol.wipe('nnsa');
      if (scrubInstalled()) await wipe;
      else expect((await libvirtError(wipe)).message).toContain("Cannot find 'scrub' in path");
      await vol.resize(4n * MiB);
      expect((await vol.info()).capacity).toBe(4n * MiB);
      expect(statSync(path).size).toBe(4 * 1024 * 1024);
      await vol.resize(MiB, StorageVolResizeFlags.Delta);
      expect((await vol.info()).capacity).toBe(5n * MiB);
      const error = await libvirtError(vol.resize(MiB));
      expect(error.message).toContain('shrink');
      await vol.delete();
    } finally {
      await pool.destroy();
    }
  });
});
