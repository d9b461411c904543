#!/usr/bin/python3
"""Capture real libvirtd wire bytes as TypeScript test fixtures.

Usage (as root; start.sh's output is plain KEY=value, so eval does not export):

    eval "$(LIBVIRT_TS_KEEPALIVE_INTERVAL=1 scripts/libvirtd/start.sh)"
    /usr/bin/python3 scripts/libvirtd/capture-fixtures.py \\
        --state-dir "$LIBVIRT_TS_STATE_DIR" \\
        --out packages/client/test/fixtures/libvirtd-9.0.0.ts
    scripts/libvirtd/stop.sh "$LIBVIRT_TS_STATE_DIR"

The daemon's unix rw socket comes from --socket, else the env.json of
--state-dir, else $LIBVIRT_TS_SOCK, else $LIBVIRT_TS_STATE_DIR/env.json. It
exits non-zero, writing nothing, if any reply is not what is expected (an
undecodable field, trailing bytes, a serial mismatch, no PING in time). Use a
freshly started
daemon: test:///default state is shared by every client of the daemon, and a
test that changed it (destroyed "test", defined domains) changes the bytes.
Setting LIBVIRT_TS_KEEPALIVE_INTERVAL=1 for start.sh makes the PING arrive
after ~1 s instead of ~5 s; the captured bytes are the same either way.

This is deliberately a raw-socket client (stdlib only, no libvirt module): it
frames every call itself per virnetprotocol.x, so the fixtures record exactly
what crossed the socket, independent of any client library. It decodes every
field of the messages it captures, refuses trailing bytes, and writes one hex
line per field with a comment naming the field and its decoded value, so a
reviewer can check the fixtures against the .x files by eye.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import struct
import subprocess
import sys
import time
import uuid as uuidlib

# virnetprotocol.x / remote_protocol.x / virkeepaliveprotocol.x
REMOTE_PROGRAM = 0x20008086
REMOTE_PROTOCOL_VERSION = 1
KEEPALIVE_PROGRAM = 0x6B656570
KEEPALIVE_PROTOCOL_VERSION = 1

PROGRAMS = {REMOTE_PROGRAM: 'REMOTE_PROGRAM', KEEPALIVE_PROGRAM: 'KEEPALIVE_PROGRAM'}
REMOTE_PROCS = {
    1: 'REMOTE_PROC_CONNECT_OPEN',
    2: 'REMOTE_PROC_CONNECT_CLOSE',
    23: 'REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME',
    60: 'REMOTE_PROC_CONNECT_SUPPORTS_FEATURE',
    66: 'REMOTE_PROC_AUTH_LIST',
    157: 'REMOTE_PROC_CONNECT_GET_LIB_VERSION',
    273: 'REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS',
}
KEEPALIVE_PROCS = {1: 'KEEPALIVE_PROC_PING', 2: 'KEEPALIVE_PROC_PONG'}
MESSAGE_TYPES = {
    0: 'VIR_NET_CALL',
    1: 'VIR_NET_REPLY',
    2: 'VIR_NET_MESSAGE',
    3: 'VIR_NET_STREAM',
    4: 'VIR_NET_CALL_WITH_FDS',
    5: 'VIR_NET_REPLY_WITH_FDS',
    6: 'VIR_NET_STREAM_HOLE',
}
CALL, REPLY, MESSAGE = 0, 1, 2
STATUSES = {0: 'VIR_NET_OK', 1: 'VIR_NET_ERROR', 2: 'VIR_NET_CONTINUE'}
OK, ERROR = 0, 1
AUTH_TYPES = {0: 'REMOTE_AUTH_NONE', 1: 'REMOTE_AUTH_SASL', 2: 'REMOTE_AUTH_POLKIT'}

# libvirt's private virDrvFeature enum (src/libvirt_internal.h). The daemon
# intercepts this one in remoteDispatchConnectSupportsFeature: answering it
# starts the server side of keepalive for this client, before (or without)
# asking the hypervisor driver.
VIR_DRV_FEATURE_PROGRAM_KEEPALIVE = 10

# Names for the values the captured error carries (virerror.h); others are
# shown as bare numbers.
ERROR_CODES = {42: 'VIR_ERR_NO_DOMAIN'}
ERROR_DOMAINS = {12: 'VIR_FROM_TEST', 0: 'VIR_FROM_NONE'}
ERROR_LEVELS = {0: 'VIR_ERR_NONE', 1: 'VIR_ERR_WARNING', 2: 'VIR_ERR_ERROR'}

HEADER_LEN = 24  # six 4-byte words


# --------------------------------------------------------------------------
# XDR encoding of what we send.

def xdr_u32(v: int) -> bytes:
    return struct.pack('>I', v)


def xdr_i32(v: int) -> bytes:
    return struct.pack('>i', v)


def xdr_string(s: str) -> bytes:
    data = s.encode()
    return xdr_u32(len(data)) + data + b'\0' * (-len(data) % 4)


def frame(prog: int, vers: int, proc: int, mtype: int, serial: int, status: int, payload: bytes = b'') -> bytes:
    header = struct.pack('>IIiiIi', prog, vers, proc, mtype, serial, status)
    return xdr_u32(4 + len(header) + len(payload)) + header + payload


# --------------------------------------------------------------------------
# Field-by-field decoding of captured frames into commented hex lines.

class DecodeError(Exception):
    pass


class Annotator:
    """Walks one frame with XDR rules, recording (bytes, comment) per field."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.lines: list[tuple[bytes, str]] = []

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise DecodeError(f'need {n} bytes at offset {self.pos}, frame has {len(self.data)}')
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def emit(self, chunk: bytes, comment: str) -> None:
        self.lines.append((chunk, comment))

    def u32(self, name: str, describe=None) -> int:
        raw = self.take(4)
        (v,) = struct.unpack('>I', raw)
        self.emit(raw, f'{name}: {describe(v) if describe else v}')
        return v

    def i32(self, name: str, describe=None) -> int:
        raw = self.take(4)
        (v,) = struct.unpack('>i', raw)
        self.emit(raw, f'{name}: {describe(v) if describe else v}')
        return v

    def u64(self, name: str, describe=None) -> int:
        raw = self.take(8)
        (v,) = struct.unpack('>Q', raw)
        self.emit(raw, f'{name}: {describe(v) if describe else v}')
        return v

    def string(self, name: str) -> str:
        """remote_nonnull_string: u32 length, bytes, zero padding to 4."""
        raw_len = self.take(4)
        (n,) = struct.unpack('>I', raw_len)
        self.emit(raw_len, f'{name}.length: {n}')
        data = self.take(n)
        text = data.decode('utf-8')
        # 16 bytes per line keeps lines readable; the decoded text goes on
        # the first line, whole, so the field reads in one place.
        for off in range(0, n, 16):
            if off == 0:
                self.emit(data[0:16], f'{name}: {json.dumps(text, ensure_ascii=False)}')
            else:
                self.emit(data[off:off + 16], f'{name} (continued)')
        pad = -n % 4
        if pad:
            raw_pad = self.take(pad)
            if raw_pad != b'\0' * pad:
                raise DecodeError(f'{name}: non-zero XDR padding {raw_pad.hex()}')
            self.emit(raw_pad, f'{name}: {pad} byte{"s" if pad > 1 else ""} of XDR padding')
        return text

    def present(self, name: str, what: str) -> bool:
        """XDR optional-data (pointer) discriminant."""
        raw = self.take(4)
        (flag,) = struct.unpack('>I', raw)
        if flag not in (0, 1):
            raise DecodeError(f'{name}: bad optional discriminant {flag}')
        self.emit(raw, f'{name}: {"present" if flag else "null"} ({what})')
        return bool(flag)

    def opt_string(self, name: str) -> str | None:
        """remote_string = remote_nonnull_string *"""
        return self.string(name) if self.present(name, 'optional string') else None

    def uuid(self, name: str) -> str:
        raw = self.take(16)
        text = str(uuidlib.UUID(bytes=raw))
        self.emit(raw, f'{name}: {text} (16 opaque bytes)')
        return text

    def nonnull_domain(self, name: str) -> dict:
        return {
            'name': self.string(f'{name}.name'),
            'uuid': self.uuid(f'{name}.uuid'),
            'id': self.i32(f'{name}.id'),
        }

    def nonnull_network(self, name: str) -> dict:
        return {'name': self.string(f'{name}.name'), 'uuid': self.uuid(f'{name}.uuid')}

    def done(self) -> None:
        if self.pos != len(self.data):
            raise DecodeError(f'{len(self.data) - self.pos} undecoded trailing bytes')


