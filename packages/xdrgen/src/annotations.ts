import type { AnnotationTag, Annotations } from './ast.js';
import type { Comment } from './lexer.js';

export const noAnnotations: Annotations = { tags: [], insertAt: undefined, text: '' };

/** The text of a comment without `/*`, `*\/`, `//` and the ` * ` that starts each line of a block comment. */
export function commentBody(raw: string): string {
  const inner = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2).replace(/^\*/, '');
  return inner
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trimEnd())
    .join('\n')
    .trim();
}

const TAG_LINE = /^@([A-Za-z_][A-Za-z0-9_-]*)\s*:\s*(.*)$/;
const INSERT_MARKER = /\binsert@(\d+)\b/;

/** Reads `@key: value` lines and an `insert@N` marker out of the given comments. */
export function parseAnnotations(comments: readonly Comment[]): Annotations {
  if (comments.length === 0) return noAnnotations;
  const tags: AnnotationTag[] = [];
  let insertAt: number | undefined;
  const bodies: string[] = [];
  for (const comment of comments) {
    const body = commentBody(comment.raw);
    bodies.push(body);
    for (const line of body.split('\n')) {
      const tag = TAG_LINE.exec(line.trim());
      if (tag?.[1] !== undefined && tag[2] !== undefined) tags.push({ key: tag[1], value: tag[2].trim() });
    }
    const insert = INSERT_MARKER.exec(body);
    if (insert?.[1] !== undefined && insertAt === undefined) insertAt = Number(insert[1]);
  }
  return { tags, insertAt, text: bodies.join('\n') };
}
