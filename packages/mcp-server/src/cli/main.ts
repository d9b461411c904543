#!/usr/bin/env node
import { runCli } from './run-cli.js';

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  // Expected failures (usage, config, server) are reported by runCli; this is a bug's last word.
  process.stderr.write(
    `libvirt-mcp-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