def named(table: dict[int, str]):
    return lambda v: f'{table[v]} ({v})' if v in table else str(v)


def hex_prog(v: int) -> str:
    return f'{PROGRAMS.get(v, "unknown program")} (0x{v:08x})'


def version_text(v: int) -> str:
    return f'{v} ({v // 1000000}.{v // 1000 % 1000}.{v % 1000})'


def decode_remote_error(a: Annotator) -> dict:
    """remote_error (= virNetMessageError), the payload of every ERROR reply."""
    err = {
        'code': a.i32('error.code', named(ERROR_CODES)),
        'domain': a.i32('error.domain', named(ERROR_DOMAINS)),
        'message': a.opt_string('error.message'),
        'level': a.i32('error.level', named(ERROR_LEVELS)),
    }
    err['dom'] = a.nonnull_domain('error.dom') if a.present('error.dom', 'optional remote_nonnull_domain') else None
    err['str1'] = a.opt_string('error.str1')
    err['str2'] = a.opt_string('error.str2')
    err['str3'] = a.opt_string('error.str3')
    err['int1'] = a.i32('error.int1')
    err['int2'] = a.i32('error.int2')
    err['net'] = a.nonnull_network('error.net') if a.present('error.net', 'optional remote_nonnull_network') else None
    return err


