"""Reads a libvirt daemon through libvirt's own Python binding and prints a JSON snapshot.

The differential test (test/integration/differential.test.ts) takes the same snapshot through
the TypeScript object layer and compares the two field by field.

Usage: /usr/bin/python3 python-peer.py URI

JSON has no 64-bit integers, so every number is written as {"num": "<decimal>"}; a value the
daemon refused is {"error": "<VIR_ERR_* code number>"}. Lists are sorted by name or key.
"""

import json
import sys

import libvirt


def num(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {"num": str(value)}
    if isinstance(value, float):
        return {"num": str(int(value)) if value.is_integer() else repr(value)}
    return value


def typed(params):
    return {key: num(value) for key, value in sorted(params.items())}


def guarded(read):
    try:
        return read()
    except libvirt.libvirtError as error:
        return {"error": str(error.get_error_code())}


def host(conn):
    model, memory_mib, cpus, mhz, nodes, sockets, cores, threads = conn.getInfo()
    return {
        # The binding reports node memory in MiB (KiB >> 10).
        "info": {
            "model": model,
            "memoryMiB": num(memory_mib),
            "cpus": num(cpus),
            "mhz": num(mhz),
            "nodes": num(nodes),
            "sockets": num(sockets),
            "cores": num(cores),
            "threads": num(threads),
        },
        "capabilities": conn.getCapabilities(),
        "hostname": conn.getHostname(),
        "type": conn.getType(),
        "libVersion": num(conn.getLibVersion()),
        "version": num(conn.getVersion()),
        "maxVcpus": guarded(lambda: num(conn.getMaxVcpus(None))),
        "sysinfo": guarded(lambda: conn.getSysinfo(0)),
    }


def domain(dom):
    state, max_mem, memory, vcpus, cpu_time = dom.info()
    state_code, reason = dom.state()
    return {
        "name": dom.name(),
        "uuid": dom.UUIDString(),
        "id": num(dom.ID()),
        "info": {
            "state": num(state),
            "maxMemory": num(max_mem),
            "memory": num(memory),
            "vcpus": num(vcpus),
            "cpuTime": num(cpu_time),
        },
        "state": {"state": num(state_code), "reason": num(reason)},
        "xml": dom.XMLDesc(0),
        "active": bool(dom.isActive()),
        "persistent": bool(dom.isPersistent()),
        "autostart": bool(dom.autostart()),
        "osType": dom.OSType(),
        "snapshots": sorted(s.getName() for s in dom.listAllSnapshots(0)),
    }


def network(net):
    return {
        "name": net.name(),
        "uuid": net.UUIDString(),
        "active": bool(net.isActive()),
        "persistent": bool(net.isPersistent()),
        "autostart": bool(net.autostart()),
        "bridge": guarded(net.bridgeName),
        "xml": net.XMLDesc(0),
    }


def volume(vol):
    vol_type, capacity, allocation = vol.info()
    return {
        "name": vol.name(),
        "key": vol.key(),
        "path": vol.path(),
        "info": {"type": num(vol_type), "capacity": num(capacity), "allocation": num(allocation)},
        "xml": vol.XMLDesc(0),
    }


def pool(p):
    state, capacity, allocation, available = p.info()
    active = bool(p.isActive())
    return {
        "name": p.name(),
        "uuid": p.UUIDString(),
        "info": {
            "state": num(state),
            "capacity": num(capacity),
            "allocation": num(allocation),
            "available": num(available),
        },
        "active": active,
        "persistent": bool(p.isPersistent()),
        "autostart": bool(p.autostart()),
        "xml": p.XMLDesc(0),
        "volumes": sorted((volume(v) for v in p.listAllVolumes(0)), key=lambda v: v["name"]) if active else [],
    }


def node_device(dev):
    return {
        "name": dev.name(),
        "parent": dev.parent(),
        "capabilities": dev.listCaps(),
        "xml": dev.XMLDesc(0),
    }


def interface(iface):
    return {
        "name": iface.name(),
        "mac": iface.MACString(),
        "active": bool(iface.isActive()),
        "xml": iface.XMLDesc(0),
    }


def by_name(items):
    return sorted(items, key=lambda item: item["name"])


def snapshot(uri):
    conn = libvirt.open(uri)
    try:
        out = {
            "host": host(conn),
            "domains": by_name(domain(d) for d in conn.listAllDomains(0)),
            "domainStats": sorted(
                ({"domain": d.name(), "stats": typed(stats)} for d, stats in conn.getAllDomainStats(0, 0)),
                key=lambda record: record["domain"],
            ),
            "networks": by_name(network(n) for n in conn.listAllNetworks(0)),
            "pools": by_name(pool(p) for p in conn.listAllStoragePools(0)),
            "nodeDevices": by_name(node_device(d) for d in conn.listAllDevices(0)),
            "interfaces": guarded(lambda: by_name(interface(i) for i in conn.listAllInterfaces(0))),
        }
        if conn.getType() == "TEST":
            # Fixed figures on the test driver; live counters elsewhere, so not comparable.
            out["hostCounters"] = {
                "freeMemory": num(conn.getFreeMemory()),
                "cellsFreeMemory": [num(c) for c in conn.getCellsFreeMemory(0, 1024)],
                "cpuStats": typed(conn.getCPUStats(-1)),
            }
        return out
    finally:
        conn.close()


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python-peer.py URI")
    # libvirt's default error handler prints every error on stderr; the JSON says what failed.
    libvirt.registerErrorHandler(lambda _ctx, _err: None, None)
    json.dump(snapshot(sys.argv[1]), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
