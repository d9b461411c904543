/**
 * Renders the libvirt-specific part of each program module: the procedure table (one
 * `ProcedureInfo` per procedure) and the typed call layer (`RemoteMethods`, `bindRemoteMethods`).
 */
import { codecName, typeName } from '@libvirt-ts/xdrgen';
import type { ProcedureModel, ProgramSpec } from './protocol-programs.js';

/** `remote` → `Remote`. */
function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The exported constant holding one procedure's `ProcedureInfo`: `remoteProcConnectOpen`. */
export function procedureConstant(spec: ProgramSpec, model: ProcedureModel): string {
  return `${spec.module}Proc${pascal(model.method)}`;
}

export const procedureImports = ["import type { CallOptions, Invoke, ProcedureInfo } from './procedure.js';"];

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function payloadType(xdrName: string | undefined): string {
  return xdrName === undefined ? 'undefined' : typeName(xdrName);
}

function payloadCodec(xdrName: string | undefined): string {
  return xdrName === undefined ? 'null' : codecName(xdrName);
}

export function renderProcedures(spec: ProgramSpec, models: readonly ProcedureModel[]): string {
  const out: string[] = [];
  const Program = pascal(spec.module);
  for (const model of models) {
    out.push(
      `export const ${procedureConstant(spec, model)}: ProcedureInfo<${payloadType(model.args)}, ${payloadType(model.ret)}> = {`,
      `  program: ${spec.programConstant},`,
      `  version: ${spec.versionConstant},`,
      `  number: ${model.number},`,
      `  name: ${quote(model.name)},`,
      `  method: ${quote(model.method)},`,
      `  args: ${payloadCodec(model.args)},`,
      `  ret: ${payloadCodec(model.ret)},`,
      `  kind: ${quote(model.kind)},`,
      `  stream: ${model.stream === null ? 'null' : quote(model.stream)},`,
      `  sparseFlag: ${model.sparseFlag === null ? 'null' : quote(model.sparseFlag)},`,
      `  priority: ${quote(model.priority)},`,
      `  acl: [${model.acl.map(quote).join(', ')}],`,
      '};',
      '',
    );
  }
  out.push(`/** Every procedure of ${spec.programConstant}, in procedure-number order as the .x file lists them. */`);
  out.push(`export const ${spec.module}Procedures: readonly ProcedureInfo[] = [`);
  for (const model of models) out.push(`  ${procedureConstant(spec, model)},`);
  out.push('];', '');
  out.push(`export const ${spec.module}ProcedureByNumber: ReadonlyMap<number, ProcedureInfo> = new Map(`);
  out.push(`  ${spec.module}Procedures.map((procedure) => [procedure.number, procedure]),`);
  out.push(');', '');

  const calls = models.filter((model) => model.kind === 'call');
  out.push(`/** One method per callable procedure of ${spec.programConstant}; events are not callable. */`);
  out.push(`export interface ${Program}Methods {`);
  for (const model of calls) {
    const args = model.args === undefined ? '' : `args: ${typeName(model.args)}, `;
    out.push(`  ${model.method}(${args}options?: CallOptions): Promise<${payloadType(model.ret)}>;`);
  }
  out.push('}', '');
  out.push(`/** The methods of ${Program}Methods, each performing its call through \`invoke\`. */`);
  out.push(`export function bind${Program}Methods(invoke: Invoke): ${Program}Methods {`);
  out.push('  return {');
  for (const model of calls) {
    const constant = procedureConstant(spec, model);
    out.push(
      model.args === undefined
        ? `    ${model.method}: (options) => invoke(${constant}, undefined, options),`
        : `    ${model.method}: (args, options) => invoke(${constant}, args, options),`,
    );
  }
  out.push('  };', '}');
  return `${out.join('\n')}\n`;
}
