// Generated from libvirt 11.3.0 admin_protocol.x by packages/client/scripts. Do not edit.
// Regenerate with `pnpm gen` (reads ../shared/libvirt-protocol, or the tree named by LIBVIRT_SOURCE).

import { type XdrCodec, XdrError, type XdrReader, type XdrWriter, withXdrPath } from '@libvirt-ts/xdr';
import type { CallOptions, Invoke, ProcedureInfo } from './procedure.js';

export const ADMIN_STRING_MAX = 4194304;
export const ADMIN_SERVER_LIST_MAX = 16384;
export const ADMIN_SERVER_THREADPOOL_PARAMETERS_MAX = 32;
export const ADMIN_CLIENT_LIST_MAX = 16384;
export const ADMIN_CLIENT_INFO_PARAMETERS_MAX = 64;
export const ADMIN_SERVER_CLIENT_LIMITS_MAX = 32;

/** XDR `typedef admin_nonnull_string`. */
export type AdminNonnullString = string;

export function encodeAdminNonnullString(w: XdrWriter, v: AdminNonnullString): void {
  w.writeString(v, 4194304);
}

export function decodeAdminNonnullString(r: XdrReader): AdminNonnullString {
  return r.readString(4194304);
}

export const AdminNonnullStringCodec: XdrCodec<AdminNonnullString> = {
  name: 'admin_nonnull_string',
  encode: encodeAdminNonnullString,
  decode: decodeAdminNonnullString,
};

/** XDR `typedef admin_string`. */
export type AdminString = string | null;

export function encodeAdminString(w: XdrWriter, v: AdminString): void {
  if (v == null) {
    w.writeOptional(false);
  } else {
    w.writeOptional(true);
    w.writeString(v, 4194304);
  }
}

export function decodeAdminString(r: XdrReader): AdminString {
  return r.readOptional() ? r.readString(4194304) : null;
}

export const AdminStringCodec: XdrCodec<AdminString> = {
  name: 'admin_string',
  encode: encodeAdminString,
  decode: decodeAdminString,
};

/** XDR `union admin_typed_param_value`. */
export type AdminTypedParamValue =
  | { type: 1; i: number }
  | { type: 2; ui: number }
  | { type: 3; l: bigint }
  | { type: 4; ul: bigint }
  | { type: 5; d: number }
  | { type: 6; b: number }
  | { type: 7; s: string };

export function encodeAdminTypedParamValue(w: XdrWriter, v: AdminTypedParamValue): void {
  let field = 'type';
  try {
    switch (v.type) {
      case 1: {
        w.writeInt(1);
        field = 'i';
        w.writeInt(v.i);
        return;
      }
      case 2: {
        w.writeInt(2);
        field = 'ui';
        w.writeUint(v.ui);
        return;
      }
      case 3: {
        w.writeInt(3);
        field = 'l';
        w.writeHyper(v.l);
        return;
      }
      case 4: {
        w.writeInt(4);
        field = 'ul';
        w.writeUhyper(v.ul);
        return;
      }
      case 5: {
        w.writeInt(5);
        field = 'd';
        w.writeDouble(v.d);
        return;
      }
      case 6: {
        w.writeInt(6);
        field = 'b';
        w.writeInt(v.b);
        return;
      }
      case 7: {
        w.writeInt(7);
        field = 's';
        w.writeString(v.s, 4194304);
        return;
      }
      default:
        throw new XdrError(`no arm for type ${String((v as { type: unknown }).type)}`, w.length);
    }
  } catch (e) {
    throw withXdrPath(e, 'admin_typed_param_value', field, w.length);
  }
}

export function decodeAdminTypedParamValue(r: XdrReader): AdminTypedParamValue {
  let field = 'type';
  try {
    const type = r.readInt();
    switch (type) {
      case 1: {
        field = 'i';
        return { type: 1, i: r.readInt() };
      }
      case 2: {
        field = 'ui';
        return { type: 2, ui: r.readUint() };
      }
      case 3: {
        field = 'l';
        return { type: 3, l: r.readHyper() };
      }
      case 4: {
        field = 'ul';
        return { type: 4, ul: r.readUhyper() };
      }
      case 5: {
        field = 'd';
        return { type: 5, d: r.readDouble() };
      }
      case 6: {
        field = 'b';
        return { type: 6, b: r.readInt() };
      }
      case 7: {
        field = 's';
        return { type: 7, s: r.readString(4194304) };
      }
      default:
        throw r.error(`no arm for type ${String(type)}`, r.offset - 4);
    }
  } catch (e) {
    throw withXdrPath(e, 'admin_typed_param_value', field, r.offset);
  }
}

export const AdminTypedParamValueCodec: XdrCodec<AdminTypedParamValue> = {
  name: 'admin_typed_param_value',
  encode: encodeAdminTypedParamValue,
  decode: decodeAdminTypedParamValue,
};

/** XDR `struct admin_typed_param`. */
export interface AdminTypedParam {
  field: string;
  value: AdminTypedParamValue;
}

export function encodeAdminTypedParam(w: XdrWriter, v: AdminTypedParam): void {
  let field = 'field';
  try {
    w.writeString(v.field, 4194304);
    field = 'value';
    encodeAdminTypedParamValue(w, v.value);
  } catch (e) {
    throw withXdrPath(e, 'admin_typed_param', field, w.length);
  }
}

export function decodeAdminTypedParam(r: XdrReader): AdminTypedParam {
  let field = 'field';
  try {
    const field_2 = r.readString(4194304);
    field = 'value';
    const value = decodeAdminTypedParamValue(r);
    return { field: field_2, value };
  } catch (e) {
    throw withXdrPath(e, 'admin_typed_param', field, r.offset);
  }
}

export const AdminTypedParamCodec: XdrCodec<AdminTypedParam> = {
  name: 'admin_typed_param',
  encode: encodeAdminTypedParam,
  decode: decodeAdminTypedParam,
};

/** XDR `struct admin_nonnull_server`. */
export interface AdminNonnullServer {
  name: string;
}

export function encodeAdminNonnullServer(w: XdrWriter, v: AdminNonnullServer): void {
  try {
    w.writeString(v.name, 4194304);
  } catch (e) {
    throw withXdrPath(e, 'admin_nonnull_server', 'name', w.length);
  }
}

export function decodeAdminNonnullServer(r: XdrReader): AdminNonnullServer {
  try {
    const name = r.readString(4194304);
    return { name };
  } catch (e) {
    throw withXdrPath(e, 'admin_nonnull_server', 'name', r.offset);
  }
}

export const AdminNonnullServerCodec: XdrCodec<AdminNonnullServer> = {
  name: 'admin_nonnull_server',
  encode: encodeAdminNonnullServer,
  decode: decodeAdminNonnullServer,
};

/** XDR `struct admin_nonnull_client`. */
export interface AdminNonnullClient {
  srv: AdminNonnullServer;
  id: bigint;
  timestamp: bigint;
  transport: number;
}

