/** The command line: every flag, the commands, and clear errors for anything else. */
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseCliArgs', () => {
  it('with no arguments, serves with nothing set', () => {
    expect(parseCliArgs([])).toEqual({
      command: 'serve',
      help: false,
      version: false,
      printConfig: false,
      flags: { hosts: [], readOnly: false },
    });
  });

  it('reads every flag of the issue', () => {
    const args = parseCliArgs([
      '--config',
      'c.yaml',
      '--transport',
      'http',
      '--libvirt-uri',
      'qemu:///system',
      '--host',
      'a=test:///default',
      '--host=b=qemu+ssh://kvm/system?keyfile=/k',
      '--read-only',
      '--toolsets',
      'host,domain',
      '--http-host',
      '0.0.0.0',
      '--http-port',
      '9000',
      '--log-level',
      'debug',
      '--log-file',
      'x.log',
      '--audit-file',
      'a.log',
    ]);
    expect(args.flags).toEqual({
      config: 'c.yaml',
      transport: 'http',
      libvirtUri: 'qemu:///system',
      hosts: ['a=test:///default', 'b=qemu+ssh://kvm/system?keyfile=/k'],
      readOnly: true,
      toolsets: 'host,domain',
      httpHost: '0.0.0.0',
      httpPort: '9000',
      logLevel: 'debug',
      logFile: 'x.log',
      auditFile: 'a.log',
    });
    expect(args.command).toBe('serve');
  });

  it('reads --help, --version, --print-config and their short forms', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['-h']).help).toBe(true);
    expect(parseCliArgs(['--version']).version).toBe(true);
    expect(parseCliArgs(['-V']).version).toBe(true);
    expect(parseCliArgs(['--print-config', '-c', 'x.yaml']).printConfig).toBe(true);
  });

  it('reads the check command, with flags before or after it', () => {
    expect(parseCliArgs(['check']).command).toBe('check');
    const args = parseCliArgs(['--read-only', 'check', '--host', 'a=test:///default']);
    expect(args.command).toBe('check');
    expect(args.flags.readOnly).toBe(true);
    expect(args.flags.hosts).toEqual(['a=test:///default']);
    expect(parseCliArgs(['serve']).command).toBe('serve');
  });

  it('rejects unknown flags, commands and extra arguments clearly', () => {
    expect(usageError(['--bogus'])).toBe("unknown option '--bogus'");
    expect(usageError(['-x'])).toBe("unknown option '-x'");
    expect(usageError(['--readonly'])).toBe("unknown option '--readonly'");
    expect(usageError(['start'])).toBe("unknown command 'start' (commands: serve, check)");
    expect(usageError(['check', 'now'])).toBe("unexpected argument 'now'");
  });

  it('rejects missing values and values given to switches', () => {
    expect(usageError(['--transport'])).toBe("option '--transport' needs a value");
    expect(usageError(['--read-only=yes'])).toBe("option '--read-only' takes no value");
    expect(usageError(['--config', '--read-only'])).toBe(
      "option '--config' needs a value (write --config=VALUE for a value that starts with '-')",
    );
  });

  it('rejects a single-valued flag given twice, but not a repeated --host', () => {
    expect(usageError(['--http-port', '1', '--http-port', '2'])).toBe("option '--http-port' was given more than once");
    expect(parseCliArgs(['--host', 'a=x:///', '--host', 'b=y:///']).flags.hosts).toHaveLength(2);
  });
});