def decode_payload(a: Annotator, prog: int, proc: int, mtype: int, status: int) -> dict | None:
    """Decodes args (CALL) or ret (REPLY) of the procedures we capture."""
    if mtype == REPLY and status == ERROR:
        return decode_remote_error(a)
    if prog == KEEPALIVE_PROGRAM:
        return None  # PING and PONG have no payload
    if prog != REMOTE_PROGRAM:
        raise DecodeError(f'unexpected program 0x{prog:08x}')
    if mtype == CALL:
        if proc == 1:  # remote_connect_open_args
            name = a.opt_string('args.name')
            return {'name': name, 'flags': a.u32('args.flags')}
        if proc == 23:  # remote_domain_lookup_by_name_args
            return {'name': a.string('args.name')}
        if proc == 60:  # remote_connect_supports_feature_args
            return {'feature': a.i32('args.feature', lambda v: 'VIR_DRV_FEATURE_PROGRAM_KEEPALIVE (10)'
                                     if v == VIR_DRV_FEATURE_PROGRAM_KEEPALIVE else str(v))}
        if proc == 273:  # remote_connect_list_all_domains_args
            return {'need_results': a.i32('args.need_results'), 'flags': a.u32('args.flags')}
        if proc in (2, 66, 157):  # no args
            return None
    if mtype == REPLY:
        if proc in (1, 2):  # no ret
            return None
        if proc == 66:  # remote_auth_list_ret { remote_auth_type types<20>; }
            n = a.u32('ret.types.length')
            return {'types': [a.i32(f'ret.types[{i}]', named(AUTH_TYPES)) for i in range(n)]}
        if proc == 60:  # remote_connect_supports_feature_ret
            return {'supported': a.i32('ret.supported')}
        if proc == 157:  # remote_connect_get_lib_version_ret { unsigned hyper lib_ver; }
            return {'lib_ver': a.u64('ret.lib_ver', version_text)}
        if proc == 273:  # remote_connect_list_all_domains_ret
            n = a.u32('ret.domains.length')
            domains = [a.nonnull_domain(f'ret.domains[{i}]') for i in range(n)]
            return {'domains': domains, 'ret': a.u32('ret.ret')}
    raise DecodeError(f'no decoder for prog 0x{prog:08x} proc {proc} type {mtype}')


def annotate(data: bytes) -> tuple[list[tuple[bytes, str]], dict]:
    a = Annotator(data)
    length = a.u32('length', lambda v: f'{v} bytes including this field')
    if length != len(data):
        raise DecodeError(f'length field {length} != frame size {len(data)}')
    prog = a.u32('header.prog', hex_prog)
    a.u32('header.vers')
    procs = KEEPALIVE_PROCS if prog == KEEPALIVE_PROGRAM else REMOTE_PROCS
    proc = a.i32('header.proc', named(procs))
    mtype = a.i32('header.type', named(MESSAGE_TYPES))
    serial = a.u32('header.serial')
    status = a.i32('header.status', named(STATUSES))
    payload = decode_payload(a, prog, proc, mtype, status)
    a.done()
    return a.lines, {'prog': prog, 'proc': proc, 'type': mtype, 'serial': serial, 'status': status,
                     'payload': payload}


