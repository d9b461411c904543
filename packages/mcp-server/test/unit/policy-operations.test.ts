import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { securitySchema, type SecurityConfig } from '../../src/config/schema.js';
import { OperationDeniedError } from '../../src/policy/errors.js';
import {
  assertToolAllowed,
  isToolEnabled,
  operationDecision,
  toolPolicyDecision,
} from '../../src/policy/operations.js';
import { TOOLSETS, type AnyToolDefinition, type ToolAnnotations, type Toolset } from '../../src/tools/define-tool.js';

function tool(
  operation: string,
  kind: 'read' | 'write' | 'destructive' | 'read-destructive',
  toolset: Toolset = operation.split('.')[0] as Toolset,
): AnyToolDefinition {
  const annotations: ToolAnnotations = {
    readOnlyHint: kind === 'read' || kind === 'read-destructive',
    destructiveHint: kind === 'destructive' || kind === 'read-destructive',
    idempotentHint: false,
    openWorldHint: false,
  };
  return {
    name: operation.replace('.', '_'),
    operation,
    toolset,
    title: operation,
    description: operation,
    annotations,
    input: z.object({}),
    output: z.object({}),
    handler: () => Promise.resolve({ structured: {}, summary: '' }),
  };
}

const security = (input: Record<string, unknown> = {}): SecurityConfig => securitySchema.parse(input);
const ALL = [...TOOLSETS];

const domainList = tool('domain.list', 'read');
const domainStart = tool('domain.start', 'write');
const domainDestroy = tool('domain.destroy', 'destructive');
const hostInfo = tool('host.info', 'read');

function reasonOf(t: AnyToolDefinition, s: SecurityConfig, toolsets: readonly Toolset[] = ALL): string | undefined {
  const decision = toolPolicyDecision(t, s, toolsets);
  return decision.allowed ? undefined : decision.reason;
}

describe('toolPolicyDecision', () => {
  it('allows everything by default', () => {
    for (const t of [domainList, domainStart, domainDestroy, hostInfo]) {
      expect(toolPolicyDecision(t, security(), ALL)).toEqual({ allowed: true });
    }
  });

  // [tool, settings, toolsets, expected reason (undefined = allowed)]
  const matrix: [AnyToolDefinition, Record<string, unknown>, readonly Toolset[], string | undefined][] = [
    // read_only removes every tool that is not read-only, and wins over everything.
    [domainList, { read_only: true }, ALL, undefined],
    [domainStart, { read_only: true }, ALL, 'domain.start is removed by security.read_only'],
    [domainDestroy, { read_only: true }, ALL, 'domain.destroy is removed by security.read_only'],
    [domainStart, { read_only: true, allowed_operations: ['domain.start'] }, ALL, 'removed by security.read_only'],
    [domainStart, { read_only: true, allowed_operations: ['*'] }, ALL, 'removed by security.read_only'],
    [domainStart, { read_only: true, disable_destructive: false }, ALL, 'removed by security.read_only'],
    // A tool that claims to be read-only and destructive survives read_only but not disable_destructive.
    [tool('domain.odd', 'read-destructive'), { read_only: true }, ALL, undefined],
    [
      tool('domain.odd', 'read-destructive'),
      { disable_destructive: true },
      ALL,
      'removed by security.disable_destructive',
    ],
    // disable_destructive.
    [domainDestroy, { disable_destructive: true }, ALL, 'domain.destroy is removed by security.disable_destructive'],
    [domainDestroy, { disable_destructive: true, allowed_operations: ['domain.destroy'] }, ALL, 'disable_destructive'],
    [domainStart, { disable_destructive: true }, ALL, undefined],
    [domainList, { disable_destructive: true }, ALL, undefined],
    // Toolsets.
    [domainList, {}, ['host'], "domain.list belongs to toolset 'domain', which is not enabled (toolsets: host)"],
    [hostInfo, {}, ['host'], undefined],
    [hostInfo, { allowed_operations: ['host.info'] }, ['domain'], "toolset 'host', which is not enabled"],
    // denied_operations wins over allowed_operations.
    [
      domainDestroy,
      { denied_operations: ['domain.destroy'] },
      ALL,
      "domain.destroy is denied by security.denied_operations 'domain.destroy'",
    ],
    [domainDestroy, { denied_operations: ['domain.*'] }, ALL, "denied by security.denied_operations 'domain.*'"],
    [
      domainDestroy,
      { allowed_operations: ['domain.destroy'], denied_operations: ['*.destroy'] },
      ALL,
      "denied_operations '*.destroy'",
    ],
    [domainStart, { denied_operations: ['domain.destroy'] }, ALL, undefined],
    [domainStart, { denied_operations: ['Domain.*'] }, ALL, undefined], // case-sensitive
    // allowed_operations: empty means all; otherwise a glob must match.
    [domainStart, { allowed_operations: [] }, ALL, undefined],
    [domainStart, { allowed_operations: ['domain.*'] }, ALL, undefined],
    [domainStart, { allowed_operations: ['domain.st?rt'] }, ALL, undefined],
    [
      hostInfo,
      { allowed_operations: ['domain.*'] },
      ALL,
      "host.info is not allowed by security.allowed_operations ('domain.*')",
    ],
    [domainStart, { allowed_operations: ['domain.list', 'host.*'] }, ALL, "('domain.list', 'host.*')"],
    [domainStart, { allowed_operations: ['domain.start.*'] }, ALL, 'not allowed by security.allowed_operations'],
  ];

  it.each(matrix)('%o with %j and toolsets %j', (t, settings, toolsets, expected) => {
    const reason = reasonOf(t, security(settings), toolsets);
    if (expected === undefined) {
      expect(reason).toBeUndefined();
    } else {
      expect(reason).toContain(expected);
    }
  });

  it('reports read_only before every other reason', () => {
    const s = security({ read_only: true, disable_destructive: true, denied_operations: ['*'] });
    expect(reasonOf(domainDestroy, s, ['host'])).toContain('security.read_only');
  });

  it('summarises a long allowed_operations list', () => {
    const s = security({ allowed_operations: ['a.1', 'a.2', 'a.3', 'a.4', 'a.5', 'a.6', 'a.7'] });
    expect(reasonOf(domainStart, s)).toContain("'a.5' and 2 more");
  });

  it('is re-evaluated for a different configuration object', () => {
    expect(toolPolicyDecision(domainStart, security(), ALL).allowed).toBe(true);
    expect(toolPolicyDecision(domainStart, security({ denied_operations: ['domain.start'] }), ALL).allowed).toBe(false);
  });

  it('isToolEnabled and assertToolAllowed follow the same decision', () => {
    const s = security({ denied_operations: ['domain.start'] });
    expect(isToolEnabled(domainStart, { security: s, toolsets: ALL })).toBe(false);
    expect(isToolEnabled(domainList, { security: s, toolsets: ALL })).toBe(true);
    expect(() => {
      assertToolAllowed(domainList, s, ALL);
    }).not.toThrow();
    let thrown: unknown;
    try {
      assertToolAllowed(domainStart, s, ALL);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OperationDeniedError);
    expect(thrown).toMatchObject({
      name: 'OperationDeniedError',
      operation: 'domain.start',
      reason: "domain.start is denied by security.denied_operations 'domain.start'",
    });
  });
});

