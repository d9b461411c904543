#!/usr/bin/env node
// Thin launcher so the bin exists before the first build; the CLI itself is src/cli.ts.
import process from 'node:process';
import { runCli } from '../dist/cli.js';

process.exitCode = runCli(process.argv.slice(2));