# --------------------------------------------------------------------------
# Talking to the daemon.

class Conn:
    def __init__(self, path: str, timeout: float) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        try:
            self.sock.connect(path)
        except OSError as e:
            raise SystemExit(f'cannot connect to libvirtd at {path}: {e} (is scripts/libvirtd/start.sh running?)') from None
        self.serial = 0

    def recv_exact(self, n: int) -> bytes:
        buf = b''
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError('libvirtd closed the connection')
            buf += chunk
        return buf

    def recv_frame(self) -> bytes:
        head = self.recv_exact(4)
        (length,) = struct.unpack('>I', head)
        if length < 4 + HEADER_LEN:
            raise DecodeError(f'frame length {length} shorter than a header')
        return head + self.recv_exact(length - 4)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def call(self, proc: int, payload: bytes = b'') -> tuple[bytes, bytes]:
        """Sends a REMOTE_PROGRAM call; returns (call frame, reply frame)."""
        self.serial += 1
        sent = frame(REMOTE_PROGRAM, REMOTE_PROTOCOL_VERSION, proc, CALL, self.serial, OK, payload)
        self.send(sent)
        reply = self.recv_frame()
        prog, _vers, rproc, rtype, rserial, _status = struct.unpack('>IIiiIi', reply[4:4 + HEADER_LEN])
        # Keepalive has not been enabled when we make calls, so the only
        # thing that can arrive is the reply, and it must be ours.
        if (prog, rproc, rtype, rserial) != (REMOTE_PROGRAM, proc, REPLY, self.serial):
            raise DecodeError(f'expected reply to proc {proc} serial {self.serial}, got '
                              f'prog 0x{prog:08x} proc {rproc} type {rtype} serial {rserial}')
        return sent, reply


def status_of(reply: bytes) -> int:
    return struct.unpack('>i', reply[24:28])[0]


def require_ok(what: str, reply: bytes) -> None:
    if status_of(reply) != OK:
        _, info = annotate(reply)
        raise SystemExit(f'{what} failed: {info["payload"]}')


