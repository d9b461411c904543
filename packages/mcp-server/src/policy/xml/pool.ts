import type { Element } from '@xmldom/xmldom';
import {
  checkHostPath,
  checkNamespace,
  checkPathAttribute,
  checkTargetName,
  definedName,
  refuse,
  type XmlPolicyContext,
} from './context.js';
import { attribute, childElements, clip, describe, elements, localName, pathText } from './dom.js';
import { violation } from './rules.js';

/*
 * Storage pool XML. What a pool may touch on the host depends on its type:
 * - dir: its target directory; fs: the block device it mounts and the mount point. Both must be
 *   under allowed_storage_paths.
 * - logical, disk, zfs: the host block devices they take over (a disk pool can rewrite the
 *   partition table). They must name their devices, all under allowed_storage_paths: without
 *   devices they would adopt an existing volume group or zpool of the host (its root LV, say).
 * - netfs, iscsi, iscsi-direct, rbd, sheepdog, gluster, vstorage: network storage, reached from
 *   the host's position in the network; refused (rule network_storage).
 * - scsi (a host adapter) and mpath (every multipath device of the host): host devices.
 * - anything else: not understood, refused.
 */

const DEVICE_POOLS: ReadonlySet<string> = new Set(['logical', 'disk', 'zfs']);
const NETWORK_POOLS: ReadonlySet<string> = new Set([
  'netfs',
  'iscsi',
  'iscsi-direct',
  'rbd',
  'sheepdog',
  'gluster',
  'vstorage',
]);

export function checkPoolXml(root: Element, ctx: XmlPolicyContext): void {
  if (localName(root) !== 'pool') {
    throw violation(describe(root), 'xml_syntax', 'storage pool XML must have a <pool> root element');
  }
  for (const element of elements(root)) checkNamespace(element, ctx);
  const name = definedName(root);
  if (name !== undefined) checkTargetName(ctx, name.element, 'pool', name.name);

  const type = attribute(root, 'type');
  const shown = describe(root, 'type');
  if (type === undefined) throw violation(shown, 'unsupported', 'a storage pool needs a type');
  const sources = childElements(root, 'source');
  const devices = sources.flatMap((source) => childElements(source, 'device'));
  const checkDevices = (): void => {
    for (const device of devices) checkPathAttribute(ctx, device, 'path', 'the pool source device');
  };

  if (type === 'dir' || type === 'fs') {
    if (type === 'fs') checkDevices();
    for (const target of childElements(root, 'target')) {
      for (const path of childElements(target, 'path')) {
        checkHostPath(ctx, path, pathText(path), 'the pool target directory');
      }
    }
  } else if (DEVICE_POOLS.has(type)) {
    if (devices.length === 0) {
      throw violation(
        shown,
        'storage_path',
        `a ${type} pool must name its source devices, each under the allowed storage paths; without them it adopts existing host storage`,
      );
    }
    checkDevices();
  } else if (NETWORK_POOLS.has(type)) {
    refuse(ctx, 'network_storage', shown, `a ${type} pool makes the host connect to storage of the caller's choosing`);
  } else if (type === 'scsi' || type === 'mpath') {
    refuse(ctx, 'hostdev', shown, `a ${type} pool takes over host storage devices`);
  } else {
    throw violation(shown, 'unsupported', `the pool type '${clip(type)}' is not understood by the XML policy`);
  }
}
