import { NodeGetCPUStatsAllCPUs, NodeGetMemoryStatsAllCells } from '../constants/index.js';
import { type CallOptions, type ObjectContext } from './context.js';

/** The host's CPUs and memory, from `virNodeGetInfo`. */
export interface NodeInfo {
  /** CPU model, e.g. `x86_64`. */
  readonly model: string;
  /** Memory in KiB. */
  readonly memory: bigint;
  /** Active CPUs. */
  readonly cpus: number;
  /** Expected CPU frequency in MHz; 0 when unknown. */
  readonly mhz: number;
  /** NUMA nodes; 1 for uniform memory access. */
  readonly nodes: number;
  /** CPU sockets per node. */
  readonly sockets: number;
  /** Cores per socket. */
  readonly cores: number;
  /** Threads per core. */
  readonly threads: number;
}

/** A libvirt version number (`major * 1_000_000 + minor * 1000 + micro`) taken apart. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly micro: number;
  readonly number: number;
}

export function decodeVersion(value: bigint | number): Version {
  const number = Number(value);
  return {
    major: Math.floor(number / 1_000_000),
    minor: Math.floor(number / 1000) % 1000,
    micro: number % 1000,
    number,
  };
}

/** The host side of a connection: `conn.host`. */
export class Host {
  readonly #ctx: ObjectContext;

  /** @internal Use `conn.host`. */
  constructor(ctx: ObjectContext) {
    this.#ctx = ctx;
  }

  async info(options?: CallOptions): Promise<NodeInfo> {
    const info = await this.#ctx.remote.nodeGetInfo(options);
    return {
      model: decodeCString(info.model),
      memory: info.memory,
      cpus: info.cpus,
      mhz: info.mhz,
      nodes: info.nodes,
      sockets: info.sockets,
      cores: info.cores,
      threads: info.threads,
    };
  }

  /** The capabilities XML (`virsh capabilities`). */
  async capabilities(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.connectGetCapabilities(options)).capabilities;
  }

  /** The driver's name: `QEMU`, `TEST`, …. */
  async type(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.connectGetType(options)).type;
  }

  /** The hypervisor's version (for QEMU, QEMU's own). */
  async version(options?: CallOptions): Promise<Version> {
    return decodeVersion((await this.#ctx.remote.connectGetVersion(options)).hvVer);
  }

  /** The daemon's libvirt version. */
  async libVersion(options?: CallOptions): Promise<Version> {
    return decodeVersion((await this.#ctx.remote.connectGetLibVersion(options)).libVer);
  }

  async hostname(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.connectGetHostname(options)).hostname;
  }

  /** The SMBIOS sysinfo XML (`virsh sysinfo`). */
  async sysinfo(options?: CallOptions): Promise<string> {
    return (await this.#ctx.remote.connectGetSysinfo({ flags: 0 }, options)).sysinfo;
  }

  /** The most virtual CPUs one guest may have, for a domain type (`kvm`, …) or the driver's default. */
  async maxVcpus(type: string | null = null, options?: CallOptions): Promise<number> {
    return (await this.#ctx.remote.connectGetMaxVcpus({ type }, options)).maxVcpus;
  }

  /** Free memory in bytes (not KiB: libvirt's `virNodeGetFreeMemory` counts bytes). */
  async freeMemory(options?: CallOptions): Promise<bigint> {
    return (await this.#ctx.remote.nodeGetFreeMemory(options)).freeMem;
  }

  /** Free memory in bytes of each NUMA cell from `startCell`, at most `maxCells` of them. */
  async cellsFreeMemory(startCell = 0, maxCells = 1024, options?: CallOptions): Promise<bigint[]> {
    return (await this.#ctx.remote.nodeGetCellsFreeMemory({ startCell, maxcells: maxCells }, options)).cells;
  }

  /**
   * CPU time counters in nanoseconds (`user`, `kernel`, `idle`, `iowait`, …) of one CPU, or of
   * all together (the default). Some drivers report `utilization` (a percentage) instead.
   */
  async cpuStats(
    cpu: number = NodeGetCPUStatsAllCPUs.CpuStatsAllCpus,
    options?: CallOptions,
  ): Promise<Record<string, bigint>> {
    const remote = this.#ctx.remote;
    // libvirt's two-step protocol: ask how many fields there are, then fetch that many.
    const { nparams } = await remote.nodeGetCpuStats({ cpuNum: cpu, nparams: 0, flags: 0 }, options);
    if (nparams === 0) return {};
    const { params } = await remote.nodeGetCpuStats({ cpuNum: cpu, nparams, flags: 0 }, options);
    return Object.fromEntries(params.map((p) => [p.field, p.value]));
  }

  /** Memory counters in KiB (`total`, `free`, `buffers`, `cached`) of one NUMA cell, or of all (the default). */
  async memoryStats(
    cell: number = NodeGetMemoryStatsAllCells.MemoryStatsAllCells,
    options?: CallOptions,
  ): Promise<Record<string, bigint>> {
    const remote = this.#ctx.remote;
    const { nparams } = await remote.nodeGetMemoryStats({ cellNum: cell, nparams: 0, flags: 0 }, options);
    if (nparams === 0) return {};
    const { params } = await remote.nodeGetMemoryStats({ cellNum: cell, nparams, flags: 0 }, options);
    return Object.fromEntries(params.map((p) => [p.field, p.value]));
  }
}

// virNodeInfo.model is a fixed char[32], NUL-padded; rpcgen sends each char as a signed int.
function decodeCString(chars: readonly number[]): string {
  const end = chars.indexOf(0);
  const bytes = Uint8Array.from(end === -1 ? chars : chars.slice(0, end), (c) => c & 0xff);
  return new TextDecoder().decode(bytes);
}
