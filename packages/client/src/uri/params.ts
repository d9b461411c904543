import { escapeParamValue, percentDecode } from './percent.js';

/** One `name=value` pair of a URI query, both percent-decoded. */
export interface LibvirtUriParam {
  readonly name: string;
  readonly value: string;
}

/**
 * Splits a raw query the way libvirt's `virURIParseParams` does, quirks included, so that the
 * parameters we consume and forward are the ones libvirt would:
 * - a section ends at the next `&`; only when no `&` is left does `;` separate sections;
 * - `name` alone and `name=` both give an empty value; `=value` is dropped;
 * - a lone `=` section makes libvirt decode the whole rest of the query as one name (it passes
 *   a zero length to `xmlURIUnescapeString`, which then reads to the end of the string).
 *
 * Throws a TypeError when an escape decodes to bytes that are not UTF-8.
 */
export function parseQueryParams(query: string | undefined): LibvirtUriParam[] {
  const params: LibvirtUriParam[] = [];
  if (query === undefined || query === '') return params;

  let position = 0;
  while (position < query.length) {
    let end = query.indexOf('&', position);
    if (end < 0) end = query.indexOf(';', position);
    if (end < 0) end = query.length;
    let equals = query.indexOf('=', position);
    if (equals >= end) equals = -1;

    if (end === position) {
      // An empty section, as in "a=1&&b=2".
    } else if (equals < 0) {
      params.push({ name: percentDecode(query.slice(position, end)), value: '' });
    } else if (equals + 1 === end) {
      const name = equals === position ? query.slice(position) : query.slice(position, equals);
      params.push({ name: percentDecode(name), value: '' });
    } else if (equals > position) {
      params.push({
        name: percentDecode(query.slice(position, equals)),
        value: percentDecode(query.slice(equals + 1, end)),
      });
    }

    position = end < query.length ? end + 1 : end;
  }
  return params;
}

/**
 * libvirt's `virURIFormatParams`: `name=value` joined by `&`, the value escaped and the name
 * written as decoded (libvirt does not re-escape names). `undefined` when there is nothing,
 * so no `?` is written.
 */
export function formatQueryParams(params: readonly LibvirtUriParam[]): string | undefined {
  if (params.length === 0) return undefined;
  return params.map((param) => `${param.name}=${escapeParamValue(param.value)}`).join('&');
}
