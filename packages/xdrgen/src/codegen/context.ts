import { XdrSchemaError } from '../errors.js';
import type { ResolvedType, Shape, XdrSchema } from '../schema.js';

/** Range-checked readers and writers for the rpcgen types the runtime has no method for. */
export type HelperName = 'char' | 'unsigned char' | 'short' | 'unsigned short';

/** Symbols a module's code refers to, so its import list can be built when the code is done. */
export class ModuleContext {
  /** importPath → symbol → whether it is used as a value (else only as a type). */
  private readonly imports = new Map<string, Map<string, boolean>>();
  private readonly runtime = new Map<string, boolean>();
  readonly helpers = new Set<HelperName>();

  constructor(
    readonly schema: XdrSchema,
    /** The import path of the module being generated. */
    readonly importPath: string,
    /** XDR type name → import path of the module that defines it. */
    private readonly owners: ReadonlyMap<string, string>,
    private readonly runtimeModule: string,
  ) {}

  type(name: string): ResolvedType {
    const type = this.schema.types.get(name);
    if (type === undefined) throw new Error(`type ${name} missing from the schema`);
    return type;
  }

  /** Follows typedefs until the shape is not a reference to a typedef. */
  expand(shape: Shape): Shape {
    let current = shape;
    for (let depth = 0; current.kind === 'reference'; depth++) {
      const type = this.type(current.name);
      if (type.kind !== 'typedef') return current;
      if (depth > 100) {
        throw new XdrSchemaError(`typedef ${current.name} refers to itself`, type.definition.location);
      }
      current = type.shape;
    }
    return current;
  }

  /** Records that the code uses `symbol`, defined alongside XDR type `xdrName`; returns the symbol. */
  use(xdrName: string, symbol: string, asValue: boolean): string {
    const owner = this.owners.get(xdrName);
    if (owner === undefined) throw new Error(`no module generates type ${xdrName}`);
    if (owner !== this.importPath) {
      let symbols = this.imports.get(owner);
      if (symbols === undefined) {
        symbols = new Map();
        this.imports.set(owner, symbols);
      }
      symbols.set(symbol, (symbols.get(symbol) ?? false) || asValue);
    }
    return symbol;
  }

  /** Records use of an export of the XDR runtime; returns the symbol. */
  useRuntime(symbol: string, asValue: boolean): string {
    this.runtime.set(symbol, (this.runtime.get(symbol) ?? false) || asValue);
    return symbol;
  }

  /** The import declarations, runtime first, then other generated modules in `moduleOrder`. */
  importLines(moduleOrder: readonly string[]): string[] {
    const lines: string[] = [];
    const format = (symbols: ReadonlyMap<string, boolean>, from: string): string => {
      const names = [...symbols].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const allTypes = names.every(([, asValue]) => !asValue);
      const list = names.map(([name, asValue]) => (allTypes || asValue ? name : `type ${name}`)).join(', ');
      return `import ${allTypes ? 'type ' : ''}{ ${list} } from '${from}';`;
    };
    if (this.runtime.size > 0) lines.push(format(this.runtime, this.runtimeModule));
    for (const path of moduleOrder) {
      const symbols = this.imports.get(path);
      if (symbols !== undefined) lines.push(format(symbols, path));
    }
    return lines;
  }
}

/** Allocates local variable names within one generated function. */
export class LocalNames {
  private readonly taken: Set<string>;

  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }

  take(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}_${n}`;
    this.taken.add(name);
    return name;
  }
}
