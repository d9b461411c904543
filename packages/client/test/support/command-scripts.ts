/**
 * Stand-ins for the commands the command transports spawn (ssh, an `+ext` proxy): small shell
 * scripts in a scratch directory, and a unix-socket bridge written in Node (always there, unlike
 * `nc -U`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes an executable shell script `name` into `dir` and returns its path. */
export function writeScript(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return path;
}

/**
 * A shell command line that connects its stdin/stdout to the unix socket `socket`, as `nc -U`
 * would; a connection error exits 3 with `bridge: <message>` on stderr.
 */
export function unixBridgeCommand(socket: string): string {
  const code =
    "const s=require('net').connect(process.argv[1]);process.stdin.pipe(s);s.pipe(process.stdout);" +
    "s.on('error',(e)=>{process.stderr.write('bridge: '+e.message+'\\n');process.exit(3)})";
  return `exec '${process.execPath}' -e "${code}" '${socket}'`;
}
