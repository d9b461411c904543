import {
  CLIENT_CAPABILITIES_META_KEY,
  CLIENT_INFO_META_KEY,
  PROTOCOL_VERSION_META_KEY,
  type ClientCapabilities,
  type McpServer,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { AuditEntry } from './audit.js';

/**
 * Who is calling, whatever the protocol era: 2026-era requests carry the client's identity and
 * capabilities in every request's `_meta` envelope; 2025-era connections declared them once, in
 * `initialize`.
 */
export interface ClientIdentity {
  readonly name?: string;
  readonly version?: string;
  readonly protocol?: string;
  readonly capabilities?: ClientCapabilities;
}

export function clientIdentity(mcp: McpServer, ctx: ServerContext): ClientIdentity {
  const envelope = ctx.mcpReq.envelope as Record<string, unknown> | undefined;
  if (envelope?.[PROTOCOL_VERSION_META_KEY] !== undefined) {
    const info = envelope[CLIENT_INFO_META_KEY] as Record<string, unknown> | undefined;
    return {
      ...stringField('name', info?.['name']),
      ...stringField('version', info?.['version']),
      ...stringField('protocol', envelope[PROTOCOL_VERSION_META_KEY]),
      capabilities: envelope[CLIENT_CAPABILITIES_META_KEY] ?? {},
    };
  }
  // The deprecation notes on these accessors point at the envelope, which 2025-era requests lack.
  /* eslint-disable @typescript-eslint/no-deprecated */
  const info = mcp.server.getClientVersion();
  const capabilities = mcp.server.getClientCapabilities();
  const protocol = mcp.server.getNegotiatedProtocolVersion();
  /* eslint-enable @typescript-eslint/no-deprecated */
  return {
    ...stringField('name', info?.name),
    ...stringField('version', info?.version),
    ...stringField('protocol', protocol),
    ...(capabilities === undefined ? {} : { capabilities }),
  };
}

function stringField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Partial<Record<K, string>>) : {};
}

/** The audit line's `client`: name, version and protocol revision, the ones known. */
export function auditedClient(identity: ClientIdentity): AuditEntry['client'] {
  return {
    ...(identity.name === undefined ? {} : { name: identity.name }),
    ...(identity.version === undefined ? {} : { version: identity.version }),
    ...(identity.protocol === undefined ? {} : { protocol: identity.protocol }),
  };
}
