import { describe, expect, it } from 'vitest';
import { decodeXdr, encodeXdr, withXdrPath, XdrError, XdrReader, XdrWriter } from '../../src/index.js';
import {
  decodeInventory,
  encodeInventory,
  InventoryCodec,
  type Inventory,
  sampleInventory,
  ShapeKind,
} from '../support/example-codecs.js';

function thrown(run: () => unknown): XdrError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(XdrError);
    return error as XdrError;
  }
  throw new Error('expected an XdrError, nothing was thrown');
}

describe('XdrError', () => {
  it('carries reason, offset and a message with the location', () => {
    const error = new XdrError('bad boolean: 7', 12);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('XdrError');
    expect(error.reason).toBe('bad boolean: 7');
    expect(error.offset).toBe(12);
    expect(error.typeName).toBeUndefined();
    expect(error.segments).toEqual([]);
    expect(error.path).toBe('');
    expect(error.message).toBe('bad boolean: 7 (at byte 12)');
    expect(String(error)).toBe('XdrError: bad boolean: 7 (at byte 12)');
  });

  it('keeps a cause', () => {
    const cause = new TypeError('inner');
    expect(new XdrError('outer', 0, { cause }).cause).toBe(cause);
  });
});

describe('withXdrPath', () => {
  it('claims an error for a type and field and rebuilds the message', () => {
    const original = new XdrError('int out of range: 1.5', 8);
    const claimed = withXdrPath(original, 'remote_nonnull_domain', 'id', 99);
    expect(claimed).toBe(original);
    expect(claimed.typeName).toBe('remote_nonnull_domain');
    expect(claimed.segments).toEqual(['id']);
    expect(claimed.path).toBe('remote_nonnull_domain.id');
    expect(claimed.offset).toBe(8);
    expect(claimed.message).toBe('remote_nonnull_domain.id: int out of range: 1.5 (at byte 8)');
  });

  it('nests outwards: each enclosing struct prefixes its field and becomes the type', () => {
    const error = new XdrError('string is not valid UTF-8', 40);
    withXdrPath(error, 'remote_nonnull_domain', 'name', 44);
    withXdrPath(error, 'remote_connect_list_all_domains_ret', 'domains[3]', 44);
    expect(error.typeName).toBe('remote_connect_list_all_domains_ret');
    expect(error.segments).toEqual(['domains[3]', 'name']);
    expect(error.path).toBe('remote_connect_list_all_domains_ret.domains[3].name');
    expect(error.message).toBe(
      'remote_connect_list_all_domains_ret.domains[3].name: string is not valid UTF-8 (at byte 40)',
    );
  });

  it('joins index segments without a dot', () => {
    const error = new XdrError('bad', 0);
    withXdrPath(error, 'inner', 'name', 0);
    withXdrPath(error, 'middle', '[3]', 0);
    withXdrPath(error, 'outer', 'list', 0);
    expect(error.path).toBe('outer.list[3].name');
  });

  it('sets only the type when there is no field (a top-level union or typedef)', () => {
    const error = withXdrPath(new XdrError('bad', 4), 'remote_typed_param_value', undefined, 4);
    expect(error.path).toBe('remote_typed_param_value');
    expect(error.segments).toEqual([]);
    expect(error.message).toBe('remote_typed_param_value: bad (at byte 4)');
  });

  it('wraps anything else in an XdrError with the original as cause', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'name')");
    const wrapped = withXdrPath(bug, 'remote_nonnull_domain', 'name', 16);
    expect(wrapped).toBeInstanceOf(XdrError);
    expect(wrapped.cause).toBe(bug);
    expect(wrapped.reason).toBe(bug.message);
    expect(wrapped.offset).toBe(16);
    expect(wrapped.message).toBe(`remote_nonnull_domain.name: ${bug.message} (at byte 16)`);

    const nullPrototype: unknown = Object.create(null);
    const odd = withXdrPath(nullPrototype, 't', 'f', 0);
    expect(odd.reason).toBe('[object Object]');
    expect(odd.cause).toBe(nullPrototype);

    const thrownString = withXdrPath('boom', 't', 'f', 0);
    expect(thrownString.reason).toBe('boom');
    expect(thrownString.cause).toBe('boom');
  });
});

describe('paths from struct codecs written like generated code', () => {
  const encoded = (value: Inventory): Uint8Array => encodeXdr(InventoryCodec, value);

  it('names the field inside an array element inside a struct (decoding)', () => {
    const bytes = encoded(sampleInventory());
    const nameAt = Buffer.from(bytes).indexOf('second');
    expect(nameAt).toBeGreaterThan(0);
    const corrupted = bytes.slice();
    corrupted[nameAt] = 0xff;
    const error = thrown(() => decodeXdr(InventoryCodec, corrupted));
    expect(error.path).toBe('inventory.items[1].name');
    expect(error.reason).toBe('string is not valid UTF-8');
    expect(error.offset).toBe(nameAt);
    expect(error.message).toBe(`inventory.items[1].name: string is not valid UTF-8 (at byte ${nameAt})`);
  });

  it('names fields through an optional, an array of structs and a union arm (encoding)', () => {
    const bad = sampleInventory();
    const second = bad.items[1];
    if (second === undefined) throw new Error('sample has two items');

    second.origin = { x: 2 ** 31, y: 0n };
    expect(thrown(() => encoded(bad)).path).toBe('inventory.items[1].origin.x');

    second.origin = null;
    second.path = [
      { x: 1, y: 1n },
      { x: 1, y: -1n },
    ];
    expect(thrown(() => encoded(bad)).path).toBe('inventory.items[1].path[1].y');

    second.path = [];
    second.shape = { kind: ShapeKind.LABEL, label: 'x'.repeat(17) };
    const labelError = thrown(() => encoded(bad));
    expect(labelError.path).toBe('inventory.items[1].shape.label');
    expect(labelError.reason).toBe('string length 17 exceeds its maximum 16');

    second.shape = { kind: 5 } as unknown as Inventory['items'][number]['shape'];
    expect(thrown(() => encoded(bad)).path).toBe('inventory.items[1].shape.kind');
  });

  it('wraps a TypeError from a malformed value with the path and the cause', () => {
    const bad = { items: [undefined], revision: 1, blob: new Uint8Array() } as unknown as Inventory;
    const error = thrown(() => {
      const w = new XdrWriter();
      encodeInventory(w, bad);
    });
    expect(error.path).toBe('inventory.items[0].name');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('names the top-level field for a forged array count', () => {
    const error = thrown(() => decodeInventory(new XdrReader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]))));
    expect(error.path).toBe('inventory.items');
    expect(error.reason).toBe('array length 4294967295 exceeds its maximum 10');
  });
});
