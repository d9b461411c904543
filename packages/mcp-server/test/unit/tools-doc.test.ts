import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGENERATE_COMMAND, renderToolsDoc, TOOLS_DOC_PATH } from '../../scripts/gen-tools-doc.js';
import { allTools } from '../../src/tools/index.js';

describe('docs/tools.md', () => {
  it('is what the tool definitions generate', async () => {
    const rendered = await renderToolsDoc();
    const committed = readFileSync(TOOLS_DOC_PATH, 'utf8');
    expect(
      committed === rendered,
      `docs/tools.md is stale: regenerate it from the repository root with \`${REGENERATE_COMMAND}\``,
    ).toBe(true);
  });

  it('documents every tool with its arguments and result', async () => {
    const rendered = await renderToolsDoc();
    for (const tool of allTools) {
      expect(rendered).toContain(`### ${tool.name}\n`);
      expect(rendered).toContain(`Operation \`${tool.operation}\``);
    }
    expect(rendered).toContain('| `limit`');
    expect(rendered).toContain('| `domains[].name`');
  });
});
