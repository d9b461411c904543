import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const scripts = fileURLToPath(new URL('../../scripts/libvirtd/', import.meta.url));

export interface Daemon {
  readonly socket: string;
  /** Its pid, for its CPU time: from start.sh, or LIBVIRT_TS_PID alongside LIBVIRT_TS_SOCK. */
  readonly pid: number | undefined;
  /** Where start.sh put it, when this run started it; undefined for a daemon given in the environment. */
  readonly stateDir: string | undefined;
}

/**
 * The daemon to measure against: the one `LIBVIRT_TS_SOCK` names, else a private libvirtd from
 * scripts/libvirtd/start.sh (root only; it stops any other libvirtd on the machine).
 */
export async function startDaemon(env: NodeJS.ProcessEnv = process.env): Promise<Daemon> {
  const given = env.LIBVIRT_TS_SOCK;
  if (given !== undefined && given !== '') {
    const pid = Number(env.LIBVIRT_TS_PID);
    return { socket: given, pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, stateDir: undefined };
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      'bench:rpc starts libvirtd with scripts/libvirtd/start.sh, which needs root; or set LIBVIRT_TS_SOCK',
    );
  }
  process.stderr.write('bench:rpc: starting a private libvirtd (scripts/libvirtd/start.sh)\n');
  const { stdout } = await run(`${scripts}start.sh`, [], { encoding: 'utf8' });
  const vars = new Map(
    stdout
      .split('\n')
      .map((line) => /^(\w+)=(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!] as const),
  );
  const socket = vars.get('LIBVIRT_TS_SOCK');
  const stateDir = vars.get('LIBVIRT_TS_STATE_DIR');
  if (socket === undefined || stateDir === undefined) throw new Error(`start.sh printed no socket:\n${stdout}`);
  const pid = Number(vars.get('LIBVIRT_TS_PID'));
  return { socket, pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, stateDir };
}

/**
 * Stops the daemon if this run started it. Its state directory (config, logs) goes too, unless
 * `keepState`: after a failure its logs are worth reading.
 */
export async function stopDaemon(daemon: Daemon, keepState = false): Promise<void> {
  if (daemon.stateDir === undefined) return;
  await run(`${scripts}stop.sh`, [daemon.stateDir]);
  if (keepState) process.stderr.write(`bench:rpc: libvirtd's state and logs are in ${daemon.stateDir}\n`);
  else await rm(daemon.stateDir, { recursive: true, force: true });
}
