/**
 * The public surface of the tools: every name, description, JSON schema and annotation, in a
 * committed snapshot, so any change to what clients see shows up as a reviewed diff. The other
 * tests here pin the rules every tool must follow.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemaOf } from '../../scripts/gen-tools-doc.js';
import { TOOLSETS } from '../../src/tools/define-tool.js';
import { allTools } from '../../src/tools/index.js';

// The tools issue #7 asks for, by name.
const EXPECTED_TOOLS = [
  'host_list',
  'host_info',
  'host_capabilities',
  'domain_list',
  'domain_get',
  'domain_get_xml',
  'domain_define_xml',
  'domain_start',
  'domain_shutdown',
  'domain_reboot',
  'domain_reset',
  'domain_destroy',
  'domain_suspend',
  'domain_resume',
  'domain_undefine',
  'domain_set_autostart',
  'domain_set_memory',
  'domain_set_vcpus',
  'domain_stats',
];

describe('tool surface', () => {
  it('matches the committed snapshot (names, descriptions, schemas, annotations)', () => {
    const surface = allTools.map((tool) => ({
      name: tool.name,
      operation: tool.operation,
      toolset: tool.toolset,
      title: tool.title,
      description: tool.description,
      annotations: tool.annotations,
      confirms: tool.confirmation !== undefined,
      targeted: tool.target !== undefined,
      inputSchema: jsonSchemaOf(tool.input as z.ZodType, 'input'),
      outputSchema: jsonSchemaOf(tool.output as z.ZodType, 'output'),
    }));
    expect(surface).toMatchSnapshot();
  });

  it('offers exactly the tools of the issue, each once', () => {
    expect(allTools.map((t) => t.name)).toEqual(EXPECTED_TOOLS);
  });

  it.each(allTools.map((t) => [t.name, t] as const))('%s follows the naming and annotation rules', (_name, tool) => {
    expect(tool.name).toMatch(/^[a-z]+(_[a-z]+)+$/);
    // Operations map one to one: the first underscore becomes the dot.
    expect(tool.operation).toBe(tool.name.replace('_', '.'));
    expect(TOOLSETS).toContain(tool.toolset);
    expect(tool.name.startsWith(`${tool.toolset}_`)).toBe(true);
    // All four hints explicit, as booleans.
    expect(Object.keys(tool.annotations).sort()).toEqual([
      'destructiveHint',
      'idempotentHint',
      'openWorldHint',
      'readOnlyHint',
    ]);
    for (const value of Object.values(tool.annotations)) expect(typeof value).toBe('boolean');
    if (tool.annotations.readOnlyHint) expect(tool.annotations.destructiveHint).toBe(false);
    expect(tool.description.length).toBeGreaterThan(80);
    expect(tool.description.length).toBeLessThan(800);
    expect(tool.title.length).toBeLessThan(40);
  });

  it('gives every destructive tool a confirmation question, and only those', () => {
    const destructive = allTools.filter((t) => t.annotations.destructiveHint).map((t) => t.name);
    expect(destructive.sort()).toEqual(['domain_destroy', 'domain_reset', 'domain_undefine']);
    for (const tool of allTools) {
      expect(tool.confirmation !== undefined).toBe(tool.annotations.destructiveHint);
    }
    const destroy = allTools.find((t) => t.name === 'domain_destroy')!;
    expect(destroy.confirmation?.({ name: 'web-1', graceful: false }, 'lab1')).toContain(
      "domain 'web-1' on host 'lab1'",
    );
  });

  it('declares a target for every tool that takes a domain name', () => {
    for (const tool of allTools) {
      const shape = (tool.input as z.ZodObject).shape;
      if (!('name' in shape) || tool.name === 'domain_list') continue;
      expect(tool.target !== undefined, tool.name).toBe(true);
      expect(tool.target?.({ name: 'web-1' })).toEqual({ kind: 'domain', name: 'web-1' });
    }
    const define = allTools.find((t) => t.name === 'domain_define_xml')!;
    expect(define.target?.({ xml: "<domain type='test'><name>from-xml</name></domain>" })).toEqual({
      kind: 'domain',
      name: 'from-xml',
    });
  });

  it('keeps input schemas strict (no unknown argument, such as a model-made confirm, gets through)', () => {
    for (const tool of allTools) {
      const schema = jsonSchemaOf(tool.input as z.ZodType, 'input') as { additionalProperties?: unknown };
      expect(schema.additionalProperties, tool.name).toBe(false);
      expect('host' in (tool.input as z.ZodObject).shape, tool.name).toBe(false);
    }
    const start = allTools.find((t) => t.name === 'domain_start')!;
    expect((start.input as z.ZodObject).safeParse({ name: 'x', confirm: true }).success).toBe(false);
  });

  it('has an object output schema with properties for every tool', () => {
    for (const tool of allTools) {
      const schema = jsonSchemaOf(tool.output as z.ZodType, 'output') as { type?: string; properties?: object };
      expect(schema.type, tool.name).toBe('object');
      expect(Object.keys(schema.properties ?? {}).length, tool.name).toBeGreaterThan(0);
    }
  });
});
