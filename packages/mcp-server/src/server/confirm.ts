import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  createRequestStateCodec,
  inputRequired,
  inputResponse,
  type ClientCapabilities,
  type InputRequiredResult,
  type RequestStateCodec,
  type ServerContext,
} from '@modelcontextprotocol/server';
import { z } from 'zod';
import type { SecurityConfig } from '../config/schema.js';
import type { AuditConfirmation } from './audit.js';

/*
 * Confirmation of destructive calls by the human. One code path serves both protocol eras: the
 * handler answers with an input-required result that asks for `{ confirm: boolean }`.
 * - 2026-era clients fulfil it themselves and retry the call with the answer in
 *   `inputResponses` (never in `arguments`, which the model writes);
 * - for 2025-era clients the SDK's legacy shim turns it into a server→client
 *   `elicitation/create` request and re-enters the handler with the answer.
 * The request state we mint is HMAC-signed, bound to the exact tool, host and arguments, and
 * single-use, so an answer cannot be forged, replayed, or carried over to a different call.
 * When the client declared no form elicitation, `security.confirm_fallback` decides.
 */

export const CONFIRM_KEY = 'confirm';

const confirmationSchema = z.object({
  confirm: z.boolean().describe('Yes, run it'),
});

interface ConfirmationState {
  readonly digest: string;
  readonly nonce: string;
}

export type ConfirmationDecision =
  | { readonly kind: 'proceed'; readonly confirmation?: AuditConfirmation }
  | { readonly kind: 'ask'; readonly result: InputRequiredResult }
  | {
      readonly kind: 'refuse';
      readonly outcome: 'declined' | 'denied';
      readonly confirmation: AuditConfirmation;
      readonly message: string;
    };

export interface ConfirmationRequest {
  readonly tool: string;
  readonly host: string;
  readonly args: unknown;
  readonly question: string;
}

const STATE_TTL_SECONDS = 600;
const MAX_REMEMBERED_NONCES = 10_000;

export class Confirmations {
  /** Pass as the McpServer's `requestState.verify`, so the handler only ever sees verified state. */
  readonly codec: RequestStateCodec<ConfirmationState>;
  private readonly usedNonces = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {
    this.codec = createRequestStateCodec<ConfirmationState>({
      key: randomBytes(32),
      ttlSeconds: STATE_TTL_SECONDS,
    });
  }

  async decide(
    request: ConfirmationRequest,
    security: SecurityConfig,
    ctx: ServerContext,
    capabilities: ClientCapabilities | undefined,
  ): Promise<ConfirmationDecision> {
    const digest = callDigest(request);
    const answer = inputResponse(ctx.mcpReq.inputResponses, CONFIRM_KEY);
    if (answer.kind === 'elicit') {
      const state = readState(ctx);
      if (state?.digest === digest && this.claim(state.nonce)) {
        if (answer.action === 'accept' && answer.content?.['confirm'] === true) {
          return { kind: 'proceed', confirmation: 'accepted' };
        }
        const cancelled = answer.action === 'cancel';
        return {
          kind: 'refuse',
          outcome: 'declined',
          confirmation: cancelled ? 'cancelled' : 'declined',
          message: `${cancelled ? 'Cancelled' : 'Declined'} by the user: ${request.tool} was not run.`,
        };
      }
      // An answer without our state for this very call is no answer: ask again.
    }
    if (supportsFormElicitation(capabilities)) {
      const nonce = randomUUID();
      return {
        kind: 'ask',
        result: inputRequired({
          inputRequests: {
            [CONFIRM_KEY]: inputRequired.elicit({ message: request.question, requestedSchema: confirmationSchema }),
          },
          requestState: await this.codec.mint({ digest, nonce }),
        }),
      };
    }
    if (security.confirm_fallback === 'allow') return { kind: 'proceed', confirmation: 'fallback_allow' };
    return {
      kind: 'refuse',
      outcome: 'denied',
      confirmation: 'fallback_deny',
      message:
        `${request.tool} needs the user's confirmation, but this client cannot ask for it (no elicitation ` +
        `support), and security.confirm_fallback is 'deny'. Not run.`,
    };
  }

  /** True the first time a nonce is seen within its lifetime. */
  private claim(nonce: string): boolean {
    const now = this.now();
    if (this.usedNonces.has(nonce)) return false;
    if (this.usedNonces.size >= MAX_REMEMBERED_NONCES) {
      for (const [key, expires] of this.usedNonces) {
        if (expires <= now || this.usedNonces.size >= MAX_REMEMBERED_NONCES) this.usedNonces.delete(key);
        else break;
      }
    }
    this.usedNonces.set(nonce, now + STATE_TTL_SECONDS * 1000);
    return true;
  }
}

function readState(ctx: ServerContext): ConfirmationState | undefined {
  const state = ctx.mcpReq.requestState();
  if (state === null || typeof state !== 'object') return undefined;
  const { digest, nonce } = state as Record<string, unknown>;
  return typeof digest === 'string' && typeof nonce === 'string' ? { digest, nonce } : undefined;
}

/** Form-mode elicitation: an empty `elicitation: {}` counts (the capability predates modes). */
export function supportsFormElicitation(capabilities: ClientCapabilities | undefined): boolean {
  const elicitation = capabilities?.elicitation;
  if (elicitation === undefined) return false;
  const modes = elicitation as Record<string, unknown>;
  return modes['form'] !== undefined || modes['url'] === undefined;
}

function callDigest(request: ConfirmationRequest): string {
  return createHash('sha256')
    .update(canonicalJson({ tool: request.tool, host: request.host, args: request.args }))
    .digest('base64url');
}

/** JSON with object keys sorted, so equal arguments always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}
