import type { Config, SecurityConfig } from '../config/schema.js';
import type { AnyToolDefinition, Toolset } from '../tools/define-tool.js';
import { OperationDeniedError } from './errors.js';
import { GlobList } from './glob.js';

/*
 * Which tools a server offers, decided from the tool's own declaration (operation, toolset,
 * annotations) and `security`. The same decision runs when tools are listed and again on every
 * call, so a policy can never be sidestepped by calling a tool that was not listed. The order of
 * the checks is the order of precedence; the first refusal is the reason given:
 *   1. read_only: only tools annotated readOnlyHint=true survive; nothing can add one back.
 *   2. disable_destructive: tools annotated destructiveHint=true are removed.
 *   3. toolsets: the tool's group must be enabled.
 *   4. denied_operations: a matching glob removes the tool, whatever allowed_operations says.
 *   5. allowed_operations: when not empty, the operation must match one of its globs.
 */

export type PolicyDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const ALLOWED: PolicyDecision = { allowed: true };

interface CompiledOperations {
  readonly allowed: GlobList;
  readonly denied: GlobList;
}

// The decision runs on every call; compile each configuration's globs once.
const compiled = new WeakMap<SecurityConfig, CompiledOperations>();

function operationGlobs(security: SecurityConfig): CompiledOperations {
  let globs = compiled.get(security);
  if (globs === undefined) {
    globs = {
      allowed: new GlobList(security.allowed_operations),
      denied: new GlobList(security.denied_operations),
    };
    compiled.set(security, globs);
  }
  return globs;
}

export function toolPolicyDecision(
  tool: AnyToolDefinition,
  security: SecurityConfig,
  toolsets: readonly Toolset[],
): PolicyDecision {
  const operation = tool.operation;
  if (security.read_only && !tool.annotations.readOnlyHint) {
    return {
      allowed: false,
      reason: `${operation} is removed by security.read_only (the server is read-only and ${tool.name} is not a read-only tool)`,
    };
  }
  if (security.disable_destructive && tool.annotations.destructiveHint) {
    return {
      allowed: false,
      reason: `${operation} is removed by security.disable_destructive (${tool.name} is a destructive tool)`,
    };
  }
  if (!toolsets.includes(tool.toolset)) {
    return {
      allowed: false,
      reason: `${operation} belongs to toolset '${tool.toolset}', which is not enabled (toolsets: ${toolsets.join(', ')})`,
    };
  }
  return operationDecision(operation, security);
}

/**
 * Steps 4 and 5 alone, for an operation name: `denied_operations` wins over
 * `allowed_operations`; an empty `allowed_operations` allows every operation.
 */
export function operationDecision(operation: string, security: SecurityConfig): PolicyDecision {
  const { allowed, denied } = operationGlobs(security);
  const denyingGlob = denied.match(operation);
  if (denyingGlob !== undefined) {
    return { allowed: false, reason: `${operation} is denied by security.denied_operations '${denyingGlob}'` };
  }
  if (!allowed.isEmpty && !allowed.matchesAny(operation)) {
    return {
      allowed: false,
      reason: `${operation} is not allowed by security.allowed_operations (${summarize(security.allowed_operations)})`,
    };
  }
  return ALLOWED;
}

/** The decision for a whole configuration (`toolsets` and `security`). */
export function isToolEnabled(tool: AnyToolDefinition, config: Pick<Config, 'security' | 'toolsets'>): boolean {
  return toolPolicyDecision(tool, config.security, config.toolsets).allowed;
}

/** Throws OperationDeniedError with the user-facing reason when the policy refuses the tool. */
export function assertToolAllowed(
  tool: AnyToolDefinition,
  security: SecurityConfig,
  toolsets: readonly Toolset[],
): void {
  const decision = toolPolicyDecision(tool, security, toolsets);
  if (!decision.allowed) throw new OperationDeniedError(tool.operation, decision.reason);
}

const LISTED_GLOBS = 5;

function summarize(globs: readonly string[]): string {
  const shown = globs.slice(0, LISTED_GLOBS).map((glob) => `'${glob}'`);
  const more = globs.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