export function encodeAdminNonnullClient(w: XdrWriter, v: AdminNonnullClient): void {
  let field = 'srv';
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'id';
    w.writeUhyper(v.id);
    field = 'timestamp';
    w.writeHyper(v.timestamp);
    field = 'transport';
    w.writeUint(v.transport);
  } catch (e) {
    throw withXdrPath(e, 'admin_nonnull_client', field, w.length);
  }
}

export function decodeAdminNonnullClient(r: XdrReader): AdminNonnullClient {
  let field = 'srv';
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'id';
    const id = r.readUhyper();
    field = 'timestamp';
    const timestamp = r.readHyper();
    field = 'transport';
    const transport = r.readUint();
    return { srv, id, timestamp, transport };
  } catch (e) {
    throw withXdrPath(e, 'admin_nonnull_client', field, r.offset);
  }
}

export const AdminNonnullClientCodec: XdrCodec<AdminNonnullClient> = {
  name: 'admin_nonnull_client',
  encode: encodeAdminNonnullClient,
  decode: decodeAdminNonnullClient,
};

/** XDR `struct admin_connect_open_args`. */
export interface AdminConnectOpenArgs {
  flags: number;
}

export function encodeAdminConnectOpenArgs(w: XdrWriter, v: AdminConnectOpenArgs): void {
  try {
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_open_args', 'flags', w.length);
  }
}

export function decodeAdminConnectOpenArgs(r: XdrReader): AdminConnectOpenArgs {
  try {
    const flags = r.readUint();
    return { flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_open_args', 'flags', r.offset);
  }
}

export const AdminConnectOpenArgsCodec: XdrCodec<AdminConnectOpenArgs> = {
  name: 'admin_connect_open_args',
  encode: encodeAdminConnectOpenArgs,
  decode: decodeAdminConnectOpenArgs,
};

/** XDR `struct admin_connect_get_lib_version_ret`. */
export interface AdminConnectGetLibVersionRet {
  libVer: bigint;
}

export function encodeAdminConnectGetLibVersionRet(w: XdrWriter, v: AdminConnectGetLibVersionRet): void {
  try {
    w.writeUhyper(v.libVer);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_lib_version_ret', 'libVer', w.length);
  }
}

export function decodeAdminConnectGetLibVersionRet(r: XdrReader): AdminConnectGetLibVersionRet {
  try {
    const libVer = r.readUhyper();
    return { libVer };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_lib_version_ret', 'libVer', r.offset);
  }
}

export const AdminConnectGetLibVersionRetCodec: XdrCodec<AdminConnectGetLibVersionRet> = {
  name: 'admin_connect_get_lib_version_ret',
  encode: encodeAdminConnectGetLibVersionRet,
  decode: decodeAdminConnectGetLibVersionRet,
};

/** XDR `struct admin_connect_list_servers_args`. */
export interface AdminConnectListServersArgs {
  needResults: number;
  flags: number;
}

export function encodeAdminConnectListServersArgs(w: XdrWriter, v: AdminConnectListServersArgs): void {
  let field = 'need_results';
  try {
    w.writeUint(v.needResults);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_list_servers_args', field, w.length);
  }
}

export function decodeAdminConnectListServersArgs(r: XdrReader): AdminConnectListServersArgs {
  let field = 'need_results';
  try {
    const needResults = r.readUint();
    field = 'flags';
    const flags = r.readUint();
    return { needResults, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_list_servers_args', field, r.offset);
  }
}

export const AdminConnectListServersArgsCodec: XdrCodec<AdminConnectListServersArgs> = {
  name: 'admin_connect_list_servers_args',
  encode: encodeAdminConnectListServersArgs,
  decode: decodeAdminConnectListServersArgs,
};

/** XDR `struct admin_connect_list_servers_ret`. */
export interface AdminConnectListServersRet {
  servers: AdminNonnullServer[];
  ret: number;
}

export function encodeAdminConnectListServersRet(w: XdrWriter, v: AdminConnectListServersRet): void {
  let field = 'servers';
  let i = -1;
  try {
    const servers = v.servers;
    w.writeArrayLength(servers.length, 16384);
    for (i = 0; i < servers.length; i++) encodeAdminNonnullServer(w, servers[i]!);
    i = -1;
    field = 'ret';
    w.writeUint(v.ret);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_list_servers_ret', i < 0 ? field : `${field}[${i}]`, w.length);
  }
}

export function decodeAdminConnectListServersRet(r: XdrReader): AdminConnectListServersRet {
  let field = 'servers';
  let i = -1;
  try {
    const serversCount = r.readArrayLength(16384, 4);
    const servers = new Array<AdminNonnullServer>(serversCount);
    for (i = 0; i < serversCount; i++) servers[i] = decodeAdminNonnullServer(r);
    i = -1;
    field = 'ret';
    const ret = r.readUint();
    return { servers, ret };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_list_servers_ret', i < 0 ? field : `${field}[${i}]`, r.offset);
  }
}

export const AdminConnectListServersRetCodec: XdrCodec<AdminConnectListServersRet> = {
  name: 'admin_connect_list_servers_ret',
  encode: encodeAdminConnectListServersRet,
  decode: decodeAdminConnectListServersRet,
};

/** XDR `struct admin_connect_lookup_server_args`. */
export interface AdminConnectLookupServerArgs {
  name: string;
  flags: number;
}

export function encodeAdminConnectLookupServerArgs(w: XdrWriter, v: AdminConnectLookupServerArgs): void {
  let field = 'name';
  try {
    w.writeString(v.name, 4194304);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_lookup_server_args', field, w.length);
  }
}

export function decodeAdminConnectLookupServerArgs(r: XdrReader): AdminConnectLookupServerArgs {
  let field = 'name';
  try {
    const name = r.readString(4194304);
    field = 'flags';
    const flags = r.readUint();
    return { name, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_lookup_server_args', field, r.offset);
  }
}

export const AdminConnectLookupServerArgsCodec: XdrCodec<AdminConnectLookupServerArgs> = {
  name: 'admin_connect_lookup_server_args',
  encode: encodeAdminConnectLookupServerArgs,
  decode: decodeAdminConnectLookupServerArgs,
};

/** XDR `struct admin_connect_lookup_server_ret`. */
export interface AdminConnectLookupServerRet {
  srv: AdminNonnullServer;
}

export function encodeAdminConnectLookupServerRet(w: XdrWriter, v: AdminConnectLookupServerRet): void {
  try {
    encodeAdminNonnullServer(w, v.srv);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_lookup_server_ret', 'srv', w.length);
  }
}

export function decodeAdminConnectLookupServerRet(r: XdrReader): AdminConnectLookupServerRet {
  try {
    const srv = decodeAdminNonnullServer(r);
    return { srv };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_lookup_server_ret', 'srv', r.offset);
  }
}

export const AdminConnectLookupServerRetCodec: XdrCodec<AdminConnectLookupServerRet> = {
  name: 'admin_connect_lookup_server_ret',
  encode: encodeAdminConnectLookupServerRet,
  decode: decodeAdminConnectLookupServerRet,
};

/** XDR `struct admin_server_get_threadpool_parameters_args`. */
export interface AdminServerGetThreadpoolParametersArgs {
  srv: AdminNonnullServer;
  flags: number;
}

export function encodeAdminServerGetThreadpoolParametersArgs(w: XdrWriter, v: AdminServerGetThreadpoolParametersArgs): void {
  let field = 'srv';
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_threadpool_parameters_args', field, w.length);
  }
}

export function decodeAdminServerGetThreadpoolParametersArgs(r: XdrReader): AdminServerGetThreadpoolParametersArgs {
  let field = 'srv';
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'flags';
    const flags = r.readUint();
    return { srv, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_threadpool_parameters_args', field, r.offset);
  }
}

export const AdminServerGetThreadpoolParametersArgsCodec: XdrCodec<AdminServerGetThreadpoolParametersArgs> = {
  name: 'admin_server_get_threadpool_parameters_args',
  encode: encodeAdminServerGetThreadpoolParametersArgs,
  decode: decodeAdminServerGetThreadpoolParametersArgs,
};

/** XDR `struct admin_server_get_threadpool_parameters_ret`. */
export interface AdminServerGetThreadpoolParametersRet {
  params: AdminTypedParam[];
}

export function encodeAdminServerGetThreadpoolParametersRet(w: XdrWriter, v: AdminServerGetThreadpoolParametersRet): void {
  let i = -1;
  try {
    const params = v.params;
    w.writeArrayLength(params.length, 32);
    for (i = 0; i < params.length; i++) encodeAdminTypedParam(w, params[i]!);
    i = -1;
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_threadpool_parameters_ret', i < 0 ? 'params' : `${'params'}[${i}]`, w.length);
  }
}

export function decodeAdminServerGetThreadpoolParametersRet(r: XdrReader): AdminServerGetThreadpoolParametersRet {
  let i = -1;
  try {
    const paramsCount = r.readArrayLength(32, 12);
    const params = new Array<AdminTypedParam>(paramsCount);
    for (i = 0; i < paramsCount; i++) params[i] = decodeAdminTypedParam(r);
    i = -1;
    return { params };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_threadpool_parameters_ret', i < 0 ? 'params' : `${'params'}[${i}]`, r.offset);
  }
}

export const AdminServerGetThreadpoolParametersRetCodec: XdrCodec<AdminServerGetThreadpoolParametersRet> = {
  name: 'admin_server_get_threadpool_parameters_ret',
  encode: encodeAdminServerGetThreadpoolParametersRet,
  decode: decodeAdminServerGetThreadpoolParametersRet,
};

/** XDR `struct admin_server_set_threadpool_parameters_args`. */
export interface AdminServerSetThreadpoolParametersArgs {
  srv: AdminNonnullServer;
  params: AdminTypedParam[];
  flags: number;
}

export function encodeAdminServerSetThreadpoolParametersArgs(w: XdrWriter, v: AdminServerSetThreadpoolParametersArgs): void {
  let field = 'srv';
  let i = -1;
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'params';
    const params = v.params;
    w.writeArrayLength(params.length, 32);
    for (i = 0; i < params.length; i++) encodeAdminTypedParam(w, params[i]!);
    i = -1;
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_set_threadpool_parameters_args', i < 0 ? field : `${field}[${i}]`, w.length);
  }
}

export function decodeAdminServerSetThreadpoolParametersArgs(r: XdrReader): AdminServerSetThreadpoolParametersArgs {
  let field = 'srv';
  let i = -1;
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'params';
    const paramsCount = r.readArrayLength(32, 12);
    const params = new Array<AdminTypedParam>(paramsCount);
    for (i = 0; i < paramsCount; i++) params[i] = decodeAdminTypedParam(r);
    i = -1;
    field = 'flags';
    const flags = r.readUint();
    return { srv, params, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_set_threadpool_parameters_args', i < 0 ? field : `${field}[${i}]`, r.offset);
  }
}

export const AdminServerSetThreadpoolParametersArgsCodec: XdrCodec<AdminServerSetThreadpoolParametersArgs> = {
  name: 'admin_server_set_threadpool_parameters_args',
  encode: encodeAdminServerSetThreadpoolParametersArgs,
  decode: decodeAdminServerSetThreadpoolParametersArgs,
};

/** XDR `struct admin_server_list_clients_args`. */
export interface AdminServerListClientsArgs {
  srv: AdminNonnullServer;
  needResults: number;
  flags: number;
}

export function encodeAdminServerListClientsArgs(w: XdrWriter, v: AdminServerListClientsArgs): void {
  let field = 'srv';
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'need_results';
    w.writeUint(v.needResults);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_list_clients_args', field, w.length);
  }
}

