import { describe, expect, it } from 'vitest';
import { evaluate, readCConstants } from '../../src/c-constants.js';

describe('readCConstants', () => {
  it('reads object-like #defines with integer values, skipping everything else', () => {
    const header = `
#ifndef LIBVIRT_HOST_H
# define LIBVIRT_HOST_H
# define VIR_UUID_BUFLEN (16)
#define VIR_SECURITY_LABEL_BUFLEN (4096 + 1) /* with the NUL */
#define VIR_HEX 0x1F
#define VIR_OCTAL 010
#define VIR_SUFFIXED 7UL
#define VIR_STRING "cpu_shares"
#define VIR_USE_CPU(cpumap, cpu) ((cpumap)[(cpu) / 8] |= (1 << ((cpu) % 8)))
#define VIR_CONTINUED \\
    (2 * 3)
// #define VIR_COMMENTED_OUT 5
#endif
`;
    expect(Object.fromEntries(readCConstants(header))).toEqual({
      VIR_UUID_BUFLEN: 16,
      VIR_SECURITY_LABEL_BUFLEN: 4097,
      VIR_HEX: 31,
      VIR_OCTAL: 8,
      VIR_SUFFIXED: 7,
      VIR_CONTINUED: 6,
    });
  });

  it('reads enum members: literals, shifts, references and implicit increments', () => {
    const header = `
typedef enum {
    VIR_TYPED_PARAM_INT     = 1, /* integer case (Since: 0.9.2) */
    VIR_TYPED_PARAM_UINT    = 2,
    VIR_TYPED_PARAM_LLONG,
    VIR_TYPED_PARAM_ULLONG,

# ifdef VIR_ENUM_SENTINELS
    VIR_TYPED_PARAM_LAST
# endif
} virTypedParameterType;

enum virStreamFlags {
    VIR_STREAM_NONBLOCK = (1 << 0),
    VIR_STREAM_HIGH = 1U << 31,
    VIR_STREAM_ALIAS = VIR_STREAM_NONBLOCK | VIR_TYPED_PARAM_UINT,
    VIR_STREAM_NEGATIVE = -2,
    VIR_STREAM_NEXT,
};
`;
    expect(Object.fromEntries(readCConstants(header))).toEqual({
      VIR_TYPED_PARAM_INT: 1,
      VIR_TYPED_PARAM_UINT: 2,
      VIR_TYPED_PARAM_LLONG: 3,
      VIR_TYPED_PARAM_ULLONG: 4,
      VIR_TYPED_PARAM_LAST: 5,
      VIR_STREAM_NONBLOCK: 1,
      VIR_STREAM_HIGH: 2 ** 31,
      VIR_STREAM_ALIAS: 3,
      VIR_STREAM_NEGATIVE: -2,
      VIR_STREAM_NEXT: -1,
    });
  });

  it('resolves names from other headers without copying them, and skips members it cannot evaluate', () => {
    const known = new Map([['VIR_TYPED_PARAM_INT', 1]]);
    const constants = readCConstants(
      'enum { VIR_DOMAIN_SCHED_FIELD_INT = VIR_TYPED_PARAM_INT, X = UNKNOWN, Y, Z = 9 };',
      known,
    );
    expect(Object.fromEntries(constants)).toEqual({ VIR_DOMAIN_SCHED_FIELD_INT: 1, Z: 9 });
  });
});

describe('evaluate', () => {
  const none = (): undefined => undefined;
  it.each([
    ['1 + 2 * 3', 7n],
    ['(1 + 2) * 3', 9n],
    ['1 << 4 | 1', 17n],
    ['~0 & 0xff', 255n],
    ['-(3)', -3n],
    ['!0 + !5', 1n],
    ['17 % 5 - 10 / 3', -1n],
    ['0x10 >> 2 ^ 1', 5n],
  ])('%s = %s', (expression, value) => {
    expect(evaluate(expression, none)).toBe(value);
  });

  it.each(['', '1 +', '(1', '1 / 0', 'sizeof(int)', '"text"', '1 2'])('rejects %j', (expression) => {
    expect(evaluate(expression, none)).toBeUndefined();
  });
});
