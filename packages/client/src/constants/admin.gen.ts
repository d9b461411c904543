// Generated from libvirt 11.3.0 libvirt-admin-api.xml by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

/** C enum `virAdmConnectDaemonShutdownFlags` of libvirt-admin.h. */
export const AdmConnectDaemonShutdownFlags = {
  DaemonShutdownPreserve: 1,
} as const;
export type AdmConnectDaemonShutdownFlags = (typeof AdmConnectDaemonShutdownFlags)[keyof typeof AdmConnectDaemonShutdownFlags];
/** C name of each `virAdmConnectDaemonShutdownFlags` value. */
export const AdmConnectDaemonShutdownFlagsNames: Readonly<Record<number, string>> = {
  1: 'VIR_DAEMON_SHUTDOWN_PRESERVE',
};

/** C enum `virClientTransport` of libvirt-admin.h. */
export const ClientTransport = {
  Unix: 0,
  Tcp: 1,
  Tls: 2,
} as const;
export type ClientTransport = (typeof ClientTransport)[keyof typeof ClientTransport];
/** C name of each `virClientTransport` value. */
export const ClientTransportNames: Readonly<Record<number, string>> = {
  0: 'VIR_CLIENT_TRANS_UNIX',
  1: 'VIR_CLIENT_TRANS_TCP',
  2: 'VIR_CLIENT_TRANS_TLS',
};

// #define constants of libvirt-admin.h with a string or integer value.
export const VIR_CLIENT_INFO_READONLY = 'readonly';
export const VIR_CLIENT_INFO_SASL_USER_NAME = 'sasl_user_name';
export const VIR_CLIENT_INFO_SELINUX_CONTEXT = 'selinux_context';
export const VIR_CLIENT_INFO_SOCKET_ADDR = 'sock_addr';
export const VIR_CLIENT_INFO_UNIX_GROUP_ID = 'unix_group_id';
export const VIR_CLIENT_INFO_UNIX_GROUP_NAME = 'unix_group_name';
export const VIR_CLIENT_INFO_UNIX_PROCESS_ID = 'unix_process_id';
export const VIR_CLIENT_INFO_UNIX_USER_ID = 'unix_user_id';
export const VIR_CLIENT_INFO_UNIX_USER_NAME = 'unix_user_name';
export const VIR_CLIENT_INFO_X509_DISTINGUISHED_NAME = 'tls_x509_dname';
export const VIR_SERVER_CLIENTS_CURRENT = 'nclients';
export const VIR_SERVER_CLIENTS_MAX = 'nclients_max';
export const VIR_SERVER_CLIENTS_UNAUTH_CURRENT = 'nclients_unauth';
export const VIR_SERVER_CLIENTS_UNAUTH_MAX = 'nclients_unauth_max';
export const VIR_THREADPOOL_JOB_QUEUE_DEPTH = 'jobQueueDepth';
export const VIR_THREADPOOL_WORKERS_CURRENT = 'nWorkers';
export const VIR_THREADPOOL_WORKERS_FREE = 'freeWorkers';
export const VIR_THREADPOOL_WORKERS_MAX = 'maxWorkers';
export const VIR_THREADPOOL_WORKERS_MIN = 'minWorkers';
export const VIR_THREADPOOL_WORKERS_PRIORITY = 'prioWorkers';