export function decodeAdminServerListClientsArgs(r: XdrReader): AdminServerListClientsArgs {
  let field = 'srv';
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'need_results';
    const needResults = r.readUint();
    field = 'flags';
    const flags = r.readUint();
    return { srv, needResults, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_list_clients_args', field, r.offset);
  }
}

export const AdminServerListClientsArgsCodec: XdrCodec<AdminServerListClientsArgs> = {
  name: 'admin_server_list_clients_args',
  encode: encodeAdminServerListClientsArgs,
  decode: decodeAdminServerListClientsArgs,
};

/** XDR `struct admin_server_list_clients_ret`. */
export interface AdminServerListClientsRet {
  clients: AdminNonnullClient[];
  ret: number;
}

export function encodeAdminServerListClientsRet(w: XdrWriter, v: AdminServerListClientsRet): void {
  let field = 'clients';
  let i = -1;
  try {
    const clients = v.clients;
    w.writeArrayLength(clients.length, 16384);
    for (i = 0; i < clients.length; i++) encodeAdminNonnullClient(w, clients[i]!);
    i = -1;
    field = 'ret';
    w.writeUint(v.ret);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_list_clients_ret', i < 0 ? field : `${field}[${i}]`, w.length);
  }
}

export function decodeAdminServerListClientsRet(r: XdrReader): AdminServerListClientsRet {
  let field = 'clients';
  let i = -1;
  try {
    const clientsCount = r.readArrayLength(16384, 24);
    const clients = new Array<AdminNonnullClient>(clientsCount);
    for (i = 0; i < clientsCount; i++) clients[i] = decodeAdminNonnullClient(r);
    i = -1;
    field = 'ret';
    const ret = r.readUint();
    return { clients, ret };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_list_clients_ret', i < 0 ? field : `${field}[${i}]`, r.offset);
  }
}

export const AdminServerListClientsRetCodec: XdrCodec<AdminServerListClientsRet> = {
  name: 'admin_server_list_clients_ret',
  encode: encodeAdminServerListClientsRet,
  decode: decodeAdminServerListClientsRet,
};

/** XDR `struct admin_server_lookup_client_args`. */
export interface AdminServerLookupClientArgs {
  srv: AdminNonnullServer;
  id: bigint;
  flags: number;
}

export function encodeAdminServerLookupClientArgs(w: XdrWriter, v: AdminServerLookupClientArgs): void {
  let field = 'srv';
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'id';
    w.writeUhyper(v.id);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_lookup_client_args', field, w.length);
  }
}

