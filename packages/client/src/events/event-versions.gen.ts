// Generated from libvirt 11.3.0 libvirt-api.xml, libvirt-qemu-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** The C enums of event IDs, one per event family. */
export type EventIdEnum = 'virDomainEventID' | 'virNetworkEventID' | 'virStoragePoolEventID' | 'virNodeDeviceEventID' | 'virSecretEventID';

/** The libvirt release that added each event ID: `EVENT_ID_SINCE.virDomainEventID[27] === '11.2.0'`. */
export const EVENT_ID_SINCE: Readonly<Record<EventIdEnum, Readonly<Record<number, string>>>> = {
  virDomainEventID: {
    0: '0.8.0', // VIR_DOMAIN_EVENT_ID_LIFECYCLE
    1: '0.8.0', // VIR_DOMAIN_EVENT_ID_REBOOT
    2: '0.8.0', // VIR_DOMAIN_EVENT_ID_RTC_CHANGE
    3: '0.8.0', // VIR_DOMAIN_EVENT_ID_WATCHDOG
    4: '0.8.0', // VIR_DOMAIN_EVENT_ID_IO_ERROR
    5: '0.8.0', // VIR_DOMAIN_EVENT_ID_GRAPHICS
    6: '0.8.1', // VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON
    7: '0.9.2', // VIR_DOMAIN_EVENT_ID_CONTROL_ERROR
    8: '0.9.4', // VIR_DOMAIN_EVENT_ID_BLOCK_JOB
    9: '0.9.7', // VIR_DOMAIN_EVENT_ID_DISK_CHANGE
    10: '0.9.11', // VIR_DOMAIN_EVENT_ID_TRAY_CHANGE
    11: '0.9.11', // VIR_DOMAIN_EVENT_ID_PMWAKEUP
    12: '0.9.11', // VIR_DOMAIN_EVENT_ID_PMSUSPEND
    13: '0.10.0', // VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE
    14: '1.0.0', // VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK
    15: '1.1.1', // VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED
    16: '1.2.6', // VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2
    17: '1.2.9', // VIR_DOMAIN_EVENT_ID_TUNABLE
    18: '1.2.11', // VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE
    19: '1.2.15', // VIR_DOMAIN_EVENT_ID_DEVICE_ADDED
    20: '1.3.2', // VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION
    21: '1.3.3', // VIR_DOMAIN_EVENT_ID_JOB_COMPLETED
    22: '1.3.4', // VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED
    23: '3.0.0', // VIR_DOMAIN_EVENT_ID_METADATA_CHANGE
    24: '3.2.0', // VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD
    25: '6.9.0', // VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE
    26: '7.9.0', // VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE
    27: '11.2.0', // VIR_DOMAIN_EVENT_ID_NIC_MAC_CHANGE
  },
  virNetworkEventID: {
    0: '1.2.1', // VIR_NETWORK_EVENT_ID_LIFECYCLE
    1: '9.8.0', // VIR_NETWORK_EVENT_ID_METADATA_CHANGE
  },
  virStoragePoolEventID: {
    0: '2.0.0', // VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE
    1: '2.0.0', // VIR_STORAGE_POOL_EVENT_ID_REFRESH
  },
  virNodeDeviceEventID: {
    0: '2.2.0', // VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE
    1: '2.2.0', // VIR_NODE_DEVICE_EVENT_ID_UPDATE
  },
  virSecretEventID: {
    0: '3.0.0', // VIR_SECRET_EVENT_ID_LIFECYCLE
    1: '3.0.0', // VIR_SECRET_EVENT_ID_VALUE_CHANGED
  },
};

/** The libvirt release that added QEMU monitor events (virConnectDomainQemuMonitorEventRegister). */
export const QEMU_MONITOR_EVENTS_SINCE = '1.2.3';
