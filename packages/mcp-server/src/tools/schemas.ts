/**
 * Input schemas shared by the tools. Every string is bounded, names refuse control characters,
 * and each field carries a description written for the model choosing the arguments.
 */
import { z } from 'zod';
import { MAX_CURSOR_LENGTH } from './pagination.js';

/** Longest object name a tool accepts; libvirt has no limit of its own, but no real name comes near. */
export const MAX_NAME_LENGTH = 255;
/** Largest XML document a tool accepts (domain definitions are a few KiB). */
export const MAX_XML_LENGTH = 256 * 1024;

// C0 and C1 control characters and DEL: libvirt refuses newlines in names, and none of these
// belongs in a name a model should be able to send.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f-\u009f]*$/;

/** A libvirt domain name: 1 to 255 characters, no control characters. */
export const domainNameSchema = z
  .string()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters')
  .describe('Domain (virtual machine) name, exactly as domain_list shows it');

/** A UUID as libvirt prints it (8-4-4-4-12 hex digits), either case. */
export const uuidSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID')
  .describe('UUID in the form 6695eb01-f6a4-8304-79aa-97f2502e193f');

/** A name filter with `*` and `?` wildcards. */
export const nameGlobSchema = z
  .string()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters')
  .describe("Name pattern: '*' matches any characters, '?' one character, e.g. 'web-*'; case-sensitive");

export const cursorSchema = z
  .string()
  .min(1)
  .max(MAX_CURSOR_LENGTH)
  .describe('nextCursor from the previous page, to continue the list; omit for the first page');

/** Page size: `limit` bounds what the tool fetches from libvirt, not only what it prints. */
export function pageLimitSchema(defaultSize: number, maxSize: number) {
  return z
    .number()
    .int()
    .min(1)
    .max(maxSize)
    .default(defaultSize)
    .describe(`Objects per page, at most ${maxSize} (default ${defaultSize}); details are fetched only for these`);
}

/** libvirt XML submitted by the caller, bounded in size (the server's XML policy checks its content). */
export function xmlSchema(description: string) {
  return z.string().min(1).max(MAX_XML_LENGTH).describe(description);
}

/** `live` / `config` as virsh takes them: where a change applies. */
export const liveFlagSchema = z
  .boolean()
  .optional()
  .describe('Apply to the running domain. With neither live nor config: the current state (live if running)');
export const configFlagSchema = z
  .boolean()
  .optional()
  .describe('Apply to the persistent definition, used from the next start');