export function decodeAdminServerLookupClientArgs(r: XdrReader): AdminServerLookupClientArgs {
  let field = 'srv';
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'id';
    const id = r.readUhyper();
    field = 'flags';
    const flags = r.readUint();
    return { srv, id, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_lookup_client_args', field, r.offset);
  }
}

export const AdminServerLookupClientArgsCodec: XdrCodec<AdminServerLookupClientArgs> = {
  name: 'admin_server_lookup_client_args',
  encode: encodeAdminServerLookupClientArgs,
  decode: decodeAdminServerLookupClientArgs,
};

/** XDR `struct admin_server_lookup_client_ret`. */
export interface AdminServerLookupClientRet {
  clnt: AdminNonnullClient;
}

export function encodeAdminServerLookupClientRet(w: XdrWriter, v: AdminServerLookupClientRet): void {
  try {
    encodeAdminNonnullClient(w, v.clnt);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_lookup_client_ret', 'clnt', w.length);
  }
}

export function decodeAdminServerLookupClientRet(r: XdrReader): AdminServerLookupClientRet {
  try {
    const clnt = decodeAdminNonnullClient(r);
    return { clnt };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_lookup_client_ret', 'clnt', r.offset);
  }
}

export const AdminServerLookupClientRetCodec: XdrCodec<AdminServerLookupClientRet> = {
  name: 'admin_server_lookup_client_ret',
  encode: encodeAdminServerLookupClientRet,
  decode: decodeAdminServerLookupClientRet,
};

/** XDR `struct admin_client_get_info_args`. */
export interface AdminClientGetInfoArgs {
  clnt: AdminNonnullClient;
  flags: number;
}

export function encodeAdminClientGetInfoArgs(w: XdrWriter, v: AdminClientGetInfoArgs): void {
  let field = 'clnt';
  try {
    encodeAdminNonnullClient(w, v.clnt);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_client_get_info_args', field, w.length);
  }
}

export function decodeAdminClientGetInfoArgs(r: XdrReader): AdminClientGetInfoArgs {
  let field = 'clnt';
  try {
    const clnt = decodeAdminNonnullClient(r);
    field = 'flags';
    const flags = r.readUint();
    return { clnt, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_client_get_info_args', field, r.offset);
  }
}

export const AdminClientGetInfoArgsCodec: XdrCodec<AdminClientGetInfoArgs> = {
  name: 'admin_client_get_info_args',
  encode: encodeAdminClientGetInfoArgs,
  decode: decodeAdminClientGetInfoArgs,
};

/** XDR `struct admin_client_get_info_ret`. */
export interface AdminClientGetInfoRet {
  params: AdminTypedParam[];
}

export function encodeAdminClientGetInfoRet(w: XdrWriter, v: AdminClientGetInfoRet): void {
  let i = -1;
  try {
    const params = v.params;
    w.writeArrayLength(params.length, 64);
    for (i = 0; i < params.length; i++) encodeAdminTypedParam(w, params[i]!);
    i = -1;
  } catch (e) {
    throw withXdrPath(e, 'admin_client_get_info_ret', i < 0 ? 'params' : `${'params'}[${i}]`, w.length);
  }
}

export function decodeAdminClientGetInfoRet(r: XdrReader): AdminClientGetInfoRet {
  let i = -1;
  try {
    const paramsCount = r.readArrayLength(64, 12);
    const params = new Array<AdminTypedParam>(paramsCount);
    for (i = 0; i < paramsCount; i++) params[i] = decodeAdminTypedParam(r);
    i = -1;
    return { params };
  } catch (e) {
    throw withXdrPath(e, 'admin_client_get_info_ret', i < 0 ? 'params' : `${'params'}[${i}]`, r.offset);
  }
}

export const AdminClientGetInfoRetCodec: XdrCodec<AdminClientGetInfoRet> = {
  name: 'admin_client_get_info_ret',
  encode: encodeAdminClientGetInfoRet,
  decode: decodeAdminClientGetInfoRet,
};

/** XDR `struct admin_client_close_args`. */
export interface AdminClientCloseArgs {
  clnt: AdminNonnullClient;
  flags: number;
}

export function encodeAdminClientCloseArgs(w: XdrWriter, v: AdminClientCloseArgs): void {
  let field = 'clnt';
  try {
    encodeAdminNonnullClient(w, v.clnt);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_client_close_args', field, w.length);
  }
}

export function decodeAdminClientCloseArgs(r: XdrReader): AdminClientCloseArgs {
  let field = 'clnt';
  try {
    const clnt = decodeAdminNonnullClient(r);
    field = 'flags';
    const flags = r.readUint();
    return { clnt, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_client_close_args', field, r.offset);
  }
}

export const AdminClientCloseArgsCodec: XdrCodec<AdminClientCloseArgs> = {
  name: 'admin_client_close_args',
  encode: encodeAdminClientCloseArgs,
  decode: decodeAdminClientCloseArgs,
};

/** XDR `struct admin_server_get_client_limits_args`. */
export interface AdminServerGetClientLimitsArgs {
  srv: AdminNonnullServer;
  flags: number;
}

export function encodeAdminServerGetClientLimitsArgs(w: XdrWriter, v: AdminServerGetClientLimitsArgs): void {
  let field = 'srv';
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_client_limits_args', field, w.length);
  }
}

export function decodeAdminServerGetClientLimitsArgs(r: XdrReader): AdminServerGetClientLimitsArgs {
  let field = 'srv';
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'flags';
    const flags = r.readUint();
    return { srv, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_client_limits_args', field, r.offset);
  }
}

export const AdminServerGetClientLimitsArgsCodec: XdrCodec<AdminServerGetClientLimitsArgs> = {
  name: 'admin_server_get_client_limits_args',
  encode: encodeAdminServerGetClientLimitsArgs,
  decode: decodeAdminServerGetClientLimitsArgs,
};

/** XDR `struct admin_server_get_client_limits_ret`. */
export interface AdminServerGetClientLimitsRet {
  params: AdminTypedParam[];
}

export function encodeAdminServerGetClientLimitsRet(w: XdrWriter, v: AdminServerGetClientLimitsRet): void {
  let i = -1;
  try {
    const params = v.params;
    w.writeArrayLength(params.length, 32);
    for (i = 0; i < params.length; i++) encodeAdminTypedParam(w, params[i]!);
    i = -1;
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_client_limits_ret', i < 0 ? 'params' : `${'params'}[${i}]`, w.length);
  }
}

export function decodeAdminServerGetClientLimitsRet(r: XdrReader): AdminServerGetClientLimitsRet {
  let i = -1;
  try {
    const paramsCount = r.readArrayLength(32, 12);
    const params = new Array<AdminTypedParam>(paramsCount);
    for (i = 0; i < paramsCount; i++) params[i] = decodeAdminTypedParam(r);
    i = -1;
    return { params };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_get_client_limits_ret', i < 0 ? 'params' : `${'params'}[${i}]`, r.offset);
  }
}

export const AdminServerGetClientLimitsRetCodec: XdrCodec<AdminServerGetClientLimitsRet> = {
  name: 'admin_server_get_client_limits_ret',
  encode: encodeAdminServerGetClientLimitsRet,
  decode: decodeAdminServerGetClientLimitsRet,
};

/** XDR `struct admin_server_set_client_limits_args`. */
export interface AdminServerSetClientLimitsArgs {
  srv: AdminNonnullServer;
  params: AdminTypedParam[];
  flags: number;
}

export function encodeAdminServerSetClientLimitsArgs(w: XdrWriter, v: AdminServerSetClientLimitsArgs): void {
  let field = 'srv';
  let i = -1;
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'params';
    const params = v.params;
    w.writeArrayLength(params.length, 32);
    for (i = 0; i < params.length; i++) encodeAdminTypedParam(w, params[i]!);
    i = -1;
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_set_client_limits_args', i < 0 ? field : `${field}[${i}]`, w.length);
  }
}

