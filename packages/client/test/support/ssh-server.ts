/**
 * An in-process SSH server (ssh2's Server) for unit tests of the ssh2-based transports: it
 * records every authentication attempt and exec request, accepts what a test allows, and runs
 * "the remote command" by bridging the exec channel to a local unix socket (a FakeDaemon) or by
 * failing the way a missing `nc` does. The real sshd is tested in the integration project.
 */
import { connect as netConnect, type AddressInfo } from 'node:net';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ParsedKey, ServerChannel } from 'ssh2';

export interface KeyPair {
  /** OpenSSH private key text. */
  readonly private: string;
  /** `ssh-ed25519 AAAA…` line. */
  readonly public: string;
  /** The raw public key blob. */
  readonly blob: Buffer;
}

export function generateKeyPair(options: { passphrase?: string } = {}): KeyPair {
  // ssh2's generator drops a leading zero byte of about one ed25519 key in 250 and writes a
  // malformed key (length 31); draw again then.
  for (;;) {
    const pair =
      options.passphrase === undefined
        ? ssh2.utils.generateKeyPairSync('ed25519')
        : ssh2.utils.generateKeyPairSync('ed25519', {
            passphrase: options.passphrase,
            cipher: 'aes256-ctr',
            rounds: 4,
          });
    const parsed = ssh2.utils.parseKey(pair.public);
    if (parsed instanceof Error || Array.isArray(parsed)) continue;
    const blob = parsed.getPublicSSH();
    const parsedPrivate = ssh2.utils.parseKey(pair.private, options.passphrase);
    if (blob.byteLength !== 51 || parsedPrivate instanceof Error) continue;
    return { private: pair.private, public: pair.public, blob };
  }
}

export interface AuthAttempt {
  readonly method: string;
  readonly username: string;
  /** The password or keyboard-interactive answers given. */
  readonly secret?: string;
}

export interface SshServerPolicy {
  /** Methods the server offers, in the order it lists them. */
  methods: ('publickey' | 'password' | 'keyboard-interactive')[];
  /** Public keys (`ssh-ed25519 AAAA…` lines) accepted for publickey. */
  keys: string[];
  /** Passwords accepted for password and keyboard-interactive. */
  passwords: string[];
  /** Accepted user names. */
  users: string[];
  /** What the exec channel does: bridge to a unix socket, or fail with this status and stderr. */
  exec: { socket: string } | { exitCode: number; stderr: string };
}

export class TestSshServer {
  readonly hostKey: KeyPair;
  readonly attempts: AuthAttempt[] = [];
  readonly commands: string[] = [];
  readonly policy: SshServerPolicy;
  private readonly server: ssh2.Server;
  private readonly clients = new Set<Connection>();

  private constructor(policy: SshServerPolicy) {
    this.hostKey = generateKeyPair();
    this.policy = policy;
    this.server = new ssh2.Server({ hostKeys: [this.hostKey.private] }, (client) => {
      this.clients.add(client);
      // As the client does: small RPC messages must not wait for delayed ACKs.
      // (ssh2's server connections have setNoDelay; @types/ssh2 lacks it.)
      (client as unknown as { setNoDelay(noDelay: boolean): void }).setNoDelay(true);
      client.on('close', () => this.clients.delete(client));
      client.on('error', () => undefined);
      client.on('authentication', (ctx) => {
        this.authenticate(ctx);
      });
      client.on('ready', () => {
        client.on('session', (accept) => {
          accept().on('exec', (acceptExec, _reject, info) => {
            this.commands.push(info.command);
            this.runCommand(acceptExec());
          });
        });
      });
    });
  }

  static async start(policy: Partial<SshServerPolicy> = {}): Promise<TestSshServer> {
    const server = new TestSshServer({
      methods: ['publickey', 'password', 'keyboard-interactive'],
      keys: [],
      passwords: [],
      users: ['root'],
      exec: { exitCode: 127, stderr: 'sh: 1: nc: not found\n' },
      ...policy,
    });
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    return server;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The known_hosts line for this server as libssh writes it. */
  knownHostsLine(name = `[127.0.0.1]:${this.port}`): string {
    return `${name} ${this.hostKey.public.split(' ').slice(0, 2).join(' ')}`;
  }

  async stop(): Promise<void> {
    for (const client of this.clients) client.end();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }

  private authenticate(ctx: AuthContext): void {
    const { policy } = this;
    const userOk = policy.users.includes(ctx.username);
    const reject = (): void => {
      ctx.reject(policy.methods);
    };
    switch (ctx.method) {
      case 'none':
        this.attempts.push({ method: 'none', username: ctx.username });
        reject();
        return;
      case 'publickey': {
        if (!policy.methods.includes('publickey')) {
          reject();
          return;
        }
        const blob = ctx.key.data;
        const known = policy.keys
          .map((line) => ssh2.utils.parseKey(line))
          .find(
            (key): key is ParsedKey =>
              !(key instanceof Error) && !Array.isArray(key) && key.getPublicSSH().equals(blob),
          );
        if (known === undefined || !userOk) {
          this.attempts.push({ method: 'publickey', username: ctx.username });
          reject();
          return;
        }
        if (ctx.signature === undefined) {
          // The query before the signature: "would you take this key?"
          ctx.accept();
          return;
        }
        this.attempts.push({ method: 'publickey', username: ctx.username });
        if (ctx.blob === undefined || !known.verify(ctx.blob, ctx.signature, ctx.hashAlgo)) {
          reject();
          return;
        }
        ctx.accept();
        return;
      }
      case 'password':
        this.attempts.push({ method: 'password', username: ctx.username, secret: ctx.password });
        if (policy.methods.includes('password') && userOk && policy.passwords.includes(ctx.password)) ctx.accept();
        else reject();
        return;
      case 'keyboard-interactive':
        if (!policy.methods.includes('keyboard-interactive')) {
          reject();
          return;
        }
        ctx.prompt([{ prompt: 'Password: ', echo: false }], 'Test login', 'Answer the question', (answers) => {
          this.attempts.push({ method: 'keyboard-interactive', username: ctx.username, secret: answers.join(',') });
          if (userOk && answers.length === 1 && policy.passwords.includes(answers[0] ?? '')) ctx.accept();
          else reject();
        });
        return;
      default:
        reject();
    }
  }

  private runCommand(channel: ServerChannel): void {
    const exec = this.policy.exec;
    if ('exitCode' in exec) {
      channel.stderr.write(exec.stderr);
      channel.exit(exec.exitCode);
      channel.end();
      return;
    }
    const socket = netConnect(exec.socket);
    socket.on('error', () => {
      channel.stderr.write(`nc: ${exec.socket}: No such file or directory\n`);
      channel.exit(1);
      channel.end();
    });
    channel.pipe(socket);
    socket.pipe(channel);
    socket.on('end', () => {
      channel.exit(0);
    });
  }
}
