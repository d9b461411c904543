import { ErrorDomainNames, ErrorNumber, ErrorNumberNames } from './constants/error.gen.js';

/** Fields of libvirt's `remote_error` (virNetMessageError) that a LibvirtError carries. */
export interface LibvirtErrorFields {
  readonly code: number;
  readonly domain: number;
  readonly message: string | null;
  readonly level: number;
  readonly str1: string | null;
  readonly str2: string | null;
  readonly str3: string | null;
  readonly int1: number;
  readonly int2: number;
}

/** Error codes meaning "the object you named does not exist". */
const NOT_FOUND_CODES: ReadonlySet<number> = new Set(
  Object.entries(ErrorNumber)
    .filter(([key]) =>
      /^No(Domain|Network|StoragePool|StorageVol|NodeDevice|Secret|Interface|Nwfilter|DomainSnapshot|DomainCheckpoint|NetworkPort|NwfilterBinding|Hostname|DomainBackup)$/i.test(
        key,
      ),
    )
    .map(([, value]) => value),
);

/**
 * An error the daemon reported: libvirt's `virError` as it crossed the wire, with the numeric
 * code and domain and their C names (`VIR_ERR_NO_DOMAIN`, `VIR_FROM_QEMU`).
 */
export class LibvirtError extends Error {
  override readonly name = 'LibvirtError';
  readonly code: number;
  readonly codeName: string;
  readonly domain: number;
  readonly domainName: string;
  readonly level: number;
  readonly str1: string | null;
  readonly str2: string | null;
  readonly str3: string | null;
  readonly int1: number;
  readonly int2: number;
  /** The procedure that failed, e.g. `REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME`. */
  readonly procedure: string | undefined;

  constructor(fields: LibvirtErrorFields, procedure?: string, options?: { cause?: unknown }) {
    super(fields.message ?? 'unknown error', options);
    this.code = fields.code;
    this.codeName = ErrorNumberNames[fields.code] ?? `VIR_ERR_${fields.code}`;
    this.domain = fields.domain;
    this.domainName = ErrorDomainNames[fields.domain] ?? `VIR_FROM_${fields.domain}`;
    this.level = fields.level;
    this.str1 = fields.str1;
    this.str2 = fields.str2;
    this.str3 = fields.str3;
    this.int1 = fields.int1;
    this.int2 = fields.int2;
    this.procedure = procedure;
  }

  /** The named object (domain, network, pool, volume, …) does not exist. */
  isNotFound(): boolean {
    return NOT_FOUND_CODES.has(this.code);
  }

  /** The daemon or its driver does not support the operation (or, for RPC, does not know the procedure). */
  isUnsupported(): boolean {
    return this.code === ErrorNumber.NoSupport;
  }

  /** The operation is not valid in the object's current state (e.g. starting a running domain). */
  isInvalidOperation(): boolean {
    return this.code === ErrorNumber.OperationInvalid;
  }

  /** Refused by access control, or because the connection is read-only. */
  isDenied(): boolean {
    return this.code === ErrorNumber.OperationDenied || this.code === ErrorNumber.AccessDenied;
  }

  /** Authentication failed or was cancelled. */
  isAuthFailed(): boolean {
    return this.code === ErrorNumber.AuthFailed || this.code === ErrorNumber.AuthCancelled;
  }
}

/**
 * The daemon answered a call with "unknown procedure": it is older than the call. libvirt's own
 * client turns that RPC error into VIR_ERR_NO_SUPPORT; so do we, and say why.
 */
export function unknownProcedureError(fields: LibvirtErrorFields, procedure: string): LibvirtError {
  return new LibvirtError(
    {
      ...fields,
      code: ErrorNumber.NoSupport,
      message: `${fields.message ?? 'unknown procedure'}: the daemon does not know ${procedure}, so it is older than this call`,
    },
    procedure,
  );
}

/** The connection is closed (by us, by the peer, or after a failure); every pending call gets this. */
export class ConnectionClosedError extends Error {
  override readonly name = 'ConnectionClosedError';
  /** Why: `client` (close() was called), `eof` (the peer closed), `error` (I/O or protocol failure), `keepalive`. */
  readonly reason: CloseReason;
  constructor(message: string, reason: CloseReason, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

export type CloseReason = 'client' | 'eof' | 'error' | 'keepalive';

/** No reply came in time. The daemon may still complete the call. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** The caller's AbortSignal fired before the reply came. */
export class AbortError extends Error {
  override readonly name = 'AbortError';
}

/** The server sent something that breaks the protocol: malformed frames, unknown serials, undecodable payloads. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** A call's arguments cannot be encoded (wrong type, out of range, too long). Nothing was sent. */
export class InvalidArgumentsError extends Error {
  override readonly name = 'InvalidArgumentsError';
}

/** Connecting failed before the connection was usable: socket, handshake or authentication. */
export class ConnectError extends Error {
  // `string`, not the literal, so subclasses (AuthenticationError) can name themselves.
  override readonly name: string = 'ConnectError';
}
