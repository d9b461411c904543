import { REDACTED, redactUri } from '../redact/uri.js';
import type { Config } from './schema.js';

/** The configuration as --print-config shows it: tokens and URI passwords replaced, nothing else changed. */
export function redactConfig(config: Config): Config {
  return {
    ...config,
    hosts: config.hosts.map((host) => ({ ...host, uri: redactUri(host.uri) })),
    http: {
      ...config.http,
      ...(config.http.token === undefined ? {} : { token: REDACTED }),
    },
  };
}