export function decodeAdminServerSetClientLimitsArgs(r: XdrReader): AdminServerSetClientLimitsArgs {
  let field = 'srv';
  let i = -1;
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'params';
    const paramsCount = r.readArrayLength(32, 12);
    const params = new Array<AdminTypedParam>(paramsCount);
    for (i = 0; i < paramsCount; i++) params[i] = decodeAdminTypedParam(r);
    i = -1;
    field = 'flags';
    const flags = r.readUint();
    return { srv, params, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_set_client_limits_args', i < 0 ? field : `${field}[${i}]`, r.offset);
  }
}

export const AdminServerSetClientLimitsArgsCodec: XdrCodec<AdminServerSetClientLimitsArgs> = {
  name: 'admin_server_set_client_limits_args',
  encode: encodeAdminServerSetClientLimitsArgs,
  decode: decodeAdminServerSetClientLimitsArgs,
};

/** XDR `struct admin_server_update_tls_files_args`. */
export interface AdminServerUpdateTlsFilesArgs {
  srv: AdminNonnullServer;
  flags: number;
}

export function encodeAdminServerUpdateTlsFilesArgs(w: XdrWriter, v: AdminServerUpdateTlsFilesArgs): void {
  let field = 'srv';
  try {
    encodeAdminNonnullServer(w, v.srv);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_server_update_tls_files_args', field, w.length);
  }
}

