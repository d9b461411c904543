"""python3-libvirt's side of bench/rpc, driven by rpc.bench.ts over stdin/stdout.

Run with Debian's /usr/bin/python3, the interpreter python3-libvirt is installed for:
  /usr/bin/python3 python_client.py --socket /run/x/libvirt-sock --case lib-version --threads 4

Cases: lib-version (conn.getLibVersion()) and list-all-domains (conn.listAllDomains(0)).
--threads N runs N threads, each with a connection of its own, or with --shared all on one.

Line protocol (node-worker.ts speaks it too): after connecting, print one JSON line
{"ready": true}; then for each stdin line "round MS" run calls for MS milliseconds and print
{"calls", "elapsedMs", "clientCpuUs", "daemonCpuUs"}; exit on "quit". As on the Node side, no
thread starts a call after the deadline, and the round ends when the last call returns.
"""

import argparse
import json
import os
import sys
import threading
import time

import libvirt


def process_cpu_micros(pid):
    """CPU time of a process, all threads, from /proc/PID/stat, in µs (as bench/rpc/timing.ts)."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split(" ")
    return (int(fields[11]) + int(fields[12])) * 1e6 / os.sysconf("SC_CLK_TCK")


def emit(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--socket", required=True)
    parser.add_argument("--case", choices=["lib-version", "list-all-domains"], required=True)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--shared", action="store_true")
    parser.add_argument("--daemon-pid", type=int)
    args = parser.parse_args()

    # libvirt prints errors to stderr as well as raising; raising is enough.
    libvirt.registerErrorHandler(lambda _ctx, _err: None, None)
    uri = "test+unix:///default?socket=" + args.socket
    connections = [libvirt.open(uri)]
    if not args.shared:
        connections += [libvirt.open(uri) for _ in range(args.threads - 1)]

    ready = {"ready": True}
    if args.case == "lib-version":
        def call(conn):
            conn.getLibVersion()
    else:
        ready["domains"] = len(connections[0].listAllDomains(0))

        def call(conn):
            conn.listAllDomains(0)

    counts = [0] * args.threads
    errors = []
    state = {"deadline": 0.0, "quit": False}
    start = threading.Barrier(args.threads + 1)
    end = threading.Barrier(args.threads + 1)

    def worker(index, conn):
        while True:
            start.wait()
            if state["quit"]:
                return
            calls = 0
            try:
                deadline = state["deadline"]
                while time.perf_counter() < deadline:
                    call(conn)
                    calls += 1
            except Exception as error:  # reported by main; a silent thread would skew the rate
                errors.append(repr(error))
            counts[index] = calls
            end.wait()

    threads = [
        threading.Thread(target=worker, args=(i, connections[0 if args.shared else i]), daemon=True)
        for i in range(args.threads)
    ]
    for thread in threads:
        thread.start()
    emit(ready)

    for line in sys.stdin:
        command = line.split()
        if not command or command[0] == "quit":
            break
        if command[0] != "round":
            raise SystemExit(f"unknown command {line!r}")
        client_before = time.process_time()
        daemon_before = process_cpu_micros(args.daemon_pid)
        began = time.perf_counter()
        state["deadline"] = began + float(command[1]) / 1000
        start.wait()
        end.wait()
        elapsed = time.perf_counter() - began
        client_cpu = (time.process_time() - client_before) * 1e6
        daemon_after = process_cpu_micros(args.daemon_pid)
        if errors:
            raise SystemExit("python client failed: " + "; ".join(errors))
        report = {"calls": sum(counts), "elapsedMs": elapsed * 1000, "clientCpuUs": client_cpu}
        if daemon_before is not None and daemon_after is not None:
            report["daemonCpuUs"] = daemon_after - daemon_before
        emit(report)

    state["quit"] = True
    start.wait()
    for thread in threads:
        thread.join()
    for conn in connections:
        conn.close()


if __name__ == "__main__":
    main()
