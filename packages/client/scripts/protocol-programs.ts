/**
 * The libvirt RPC programs and how their procedures map to XDR types. libvirt has no table of
 * procedures: its own generator (gendispatch.pl) derives each procedure's argument, reply and
 * event types from the procedure's name, so this module does the same and checks every
 * procedure and every `_args`/`_ret`/`_msg` type is accounted for.
 */
import { annotationValue, annotationValues, camelFromUpperSnake, type XdrSchema } from '@libvirt-ts/xdrgen';
import { GeneratorInputError, type XFileName } from './gen-common.js';

export interface ProgramSpec {
  /** The generated module's base name: `remote` → src/protocol/remote.gen.ts. */
  readonly module: string;
  readonly xFile: XFileName;
  /** Prefix of the program's type names, `remote` in `remote_domain_get_info_args`. */
  readonly typePrefix: string;
  /** Prefix of the procedure enum members, `REMOTE_PROC_`. */
  readonly procedurePrefix: string;
  readonly procedureEnum: string;
  readonly programConstant: string;
  readonly versionConstant: string;
}

/** virnetprotocol.x defines only the message header and error types: no program, no procedures. */
export const virnetModule = { module: 'virnet', xFile: 'virnetprotocol' } as const;

export const programs: readonly ProgramSpec[] = [
  program('keepalive', 'virkeepaliveprotocol', 'keepalive'),
  program('remote', 'remote_protocol', 'remote'),
  program('qemu', 'qemu_protocol', 'qemu'),
  program('lxc', 'lxc_protocol', 'lxc'),
  program('admin', 'admin_protocol', 'admin'),
];

function program(module: string, xFile: XFileName, typePrefix: string): ProgramSpec {
  const upper = typePrefix.toUpperCase();
  return {
    module,
    xFile,
    typePrefix,
    procedurePrefix: `${upper}_PROC_`,
    procedureEnum: `${typePrefix}_procedure`,
    programConstant: `${upper}_PROGRAM`,
    versionConstant: `${upper}_PROTOCOL_VERSION`,
  };
}

/**
 * Procedures that carry no data in either direction, so the naming convention finds no type for
 * them. Listed so that a new procedure whose types are merely misnamed fails generation instead.
 */
export const PROCEDURES_WITHOUT_PAYLOAD: ReadonlySet<string> = new Set([
  'REMOTE_PROC_CONNECT_CLOSE',
  'REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK',
  'REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK',
  'ADMIN_PROC_CONNECT_CLOSE',
  // Keepalive messages are the bare header.
  'KEEPALIVE_PROC_PING',
  'KEEPALIVE_PROC_PONG',
]);

export interface ProcedureModel {
  /** e.g. `REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS`. */
  readonly name: string;
  readonly number: number;
  /** e.g. `connectListAllDomains`. */
  readonly method: string;
  readonly kind: 'call' | 'event';
  /** XDR type of the call arguments, or of the event message; undefined when void. */
  readonly args: string | undefined;
  /** XDR type of the reply; undefined when void. */
  readonly ret: string | undefined;
  readonly stream: 'read' | 'write' | null;
  readonly sparseFlag: string | null;
  readonly priority: 'high' | 'low';
  readonly acl: readonly string[];
}

/** Each procedure of a program, in enum (source) order, with its types found by name. */
export function procedureModels(schema: XdrSchema, spec: ProgramSpec): ProcedureModel[] {
  const procedureEnum = schema.types.get(spec.procedureEnum);
  if (procedureEnum?.kind !== 'enum') {
    throw new GeneratorInputError(`${spec.xFile}.x has no enum ${spec.procedureEnum}`);
  }
  const claimed = new Set<string>();
  const models = procedureEnum.members.map((member): ProcedureModel => {
    if (!member.name.startsWith(spec.procedurePrefix)) {
      throw new GeneratorInputError(`${member.name} in ${spec.procedureEnum} lacks the prefix ${spec.procedurePrefix}`);
    }
    const short = member.name.slice(spec.procedurePrefix.length);
    const typeOf = (suffix: string): string | undefined => {
      const name = `${spec.typePrefix}_${short.toLowerCase()}_${suffix}`;
      const type = schema.types.get(name);
      if (type === undefined) return undefined;
      claimed.add(name);
      return name;
    };
    const args = typeOf('args');
    const ret = typeOf('ret');
    const msg = typeOf('msg');
    if (msg !== undefined && (args !== undefined || ret !== undefined)) {
      throw new GeneratorInputError(`${member.name} has both an event message (${msg}) and call types`);
    }
    const hasPayload = args !== undefined || ret !== undefined || msg !== undefined;
    if (hasPayload === PROCEDURES_WITHOUT_PAYLOAD.has(member.name)) {
      throw new GeneratorInputError(
        hasPayload
          ? `${member.name} is listed as having no payload but has types; update PROCEDURES_WITHOUT_PAYLOAD`
          : `${member.name} has no ${spec.typePrefix}_${short.toLowerCase()}_{args,ret,msg} type; ` +
              'if it really carries no data, add it to PROCEDURES_WITHOUT_PAYLOAD',
      );
    }
    const annotations = member.annotations;
    const readStream = annotationValue(annotations, 'readstream');
    const writeStream = annotationValue(annotations, 'writestream');
    if (readStream !== undefined && writeStream !== undefined) {
      throw new GeneratorInputError(`${member.name} is annotated both @readstream and @writestream`);
    }
    const priority = annotationValue(annotations, 'priority') ?? 'low';
    if (priority !== 'high' && priority !== 'low') {
      throw new GeneratorInputError(`${member.name} has an unknown @priority '${priority}'`);
    }
    return {
      name: member.name,
      number: member.value,
      method: camelFromUpperSnake(short),
      kind: msg === undefined ? 'call' : 'event',
      args: msg ?? args,
      ret,
      stream: readStream !== undefined ? 'read' : writeStream !== undefined ? 'write' : null,
      sparseFlag: annotationValue(annotations, 'sparseflag') ?? null,
      priority,
      acl: annotationValues(annotations, 'acl'),
    };
  });
  // A type that follows the convention but belongs to no procedure means a procedure was misnamed.
  const file = schema.files.find((each) => each.file.file === `${spec.xFile}.x`);
  for (const definition of file?.definitions ?? []) {
    if (/_(args|ret|msg)$/.test(definition.name) && definition.name.startsWith(`${spec.typePrefix}_`)) {
      if (!claimed.has(definition.name)) {
        throw new GeneratorInputError(
          `${definition.name} in ${spec.xFile}.x matches no procedure of ${spec.procedureEnum}`,
        );
      }
    }
  }
  const methods = new Set<string>();
  const numbers = new Set<number>();
  for (const model of models) {
    if (methods.has(model.method)) throw new GeneratorInputError(`two procedures map to the method ${model.method}`);
    if (numbers.has(model.number)) throw new GeneratorInputError(`two procedures have the number ${model.number}`);
    methods.add(model.method);
    numbers.add(model.number);
  }
  return models;
}
