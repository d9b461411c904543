/**
 * Data was written to a stream that can no longer send: it was finished, aborted or failed, or the
 * daemon ended it. The cause, when there is one, is what ended it.
 */
export class StreamClosedError extends Error {
  override readonly name = 'StreamClosedError';
}
