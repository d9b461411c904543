export type {
  AnnotationTag,
  Annotations,
  XdrConstDefinition,
  XdrDeclaration,
  XdrDefinition,
  XdrEnumDefinition,
  XdrEnumMember,
  XdrFile,
  XdrNamedDeclaration,
  XdrPassthrough,
  XdrPrimitiveName,
  XdrStructDefinition,
  XdrTypeDefinition,
  XdrTypedefDefinition,
  XdrTypeSpecifier,
  XdrUnionArm,
  XdrUnionDefinition,
  XdrValue,
} from './ast.js';
export { annotationValue, annotationValues } from './ast.js';
export { XdrParseError, XdrSchemaError, formatLocation, type SourceLocation } from './errors.js';
export { parseXdr } from './parser.js';
export { evaluate as evaluateCExpression, readCConstants } from './c-constants.js';
export { resolveSchema, type ResolveOptions } from './resolve.js';
export type {
  ResolvedConst,
  ResolvedDefinition,
  ResolvedEnum,
  ResolvedEnumMember,
  ResolvedField,
  ResolvedFile,
  ResolvedStruct,
  ResolvedType,
  ResolvedTypedef,
  ResolvedUnion,
  ResolvedUnionArm,
  Shape,
  XdrSchema,
} from './schema.js';
export { minWireSize } from './wire-size.js';
export {
  camelFromUpperSnake,
  codecName,
  decoderName,
  encoderName,
  enumMemberNames,
  enumNamesName,
  enumPredicateName,
  fieldName,
  pascalFromUpperSnake,
  typeName,
} from './naming.js';
export { generateTypeScript, type GenerateOptions, type GeneratedModule, type ModuleSpec } from './codegen/generate.js';
export { generateDescriptions, type DescriptionModuleSpec } from './codegen/descriptions.js';
export type { XdrArmDescription, XdrFieldDescription, XdrTypeDescription } from './testing/description.js';
