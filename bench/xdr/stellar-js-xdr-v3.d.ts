// The slice of @stellar/js-xdr 3.x (installed as `stellar-js-xdr-v3`, which ships no types) that the bench uses.
declare module 'stellar-js-xdr-v3' {
  /** A type reference inside `config()`; resolved when the callback returns. */
  export interface TypeRef {
    readonly __typeRef: never;
  }

  export interface TypeBuilder {
    struct(name: string, fields: [string, TypeRef][]): void;
    union(
      name: string,
      config: { switchOn: TypeRef; switches: [number, string][]; arms: Record<string, TypeRef> },
    ): void;
    typedef(name: string, type: TypeRef): void;
    lookup(name: string): TypeRef;
    int(): TypeRef;
    uint(): TypeRef;
    hyper(): TypeRef;
    uhyper(): TypeRef;
    double(): TypeRef;
    string(maxLength: number): TypeRef;
    opaque(length: number): TypeRef;
    varArray(element: TypeRef, maxLength: number): TypeRef;
  }

  /** An instance of a generated struct or union class. */
  export interface XdrValue {
    toXDR(): Buffer;
  }

  /** A class `config()` generated for a struct or union. */
  export interface XdrClass {
    new (...args: unknown[]): XdrValue;
    fromXDR(input: Buffer): XdrValue;
  }

  const xdr: {
    config(build: (builder: TypeBuilder) => void): Record<string, XdrClass | undefined>;
  };
  export default xdr;
}
