import { readFile } from 'node:fs/promises';
import ssh2 from 'ssh2';
import type {
  AnyAuthMethod,
  AuthenticationType,
  AuthHandlerMiddleware,
  KeyboardInteractiveCallback,
  ParsedKey,
  Prompt,
} from 'ssh2';
import { CredentialSource } from '../auth/credential-source.js';
import type { Credentials } from '../auth/credentials.js';
import type { SshAuthMethod } from '../uri/index.js';

/**
 * Answers to a password or keyboard-interactive prompt that a callback may give before the method
 * is given up: OpenSSH's NumberOfPasswordPrompts. (libvirt asks again for as long as the server
 * allows, which with a callback that always answers the same is until the server hangs up.)
 */
const PROMPT_ATTEMPTS = 3;

export interface SshAuthInput {
  /** The `sshauth` methods, in order. */
  readonly methods: readonly SshAuthMethod[];
  readonly username: string;
  /** The host as the URI spells it, for credential requests. */
  readonly hostname: string;
  /** For `privkey`. */
  readonly keyFile: string | undefined;
  /** `SSH_AUTH_SOCK`, for `agent`. */
  readonly agentSocket: string | undefined;
  readonly credentials: Credentials | undefined;
  /** The auth.conf answering what Credentials does not (`auth-ssh-HOST` groups). */
  readonly authConfigPath: string | undefined;
  /** Reads the key file; injectable for tests. */
  readonly readKeyFile?: (path: string) => Promise<Buffer>;
}

/** What authentication did, for the error when it fails. */
export interface SshAuthReport {
  /** One line per method: what was tried or why it was skipped. */
  readonly attempts: readonly string[];
  /** The methods the server said it accepts, once it said. */
  readonly serverMethods: readonly string[] | undefined;
  /** A failure that stopped authentication (an unreadable key, a callback that threw). */
  readonly fatal: Error | undefined;
  /** Every method was tried or skipped: ssh2's "All configured authentication methods failed" follows. */
  readonly exhausted: boolean;
}

/** The ssh protocol method each libvirt `sshauth` name uses. */
const PROTOCOL_METHOD: Readonly<Record<SshAuthMethod, AuthenticationType>> = {
  agent: 'publickey',
  privkey: 'publickey',
  password: 'password',
  'keyboard-interactive': 'keyboard-interactive',
};

function isParsedKey(value: unknown): value is ParsedKey {
  return typeof value === 'object' && value !== null && 'isPrivateKey' in value;
}

function parsePrivateKey(data: Buffer, passphrase?: string): ParsedKey | Error {
  const parsed: unknown = ssh2.utils.parseKey(data, passphrase);
  if (parsed instanceof Error) return parsed;
  const key: unknown = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!isParsedKey(key)) return new Error('no key found');
  if (!key.isPrivateKey()) return new Error('not a private key');
  return key;
}

/** ssh2's words for a key it cannot open without a passphrase. */
function needsPassphrase(error: Error): boolean {
  return /encrypted|passphrase/i.test(error.message);
}

/**
 * Drives ssh2's authentication the way libvirt's libssh/libssh2 sessions do
 * (`virNetLibsshAuthenticate`): first `none`, to learn which methods the server accepts, then
 * each `sshauth` method in order, skipping those the server does not offer. `agent` uses
 * `SSH_AUTH_SOCK`; `privkey` the key file, asking for its passphrase (`passphrase` credential)
 * when it is encrypted; `password` takes its first answer in Credentials' order (fixed value,
 * callback, auth.conf's `auth-ssh-HOST`) and, after a refusal, asks the callback again, three
 * answers at most; keyboard-interactive answers hidden prompts the same way and visible ones
 * with a `username` request.
 */