def capture(sock_path: str, ping_timeout: float) -> list[tuple[str, str, bytes]]:
    """Runs the conversation; returns (export name, doc, frame) in order."""
    out: list[tuple[str, str, bytes]] = []
    c = Conn(sock_path, timeout=15)

    def call(name: str, doc: str, proc: int, payload: bytes = b'', reply_name: str | None = None,
             expect_ok: bool = True) -> bytes:
        sent, reply = c.call(proc, payload)
        if expect_ok:
            require_ok(name, reply)
        out.append((f'{name}Call', f'{doc}: call sent by the capture script (libvirtd accepted it).', sent))
        out.append((reply_name or f'{name}Reply', f'{doc}: reply from libvirtd.', reply))
        return reply

    call('authList', 'REMOTE_PROC_AUTH_LIST on the unix rw socket with auth_unix_rw="none"', 66)
    call('connectOpen', 'REMOTE_PROC_CONNECT_OPEN name="test:///default" flags=0', 1,
         xdr_u32(1) + xdr_string('test:///default') + xdr_u32(0))
    call('connectGetLibVersion', 'REMOTE_PROC_CONNECT_GET_LIB_VERSION', 157)
    call('connectListAllDomains', 'REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS need_results=1 flags=0', 273,
         xdr_i32(1) + xdr_u32(0))
    reply = call('domainLookupByName', 'REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME name="no-such-domain"', 23,
                 xdr_string('no-such-domain'), reply_name='domainLookupByNameErrorReply', expect_ok=False)
    if status_of(reply) != ERROR:
        raise SystemExit('lookup of "no-such-domain" unexpectedly succeeded')
    reply = call('connectSupportsFeatureKeepalive',
                 'REMOTE_PROC_CONNECT_SUPPORTS_FEATURE feature=VIR_DRV_FEATURE_PROGRAM_KEEPALIVE (10)', 60,
                 xdr_i32(VIR_DRV_FEATURE_PROGRAM_KEEPALIVE))
    if struct.unpack('>i', reply[-4:])[0] != 1:
        raise SystemExit('libvirtd says it does not support keepalive')

    # The daemon now pings after keepalive_interval seconds without traffic
    # from us; it must be the next thing on the wire.
    c.sock.settimeout(ping_timeout)
    t0 = time.monotonic()
    try:
        ping = c.recv_frame()
    except socket.timeout:
        raise SystemExit(f'no keepalive PING within {ping_timeout}s (keepalive_interval too large?)') from None
    waited = time.monotonic() - t0
    _, info = annotate(ping)
    if (info['prog'], info['proc'], info['type']) != (KEEPALIVE_PROGRAM, 1, MESSAGE):
        raise SystemExit(f'expected a keepalive PING, got {info}')
    # The wait goes to stderr, not into the file, so reruns write identical files.
    print(f'keepalive PING arrived after {waited:.1f} s idle', file=sys.stderr)
    out.append(('keepalivePingFromServer',
                'keepalive PING sent by libvirtd on its own once the client had enabled keepalive and then stayed '
                'idle for keepalive_interval seconds.', ping))

    # Answer like libvirt's own virkeepalive.c does: a PONG MESSAGE with serial
    # 0 (keepalive messages are not matched by serial).
    pong = frame(KEEPALIVE_PROGRAM, KEEPALIVE_PROTOCOL_VERSION, 2, MESSAGE, 0, OK)
    c.send(pong)
    out.append(('keepalivePongToServer', 'keepalive PONG sent by the capture script in answer to that PING.', pong))

    # The other direction: the daemon answers a client PING with a PONG.
    our_ping = frame(KEEPALIVE_PROGRAM, KEEPALIVE_PROTOCOL_VERSION, 1, MESSAGE, 0, OK)
    c.sock.settimeout(15)
    c.send(our_ping)
    got = c.recv_frame()
    _, info = annotate(got)
    if (info['prog'], info['proc'], info['type']) != (KEEPALIVE_PROGRAM, 2, MESSAGE):
        raise SystemExit(f'expected a keepalive PONG, got {info}')
    out.append(('keepalivePingToServer', 'keepalive PING sent by the capture script.', our_ping))
    out.append(('keepalivePongFromServer', 'keepalive PONG sent by libvirtd in answer to that PING.', got))

    call('connectClose', 'REMOTE_PROC_CONNECT_CLOSE', 2)
    c.sock.close()
    return out


# --------------------------------------------------------------------------
# TypeScript output.

def hex_groups(chunk: bytes) -> str:
    h = chunk.hex()
    return ' '.join(h[i:i + 4] for i in range(0, len(h), 4))


def ts_comment(text: str) -> str:
    # A comment must not end early or break the line.
    return text.replace('*/', '*\\/').replace('\n', '\\n').replace('\r', '\\r')


