/**
 * An error a tool raises about its own arguments or the state it found (a bad cursor, XML without
 * a name). Its message is written for the client: no paths, no stacks, safe to show as is.
 */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}

/**
 * A named object does not exist on the host. Worded exactly like the server's TargetNotFoundError
 * for objects a target filter hides (`domain 'x' not found on host 'lab1'`), so that a caller
 * cannot tell hidden from absent; `cause` keeps libvirt's own error for the logs.
 */
export class ObjectNotFoundError extends Error {
  override readonly name = 'ObjectNotFoundError';
  readonly kind: string;
  readonly key: string;
  readonly host: string;

  constructor(kind: string, key: string, host: string, options?: { cause?: unknown }) {
    super(`${kind} '${key}' not found on host '${host}'`, options);
    this.kind = kind;
    this.key = key;
    this.host = host;
  }
}
