/** What a throttle stops and restarts: the stream's channel, which holds the connection's socket. */
export interface Reading {
  pauseReading(): void;
  resumeReading(): void;
}

/**
 * The brake on what a stream receives. Libvirt has no flow control of its own (the daemon sends
 * the next packet as soon as the last one left its socket), so the only brake is TCP: once
 * `limitBytes` of received data wait, the connection's socket stops being read, and it resumes
 * when they are down to half.
 */
export class ReadThrottle {
  readonly #reading: Reading;
  readonly #limitBytes: number;
  #queuedBytes = 0;
  #paused = false;

  constructor(reading: Reading, limitBytes: number) {
    this.#reading = reading;
    this.#limitBytes = limitBytes;
  }

  /** `bytes` more wait. */
  queued(bytes: number): void {
    this.#queuedBytes += bytes;
    if (!this.#paused && this.#queuedBytes >= this.#limitBytes) {
      this.#paused = true;
      this.#reading.pauseReading();
    }
  }

  /** `bytes` of those waiting are gone. */
  drained(bytes: number): void {
    this.#queuedBytes -= bytes;
    if (this.#paused && this.#queuedBytes <= this.#limitBytes / 2) {
      this.#paused = false;
      this.#reading.resumeReading();
    }
  }
}