describe('operation globs (property)', () => {
  const segment = fc.stringMatching(/^[a-z_]{1,8}$/);
  const operation = fc.tuple(segment, segment).map(([noun, verb]) => `${noun}.${verb}`);
  // Globs built from pieces of the operation alphabet plus wildcards, so many of them match.
  const glob = fc
    .array(fc.constantFrom('*', '?', '.', 'a', 'd', 'o', 'm', 'i', 'n', 's', 't', '_'), { minLength: 1, maxLength: 10 })
    .map((parts) => parts.join(''));

  it('any operation denied by a glob in denied_operations is never allowed', () => {
    fc.assert(
      fc.property(
        operation,
        fc.array(glob, { maxLength: 4 }),
        fc.array(glob, { maxLength: 4 }),
        fc.boolean(),
        (op, denied, allowed, allowEverything) => {
          const s = security({
            denied_operations: denied,
            allowed_operations: allowEverything ? ['*', op, ...allowed] : allowed,
          });
          const deniedByGlob = denied.some((pattern) => globMatchesReference(pattern, op));
          const decision = operationDecision(op, s);
          if (deniedByGlob) expect(decision.allowed).toBe(false);
          const t = tool(op, 'read', 'domain');
          if (deniedByGlob) expect(toolPolicyDecision(t, s, ALL).allowed).toBe(false);
        },
      ),
    );
  });

  it('a glob derived from the operation (chars turned into ? or *) denies it whatever is allowed', () => {
    const derived = operation.chain((op) =>
      fc
        .array(fc.constantFrom('keep', 'any-one', 'any-run'), { minLength: op.length, maxLength: op.length })
        .map((edits) => ({
          op,
          denyGlob: Array.from(op)
            .map((c, i) => (edits[i] === 'any-one' ? '?' : edits[i] === 'any-run' ? '*' : c))
            .join(''),
        })),
    );
    fc.assert(
      fc.property(
        derived,
        fc.array(glob, { maxLength: 3 }),
        fc.array(glob, { maxLength: 3 }),
        ({ op, denyGlob }, moreDenied, allowed) => {
          const s = security({
            denied_operations: [...moreDenied, denyGlob],
            allowed_operations: ['*', op, ...allowed],
          });
          expect(globMatchesReference(denyGlob, op)).toBe(true);
          expect(operationDecision(op, s).allowed).toBe(false);
          expect(toolPolicyDecision(tool(op, 'read', 'domain'), s, ALL).allowed).toBe(false);
        },
      ),
    );
  });

  it('an operation denied literally is never allowed, whatever else is configured', () => {
    fc.assert(
      fc.property(
        operation,
        fc.array(glob, { maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        (op, allowed, readOnly, destructive) => {
          const s = security({
            denied_operations: [op],
            allowed_operations: [op, '*', ...allowed],
            read_only: readOnly,
            disable_destructive: destructive,
          });
          for (const kind of ['read', 'write', 'destructive'] as const) {
            expect(toolPolicyDecision(tool(op, kind, 'domain'), s, ALL).allowed).toBe(false);
          }
        },
      ),
    );
  });

  it('with no lists configured, every operation is allowed', () => {
    fc.assert(
      fc.property(operation, (op) => {
        expect(operationDecision(op, security()).allowed).toBe(true);
      }),
    );
  });
});

/** An independent matcher (a regex over escaped pieces) so the property does not check Glob against itself. */
function globMatchesReference(pattern: string, name: string): boolean {
  const source = Array.from(pattern)
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'su').test(name);
}