def package_version() -> str | None:
    try:
        return subprocess.run(['dpkg-query', '-W', '-f', '${Version}', 'libvirt-daemon'], check=True,
                              capture_output=True, text=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def os_name() -> str | None:
    try:
        with open('/etc/os-release') as f:
            for line in f:
                if line.startswith('PRETTY_NAME='):
                    return line.split('=', 1)[1].strip().strip('"')
    except OSError:
        pass
    return None


def render(messages: list[tuple[str, str, bytes]], lib_ver: int) -> str:
    version = f'{lib_ver // 1000000}.{lib_ver // 1000 % 1000}.{lib_ver % 1000}'
    info = {
        'libvirtVersion': version,
        'libvirtVersionNumber': lib_ver,
        'package': package_version(),
        'os': os_name(),
        'transport': 'unix socket (auth none)',
        'uri': 'test:///default',
        'keepaliveFeature': VIR_DRV_FEATURE_PROGRAM_KEEPALIVE,
        'script': 'scripts/libvirtd/capture-fixtures.py',
    }
    o: list[str] = []
    o.append(f'/** Captured from libvirtd {version} ({info["os"] or "unknown OS"}) by '
             'scripts/libvirtd/capture-fixtures.py; do not edit by hand. */')
    o.append('//')
    o.append('// Regenerate as root, against a freshly started daemon (test:///default state is shared by its clients):')
    o.append('//   eval "$(LIBVIRT_TS_KEEPALIVE_INTERVAL=1 scripts/libvirtd/start.sh)"')
    o.append('//   /usr/bin/python3 scripts/libvirtd/capture-fixtures.py --state-dir "$LIBVIRT_TS_STATE_DIR" \\')
    o.append('//     --out packages/client/test/fixtures/libvirtd-9.0.0.ts')
    o.append('//   scripts/libvirtd/stop.sh "$LIBVIRT_TS_STATE_DIR"')
    o.append('// One line per XDR field; `*Call` and `*ToServer` frames were written by the script and accepted by')
    o.append('// libvirtd, `*Reply` and `*FromServer` frames are exactly what libvirtd sent, in conversation order.')
    o.append('')
    o.append('/** Parses hex digits into bytes; whitespace is ignored. */')
    o.append('function hex(...parts: string[]): Uint8Array {')
    o.append("  const digits = parts.join('').replace(/\\s+/g, '');")
    o.append('  if (!/^(?:[0-9a-f]{2})*$/i.test(digits)) {')
    o.append("    throw new Error('fixture hex must be an even number of hex digits');")
    o.append('  }')
    o.append('  const bytes = new Uint8Array(digits.length / 2);')
    o.append('  for (let i = 0; i < bytes.length; i++) {')
    o.append('    bytes[i] = Number.parseInt(digits.slice(2 * i, 2 * i + 2), 16);')
    o.append('  }')
    o.append('  return bytes;')
    o.append('}')
    o.append('')
    o.append('/** Where and how these frames were captured. */')
    o.append('export const captureInfo = {')
    for k, v in info.items():
        o.append(f'  {k}: {ts_value(v)},')
    o.append('} as const;')
    for name, doc, data in messages:
        lines, _ = annotate(data)
        o.append('')
        o.append(f'/** {ts_comment(doc)} */')
        o.append(f'export const {name} = hex(')
        for chunk, comment in lines:
            o.append(f"  '{hex_groups(chunk)}', // {ts_comment(comment)}")
        o.append(');')
    o.append('')
    o.append('/** Every frame above, in the order it crossed the socket. */')
    o.append('export const conversation = [')
    for name, _doc, _data in messages:
        direction = 'toServer' if name.endswith(('Call', 'ToServer')) else 'fromServer'
        # Always expanded: prettier keeps an object multi-line when it already is,
        # and some of these would pass its 120-column limit on one line.
        o.append('  {')
        o.append(f"    name: '{name}',")
        o.append(f"    direction: '{direction}',")
        o.append(f'    bytes: {name},')
        o.append('  },')
    o.append('] as const;')
    return '\n'.join(o) + '\n'


def ts_value(v) -> str:
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    s = str(v).replace('\\', '\\\\').replace("'", "\\'")
    return f"'{s}'"


def find_socket(args: argparse.Namespace) -> str:
    if args.socket:
        return args.socket
    # An explicit --state-dir beats a possibly stale exported variable.
    if not args.state_dir and os.environ.get('LIBVIRT_TS_SOCK'):
        return os.environ['LIBVIRT_TS_SOCK']
    state = args.state_dir or os.environ.get('LIBVIRT_TS_STATE_DIR')
    if state:
        with open(os.path.join(state, 'env.json')) as f:
            return json.load(f)['LIBVIRT_TS_SOCK']
    raise SystemExit('no socket: pass --socket or --state-dir, or export LIBVIRT_TS_SOCK (see scripts/libvirtd/start.sh)')


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--out', help='TypeScript file to write (default: stdout)')
    p.add_argument('--socket', help='libvirtd unix rw socket (default: $LIBVIRT_TS_SOCK)')
    p.add_argument('--state-dir', help='start.sh STATE_DIR to read env.json from (default: $LIBVIRT_TS_STATE_DIR)')
    p.add_argument('--ping-timeout', type=float, default=30.0,
                   help='seconds to wait for the keepalive PING (default 30; the daemon default interval is 5)')
    args = p.parse_args()

    messages = capture(find_socket(args), args.ping_timeout)
    lib_ver = dict((n, d) for n, _doc, d in messages)['connectGetLibVersionReply']
    (lib_ver_n,) = struct.unpack('>Q', lib_ver[-8:])
    text = render(messages, lib_ver_n)
    if args.out:
        tmp = args.out + '.tmp'
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(tmp, 'w') as f:
            f.write(text)
        os.replace(tmp, args.out)
        print(f'wrote {args.out}: {len(messages)} frames', file=sys.stderr)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main()