export function decodeAdminServerUpdateTlsFilesArgs(r: XdrReader): AdminServerUpdateTlsFilesArgs {
  let field = 'srv';
  try {
    const srv = decodeAdminNonnullServer(r);
    field = 'flags';
    const flags = r.readUint();
    return { srv, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_server_update_tls_files_args', field, r.offset);
  }
}

export const AdminServerUpdateTlsFilesArgsCodec: XdrCodec<AdminServerUpdateTlsFilesArgs> = {
  name: 'admin_server_update_tls_files_args',
  encode: encodeAdminServerUpdateTlsFilesArgs,
  decode: decodeAdminServerUpdateTlsFilesArgs,
};

/** XDR `struct admin_connect_get_logging_outputs_args`. */
export interface AdminConnectGetLoggingOutputsArgs {
  flags: number;
}

export function encodeAdminConnectGetLoggingOutputsArgs(w: XdrWriter, v: AdminConnectGetLoggingOutputsArgs): void {
  try {
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_outputs_args', 'flags', w.length);
  }
}

export function decodeAdminConnectGetLoggingOutputsArgs(r: XdrReader): AdminConnectGetLoggingOutputsArgs {
  try {
    const flags = r.readUint();
    return { flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_outputs_args', 'flags', r.offset);
  }
}

export const AdminConnectGetLoggingOutputsArgsCodec: XdrCodec<AdminConnectGetLoggingOutputsArgs> = {
  name: 'admin_connect_get_logging_outputs_args',
  encode: encodeAdminConnectGetLoggingOutputsArgs,
  decode: decodeAdminConnectGetLoggingOutputsArgs,
};

/** XDR `struct admin_connect_get_logging_outputs_ret`. */
export interface AdminConnectGetLoggingOutputsRet {
  outputs: string;
  noutputs: number;
}

export function encodeAdminConnectGetLoggingOutputsRet(w: XdrWriter, v: AdminConnectGetLoggingOutputsRet): void {
  let field = 'outputs';
  try {
    w.writeString(v.outputs, 4194304);
    field = 'noutputs';
    w.writeUint(v.noutputs);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_outputs_ret', field, w.length);
  }
}

export function decodeAdminConnectGetLoggingOutputsRet(r: XdrReader): AdminConnectGetLoggingOutputsRet {
  let field = 'outputs';
  try {
    const outputs = r.readString(4194304);
    field = 'noutputs';
    const noutputs = r.readUint();
    return { outputs, noutputs };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_outputs_ret', field, r.offset);
  }
}

export const AdminConnectGetLoggingOutputsRetCodec: XdrCodec<AdminConnectGetLoggingOutputsRet> = {
  name: 'admin_connect_get_logging_outputs_ret',
  encode: encodeAdminConnectGetLoggingOutputsRet,
  decode: decodeAdminConnectGetLoggingOutputsRet,
};

/** XDR `struct admin_connect_get_logging_filters_args`. */
export interface AdminConnectGetLoggingFiltersArgs {
  flags: number;
}

export function encodeAdminConnectGetLoggingFiltersArgs(w: XdrWriter, v: AdminConnectGetLoggingFiltersArgs): void {
  try {
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_filters_args', 'flags', w.length);
  }
}

export function decodeAdminConnectGetLoggingFiltersArgs(r: XdrReader): AdminConnectGetLoggingFiltersArgs {
  try {
    const flags = r.readUint();
    return { flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_filters_args', 'flags', r.offset);
  }
}

export const AdminConnectGetLoggingFiltersArgsCodec: XdrCodec<AdminConnectGetLoggingFiltersArgs> = {
  name: 'admin_connect_get_logging_filters_args',
  encode: encodeAdminConnectGetLoggingFiltersArgs,
  decode: decodeAdminConnectGetLoggingFiltersArgs,
};

/** XDR `struct admin_connect_get_logging_filters_ret`. */
export interface AdminConnectGetLoggingFiltersRet {
  filters: string | null;
  nfilters: number;
}

export function encodeAdminConnectGetLoggingFiltersRet(w: XdrWriter, v: AdminConnectGetLoggingFiltersRet): void {
  let field = 'filters';
  try {
    const filters = v.filters;
    if (filters == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(filters, 4194304);
    }
    field = 'nfilters';
    w.writeUint(v.nfilters);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_filters_ret', field, w.length);
  }
}

export function decodeAdminConnectGetLoggingFiltersRet(r: XdrReader): AdminConnectGetLoggingFiltersRet {
  let field = 'filters';
  try {
    const filters = r.readOptional() ? r.readString(4194304) : null;
    field = 'nfilters';
    const nfilters = r.readUint();
    return { filters, nfilters };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_get_logging_filters_ret', field, r.offset);
  }
}

export const AdminConnectGetLoggingFiltersRetCodec: XdrCodec<AdminConnectGetLoggingFiltersRet> = {
  name: 'admin_connect_get_logging_filters_ret',
  encode: encodeAdminConnectGetLoggingFiltersRet,
  decode: decodeAdminConnectGetLoggingFiltersRet,
};

/** XDR `struct admin_connect_set_logging_outputs_args`. */
export interface AdminConnectSetLoggingOutputsArgs {
  outputs: string | null;
  flags: number;
}

export function encodeAdminConnectSetLoggingOutputsArgs(w: XdrWriter, v: AdminConnectSetLoggingOutputsArgs): void {
  let field = 'outputs';
  try {
    const outputs = v.outputs;
    if (outputs == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(outputs, 4194304);
    }
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_set_logging_outputs_args', field, w.length);
  }
}

export function decodeAdminConnectSetLoggingOutputsArgs(r: XdrReader): AdminConnectSetLoggingOutputsArgs {
  let field = 'outputs';
  try {
    const outputs = r.readOptional() ? r.readString(4194304) : null;
    field = 'flags';
    const flags = r.readUint();
    return { outputs, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_set_logging_outputs_args', field, r.offset);
  }
}

export const AdminConnectSetLoggingOutputsArgsCodec: XdrCodec<AdminConnectSetLoggingOutputsArgs> = {
  name: 'admin_connect_set_logging_outputs_args',
  encode: encodeAdminConnectSetLoggingOutputsArgs,
  decode: decodeAdminConnectSetLoggingOutputsArgs,
};

/** XDR `struct admin_connect_set_logging_filters_args`. */
export interface AdminConnectSetLoggingFiltersArgs {
  filters: string | null;
  flags: number;
}

export function encodeAdminConnectSetLoggingFiltersArgs(w: XdrWriter, v: AdminConnectSetLoggingFiltersArgs): void {
  let field = 'filters';
  try {
    const filters = v.filters;
    if (filters == null) {
      w.writeOptional(false);
    } else {
      w.writeOptional(true);
      w.writeString(filters, 4194304);
    }
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_set_logging_filters_args', field, w.length);
  }
}

export function decodeAdminConnectSetLoggingFiltersArgs(r: XdrReader): AdminConnectSetLoggingFiltersArgs {
  let field = 'filters';
  try {
    const filters = r.readOptional() ? r.readString(4194304) : null;
    field = 'flags';
    const flags = r.readUint();
    return { filters, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_set_logging_filters_args', field, r.offset);
  }
}

export const AdminConnectSetLoggingFiltersArgsCodec: XdrCodec<AdminConnectSetLoggingFiltersArgs> = {
  name: 'admin_connect_set_logging_filters_args',
  encode: encodeAdminConnectSetLoggingFiltersArgs,
  decode: decodeAdminConnectSetLoggingFiltersArgs,
};

/** XDR `struct admin_connect_set_daemon_timeout_args`. */
export interface AdminConnectSetDaemonTimeoutArgs {
  timeout: number;
  flags: number;
}

export function encodeAdminConnectSetDaemonTimeoutArgs(w: XdrWriter, v: AdminConnectSetDaemonTimeoutArgs): void {
  let field = 'timeout';
  try {
    w.writeUint(v.timeout);
    field = 'flags';
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_set_daemon_timeout_args', field, w.length);
  }
}

export function decodeAdminConnectSetDaemonTimeoutArgs(r: XdrReader): AdminConnectSetDaemonTimeoutArgs {
  let field = 'timeout';
  try {
    const timeout = r.readUint();
    field = 'flags';
    const flags = r.readUint();
    return { timeout, flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_set_daemon_timeout_args', field, r.offset);
  }
}

export const AdminConnectSetDaemonTimeoutArgsCodec: XdrCodec<AdminConnectSetDaemonTimeoutArgs> = {
  name: 'admin_connect_set_daemon_timeout_args',
  encode: encodeAdminConnectSetDaemonTimeoutArgs,
  decode: decodeAdminConnectSetDaemonTimeoutArgs,
};

/** XDR `struct admin_connect_daemon_shutdown_args`. */
export interface AdminConnectDaemonShutdownArgs {
  flags: number;
}

export function encodeAdminConnectDaemonShutdownArgs(w: XdrWriter, v: AdminConnectDaemonShutdownArgs): void {
  try {
    w.writeUint(v.flags);
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_daemon_shutdown_args', 'flags', w.length);
  }
}

export function decodeAdminConnectDaemonShutdownArgs(r: XdrReader): AdminConnectDaemonShutdownArgs {
  try {
    const flags = r.readUint();
    return { flags };
  } catch (e) {
    throw withXdrPath(e, 'admin_connect_daemon_shutdown_args', 'flags', r.offset);
  }
}

export const AdminConnectDaemonShutdownArgsCodec: XdrCodec<AdminConnectDaemonShutdownArgs> = {
  name: 'admin_connect_daemon_shutdown_args',
  encode: encodeAdminConnectDaemonShutdownArgs,
  decode: decodeAdminConnectDaemonShutdownArgs,
};

export const ADMIN_PROGRAM = 0x06900690;
export const ADMIN_PROTOCOL_VERSION = 1;

/** XDR `enum admin_procedure`. */
export const AdminProcedure = {
  ConnectOpen: 1,
  ConnectClose: 2,
  ConnectGetLibVersion: 3,
  ConnectListServers: 4,
  ConnectLookupServer: 5,
  ServerGetThreadpoolParameters: 6,
  ServerSetThreadpoolParameters: 7,
  ServerListClients: 8,
  ServerLookupClient: 9,
  ClientGetInfo: 10,
  ClientClose: 11,
  ServerGetClientLimits: 12,
  ServerSetClientLimits: 13,
  ConnectGetLoggingOutputs: 14,
  ConnectGetLoggingFilters: 15,
  ConnectSetLoggingOutputs: 16,
  ConnectSetLoggingFilters: 17,
  ServerUpdateTlsFiles: 18,
  ConnectSetDaemonTimeout: 19,
  ConnectDaemonShutdown: 20,
} as const;
export type AdminProcedure = (typeof AdminProcedure)[keyof typeof AdminProcedure];

export const AdminProcedureNames: Readonly<Record<number, string>> = {
  1: 'ADMIN_PROC_CONNECT_OPEN',
  2: 'ADMIN_PROC_CONNECT_CLOSE',
  3: 'ADMIN_PROC_CONNECT_GET_LIB_VERSION',
  4: 'ADMIN_PROC_CONNECT_LIST_SERVERS',
  5: 'ADMIN_PROC_CONNECT_LOOKUP_SERVER',
  6: 'ADMIN_PROC_SERVER_GET_THREADPOOL_PARAMETERS',
  7: 'ADMIN_PROC_SERVER_SET_THREADPOOL_PARAMETERS',
  8: 'ADMIN_PROC_SERVER_LIST_CLIENTS',
  9: 'ADMIN_PROC_SERVER_LOOKUP_CLIENT',
  10: 'ADMIN_PROC_CLIENT_GET_INFO',
  11: 'ADMIN_PROC_CLIENT_CLOSE',
  12: 'ADMIN_PROC_SERVER_GET_CLIENT_LIMITS',
  13: 'ADMIN_PROC_SERVER_SET_CLIENT_LIMITS',
  14: 'ADMIN_PROC_CONNECT_GET_LOGGING_OUTPUTS',
  15: 'ADMIN_PROC_CONNECT_GET_LOGGING_FILTERS',
  16: 'ADMIN_PROC_CONNECT_SET_LOGGING_OUTPUTS',
  17: 'ADMIN_PROC_CONNECT_SET_LOGGING_FILTERS',
  18: 'ADMIN_PROC_SERVER_UPDATE_TLS_FILES',
  19: 'ADMIN_PROC_CONNECT_SET_DAEMON_TIMEOUT',
  20: 'ADMIN_PROC_CONNECT_DAEMON_SHUTDOWN',
};

export function isAdminProcedure(value: number): value is AdminProcedure {
  return Number.isInteger(value) && value >= 1 && value <= 20;
}

export function encodeAdminProcedure(w: XdrWriter, v: AdminProcedure): void {
  w.writeEnum(v, isAdminProcedure, 'admin_procedure');
}

export function decodeAdminProcedure(r: XdrReader): AdminProcedure {
  return r.readEnum(isAdminProcedure, 'admin_procedure') as AdminProcedure;
}

export const AdminProcedureCodec: XdrCodec<AdminProcedure> = {
  name: 'admin_procedure',
  encode: encodeAdminProcedure,
  decode: decodeAdminProcedure,
};

export const adminProcConnectOpen: ProcedureInfo<AdminConnectOpenArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 1,
  name: 'ADMIN_PROC_CONNECT_OPEN',
  method: 'connectOpen',
  args: AdminConnectOpenArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectClose: ProcedureInfo<undefined, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 2,
  name: 'ADMIN_PROC_CONNECT_CLOSE',
  method: 'connectClose',
  args: null,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectGetLibVersion: ProcedureInfo<undefined, AdminConnectGetLibVersionRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 3,
  name: 'ADMIN_PROC_CONNECT_GET_LIB_VERSION',
  method: 'connectGetLibVersion',
  args: null,
  ret: AdminConnectGetLibVersionRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectListServers: ProcedureInfo<AdminConnectListServersArgs, AdminConnectListServersRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 4,
  name: 'ADMIN_PROC_CONNECT_LIST_SERVERS',
  method: 'connectListServers',
  args: AdminConnectListServersArgsCodec,
  ret: AdminConnectListServersRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectLookupServer: ProcedureInfo<AdminConnectLookupServerArgs, AdminConnectLookupServerRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 5,
  name: 'ADMIN_PROC_CONNECT_LOOKUP_SERVER',
  method: 'connectLookupServer',
  args: AdminConnectLookupServerArgsCodec,
  ret: AdminConnectLookupServerRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcServerGetThreadpoolParameters: ProcedureInfo<AdminServerGetThreadpoolParametersArgs, AdminServerGetThreadpoolParametersRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 6,
  name: 'ADMIN_PROC_SERVER_GET_THREADPOOL_PARAMETERS',
  method: 'serverGetThreadpoolParameters',
  args: AdminServerGetThreadpoolParametersArgsCodec,
  ret: AdminServerGetThreadpoolParametersRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcServerSetThreadpoolParameters: ProcedureInfo<AdminServerSetThreadpoolParametersArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 7,
  name: 'ADMIN_PROC_SERVER_SET_THREADPOOL_PARAMETERS',
  method: 'serverSetThreadpoolParameters',
  args: AdminServerSetThreadpoolParametersArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcServerListClients: ProcedureInfo<AdminServerListClientsArgs, AdminServerListClientsRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 8,
  name: 'ADMIN_PROC_SERVER_LIST_CLIENTS',
  method: 'serverListClients',
  args: AdminServerListClientsArgsCodec,
  ret: AdminServerListClientsRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcServerLookupClient: ProcedureInfo<AdminServerLookupClientArgs, AdminServerLookupClientRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 9,
  name: 'ADMIN_PROC_SERVER_LOOKUP_CLIENT',
  method: 'serverLookupClient',
  args: AdminServerLookupClientArgsCodec,
  ret: AdminServerLookupClientRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcClientGetInfo: ProcedureInfo<AdminClientGetInfoArgs, AdminClientGetInfoRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 10,
  name: 'ADMIN_PROC_CLIENT_GET_INFO',
  method: 'clientGetInfo',
  args: AdminClientGetInfoArgsCodec,
  ret: AdminClientGetInfoRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcClientClose: ProcedureInfo<AdminClientCloseArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 11,
  name: 'ADMIN_PROC_CLIENT_CLOSE',
  method: 'clientClose',
  args: AdminClientCloseArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcServerGetClientLimits: ProcedureInfo<AdminServerGetClientLimitsArgs, AdminServerGetClientLimitsRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 12,
  name: 'ADMIN_PROC_SERVER_GET_CLIENT_LIMITS',
  method: 'serverGetClientLimits',
  args: AdminServerGetClientLimitsArgsCodec,
  ret: AdminServerGetClientLimitsRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcServerSetClientLimits: ProcedureInfo<AdminServerSetClientLimitsArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 13,
  name: 'ADMIN_PROC_SERVER_SET_CLIENT_LIMITS',
  method: 'serverSetClientLimits',
  args: AdminServerSetClientLimitsArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectGetLoggingOutputs: ProcedureInfo<AdminConnectGetLoggingOutputsArgs, AdminConnectGetLoggingOutputsRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 14,
  name: 'ADMIN_PROC_CONNECT_GET_LOGGING_OUTPUTS',
  method: 'connectGetLoggingOutputs',
  args: AdminConnectGetLoggingOutputsArgsCodec,
  ret: AdminConnectGetLoggingOutputsRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectGetLoggingFilters: ProcedureInfo<AdminConnectGetLoggingFiltersArgs, AdminConnectGetLoggingFiltersRet> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 15,
  name: 'ADMIN_PROC_CONNECT_GET_LOGGING_FILTERS',
  method: 'connectGetLoggingFilters',
  args: AdminConnectGetLoggingFiltersArgsCodec,
  ret: AdminConnectGetLoggingFiltersRetCodec,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectSetLoggingOutputs: ProcedureInfo<AdminConnectSetLoggingOutputsArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 16,
  name: 'ADMIN_PROC_CONNECT_SET_LOGGING_OUTPUTS',
  method: 'connectSetLoggingOutputs',
  args: AdminConnectSetLoggingOutputsArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectSetLoggingFilters: ProcedureInfo<AdminConnectSetLoggingFiltersArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 17,
  name: 'ADMIN_PROC_CONNECT_SET_LOGGING_FILTERS',
  method: 'connectSetLoggingFilters',
  args: AdminConnectSetLoggingFiltersArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcServerUpdateTlsFiles: ProcedureInfo<AdminServerUpdateTlsFilesArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 18,
  name: 'ADMIN_PROC_SERVER_UPDATE_TLS_FILES',
  method: 'serverUpdateTlsFiles',
  args: AdminServerUpdateTlsFilesArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectSetDaemonTimeout: ProcedureInfo<AdminConnectSetDaemonTimeoutArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 19,
  name: 'ADMIN_PROC_CONNECT_SET_DAEMON_TIMEOUT',
  method: 'connectSetDaemonTimeout',
  args: AdminConnectSetDaemonTimeoutArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

export const adminProcConnectDaemonShutdown: ProcedureInfo<AdminConnectDaemonShutdownArgs, undefined> = {
  program: ADMIN_PROGRAM,
  version: ADMIN_PROTOCOL_VERSION,
  number: 20,
  name: 'ADMIN_PROC_CONNECT_DAEMON_SHUTDOWN',
  method: 'connectDaemonShutdown',
  args: AdminConnectDaemonShutdownArgsCodec,
  ret: null,
  kind: 'call',
  stream: null,
  sparseFlag: null,
  priority: 'low',
  acl: [],
};

/** Every procedure of ADMIN_PROGRAM, in procedure-number order as the .x file lists them. */
export const adminProcedures: readonly ProcedureInfo[] = [
  adminProcConnectOpen,
  adminProcConnectClose,
  adminProcConnectGetLibVersion,
  adminProcConnectListServers,
  adminProcConnectLookupServer,
  adminProcServerGetThreadpoolParameters,
  adminProcServerSetThreadpoolParameters,
  adminProcServerListClients,
  adminProcServerLookupClient,
  adminProcClientGetInfo,
  adminProcClientClose,
  adminProcServerGetClientLimits,
  adminProcServerSetClientLimits,
  adminProcConnectGetLoggingOutputs,
  adminProcConnectGetLoggingFilters,
  adminProcConnectSetLoggingOutputs,
  adminProcConnectSetLoggingFilters,
  adminProcServerUpdateTlsFiles,
  adminProcConnectSetDaemonTimeout,
  adminProcConnectDaemonShutdown,
];

export const adminProcedureByNumber: ReadonlyMap<number, ProcedureInfo> = new Map(
  adminProcedures.map((procedure) => [procedure.number, procedure]),
);

/** One method per callable procedure of ADMIN_PROGRAM; events are not callable. */
export interface AdminMethods {
  connectOpen(args: AdminConnectOpenArgs, options?: CallOptions): Promise<undefined>;
  connectClose(options?: CallOptions): Promise<undefined>;
  connectGetLibVersion(options?: CallOptions): Promise<AdminConnectGetLibVersionRet>;
  connectListServers(args: AdminConnectListServersArgs, options?: CallOptions): Promise<AdminConnectListServersRet>;
  connectLookupServer(args: AdminConnectLookupServerArgs, options?: CallOptions): Promise<AdminConnectLookupServerRet>;
  serverGetThreadpoolParameters(args: AdminServerGetThreadpoolParametersArgs, options?: CallOptions): Promise<AdminServerGetThreadpoolParametersRet>;
  serverSetThreadpoolParameters(args: AdminServerSetThreadpoolParametersArgs, options?: CallOptions): Promise<undefined>;
  serverListClients(args: AdminServerListClientsArgs, options?: CallOptions): Promise<AdminServerListClientsRet>;
  serverLookupClient(args: AdminServerLookupClientArgs, options?: CallOptions): Promise<AdminServerLookupClientRet>;
  clientGetInfo(args: AdminClientGetInfoArgs, options?: CallOptions): Promise<AdminClientGetInfoRet>;
  clientClose(args: AdminClientCloseArgs, options?: CallOptions): Promise<undefined>;
  serverGetClientLimits(args: AdminServerGetClientLimitsArgs, options?: CallOptions): Promise<AdminServerGetClientLimitsRet>;
  serverSetClientLimits(args: AdminServerSetClientLimitsArgs, options?: CallOptions): Promise<undefined>;
  connectGetLoggingOutputs(args: AdminConnectGetLoggingOutputsArgs, options?: CallOptions): Promise<AdminConnectGetLoggingOutputsRet>;
  connectGetLoggingFilters(args: AdminConnectGetLoggingFiltersArgs, options?: CallOptions): Promise<AdminConnectGetLoggingFiltersRet>;
  connectSetLoggingOutputs(args: AdminConnectSetLoggingOutputsArgs, options?: CallOptions): Promise<undefined>;
  connectSetLoggingFilters(args: AdminConnectSetLoggingFiltersArgs, options?: CallOptions): Promise<undefined>;
  serverUpdateTlsFiles(args: AdminServerUpdateTlsFilesArgs, options?: CallOptions): Promise<undefined>;
  connectSetDaemonTimeout(args: AdminConnectSetDaemonTimeoutArgs, options?: CallOptions): Promise<undefined>;
  connectDaemonShutdown(args: AdminConnectDaemonShutdownArgs, options?: CallOptions): Promise<undefined>;
}

/** The methods of AdminMethods, each performing its call through `invoke`. */
export function bindAdminMethods(invoke: Invoke): AdminMethods {
  return {
    connectOpen: (args, options) => invoke(adminProcConnectOpen, args, options),
    connectClose: (options) => invoke(adminProcConnectClose, undefined, options),
    connectGetLibVersion: (options) => invoke(adminProcConnectGetLibVersion, undefined, options),
    connectListServers: (args, options) => invoke(adminProcConnectListServers, args, options),
    connectLookupServer: (args, options) => invoke(adminProcConnectLookupServer, args, options),
    serverGetThreadpoolParameters: (args, options) => invoke(adminProcServerGetThreadpoolParameters, args, options),
    serverSetThreadpoolParameters: (args, options) => invoke(adminProcServerSetThreadpoolParameters, args, options),
    serverListClients: (args, options) => invoke(adminProcServerListClients, args, options),
    serverLookupClient: (args, options) => invoke(adminProcServerLookupClient, args, options),
    clientGetInfo: (args, options) => invoke(adminProcClientGetInfo, args, options),
    clientClose: (args, options) => invoke(adminProcClientClose, args, options),
    serverGetClientLimits: (args, options) => invoke(adminProcServerGetClientLimits, args, options),
    serverSetClientLimits: (args, options) => invoke(adminProcServerSetClientLimits, args, options),
    connectGetLoggingOutputs: (args, options) => invoke(adminProcConnectGetLoggingOutputs, args, options),
    connectGetLoggingFilters: (args, options) => invoke(adminProcConnectGetLoggingFilters, args, options),
    connectSetLoggingOutputs: (args, options) => invoke(adminProcConnectSetLoggingOutputs, args, options),
    connectSetLoggingFilters: (args, options) => invoke(adminProcConnectSetLoggingFilters, args, options),
    serverUpdateTlsFiles: (args, options) => invoke(adminProcServerUpdateTlsFiles, args, options),
    connectSetDaemonTimeout: (args, options) => invoke(adminProcConnectSetDaemonTimeout, args, options),
    connectDaemonShutdown: (args, options) => invoke(adminProcConnectDaemonShutdown, args, options),
  };
}