export function sshAuthHandler(input: SshAuthInput): { handler: AuthHandlerMiddleware; report: () => SshAuthReport } {
  const attempts: string[] = [];
  let serverMethods: readonly string[] | undefined;
  let fatal: Error | undefined;
  let exhausted = false;
  let started = false;
  let next = 0;
  let passwordAnswers = 0;
  let keyboardRounds = 0;
  // password and keyboard-interactive may be offered again after a failed answer.
  let repeat: SshAuthMethod | undefined;
  const readKeyFile = input.readKeyFile ?? ((path: string) => readFile(path));
  const source = new CredentialSource({
    credentials: input.credentials,
    authConfigPath: input.authConfigPath,
    service: 'ssh',
    hostname: input.hostname,
  });

  const ask = async (kind: 'username' | 'passphrase', prompt: string): Promise<string | undefined> =>
    source.request(kind, prompt, input.username);

  /**
   * The next password to try: the first from the fixed password, the callback or auth.conf
   * (Credentials' order); later ones, after a refusal, only from the callback, which may
   * answer differently.
   */
  const nextPassword = async (prompt: string): Promise<string | undefined> => {
    if (passwordAnswers >= PROMPT_ATTEMPTS) return undefined;
    passwordAnswers++;
    if (passwordAnswers === 1) return source.request('password', prompt, input.username);
    const callback = input.credentials?.callback;
    if (callback === undefined) return undefined;
    return callback({ kind: 'password', prompt, service: 'ssh', hostname: input.hostname, username: input.username });
  };

  const keyboardInteractive = (): AnyAuthMethod => ({
    type: 'keyboard-interactive',
    username: input.username,
    prompt(name: string, instructions: string, _lang: string, prompts: Prompt[], finish: KeyboardInteractiveCallback) {
      const header = [name, instructions].map((text) => text.trim()).filter((text) => text !== '');
      void (async () => {
        const answers: string[] = [];
        for (const { prompt, echo } of prompts) {
          const text = [...header, prompt.trim()].join('\n');
          const answer = echo === true ? await ask('username', text) : await nextPassword(text);
          if (answer === undefined) {
            attempts.push('keyboard-interactive: no answer for the prompt');
            repeat = undefined;
            break;
          }
          answers.push(answer);
        }
        finish(answers);
      })().catch((error: unknown) => {
        fatal = new Error(`cannot get credentials: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
        finish([]);
      });
    },
  });

  const methodFor = async (method: SshAuthMethod): Promise<AnyAuthMethod | undefined> => {
    const username = input.username;
    switch (method) {
      case 'agent':
        if (input.agentSocket === undefined || input.agentSocket === '') {
          attempts.push('agent: skipped, SSH_AUTH_SOCK is not set');
          return undefined;
        }
        attempts.push(`agent: tried the keys of ${input.agentSocket}`);
        return { type: 'agent', username, agent: input.agentSocket };
      case 'privkey': {
        const path = input.keyFile;
        if (path === undefined) {
          attempts.push('privkey: skipped, no key file');
          return undefined;
        }
        let data: Buffer;
        try {
          data = await readKeyFile(path);
        } catch (error) {
          fatal = new Error(`cannot read the private key ${path}: ${(error as Error).message}`, { cause: error });
          return undefined;
        }
        let key = parsePrivateKey(data);
        if (key instanceof Error && needsPassphrase(key)) {
          const passphrase = await ask('passphrase', `Passphrase for the key ${path}`);
          if (passphrase === undefined) {
            attempts.push(`privkey: skipped, ${path} is encrypted and no passphrase was given`);
            return undefined;
          }
          key = parsePrivateKey(data, passphrase);
        }
        if (key instanceof Error) {
          fatal = new Error(`cannot use the private key ${path}: ${key.message}`, { cause: key });
          return undefined;
        }
        attempts.push(`privkey: tried ${path}`);
        return { type: 'publickey', username, key };
      }
      case 'password': {
        // libvirt's prompt (virAuthGetPasswordPath).
        const password = await nextPassword(`Enter ${username}'s password for ${input.hostname}`);
        if (password === undefined) {
          attempts.push(
            source.hasAnySource ? 'password: no (more) password' : 'password: skipped, no credentials given',
          );
          return undefined;
        }
        attempts.push('password: tried');
        repeat = 'password';
        return { type: 'password', username, password };
      }
      case 'keyboard-interactive':
        if (!source.hasAnySource) {
          attempts.push('keyboard-interactive: skipped, no credentials given');
          return undefined;
        }
        if (keyboardRounds >= PROMPT_ATTEMPTS) return undefined;
        keyboardRounds++;
        attempts.push('keyboard-interactive: tried');
        repeat = 'keyboard-interactive';
        return keyboardInteractive();
    }
  };

  const choose = async (offered: readonly string[]): Promise<AnyAuthMethod | false> => {
    for (;;) {
      if (fatal !== undefined) return false;
      const method = repeat ?? input.methods[next++];
      repeat = undefined;
      if (method === undefined) return false;
      if (!offered.includes(PROTOCOL_METHOD[method])) {
        attempts.push(`${method}: skipped, the server does not offer ${PROTOCOL_METHOD[method]}`);
        continue;
      }
      const chosen = await methodFor(method);
      if (chosen !== undefined) return chosen;
    }
  };

  const handler: AuthHandlerMiddleware = (methodsLeft, _partialSuccess, callback) => {
    if (!started) {
      // As libvirt: `none` first; the server's answer lists the methods it accepts.
      started = true;
      callback({ type: 'none', username: input.username });
      return;
    }
    serverMethods = methodsLeft;
    choose(methodsLeft).then(
      (chosen) => {
        if (chosen === false) exhausted = true;
        callback(chosen as AnyAuthMethod);
      },
      (error: unknown) => {
        fatal = new Error(`cannot get credentials: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
        exhausted = true;
        callback(false as unknown as AnyAuthMethod);
      },
    );
  };

  return {
    handler,
    report: () => ({ attempts, serverMethods, fatal, exhausted }),
  };
}
