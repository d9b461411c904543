/** One thing wrong with the configuration: where (`hosts[1].uri`, `--http-port`) and what. */
export interface ConfigProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The configuration cannot be used. It carries every problem found, not only the first, so an
 * operator fixes a config file in one round instead of one error per start.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[], options?: { cause?: unknown }) {
    super(formatProblems(problems), options);
    this.problems = problems;
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => (p.path === '' ? `  ${p.message}` : `  ${p.path}: ${p.message}`));
  return [`invalid configuration (${count}):`, ...lines].join('\n');
}
