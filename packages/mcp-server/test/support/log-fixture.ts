/**
 * Run as its own process by test/unit/logging-logger.test.ts: logs a few lines with the server's
 * logger configured from argv[2] (the `logging` section as JSON), so the test can check what
 * reaches stdout, stderr and the log file.
 */
import { createLogger } from '../../src/logging/logger.js';

const logging = JSON.parse(process.argv[2] ?? '{"level":"info"}') as { level: 'info'; file?: string };
const logger = createLogger(logging);
logger.info({ token: 'secret-token-value' }, 'hello');
logger.debug('debug line');
logger.child({ host: 'lab1' }).warn('child line');
logger.error(new Error('boom'), 'failed');
