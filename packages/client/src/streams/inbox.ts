import { ReadThrottle, type Reading } from './read-throttle.js';

/** A hole in a sparse download, as `holes: 'objects'` delivers it: `hole` bytes of zeros not sent. */
export interface StreamHole {
  readonly hole: number;
}

/** How a sparse download hands out holes: as zero-filled Buffers (a plain byte stream), or as `{ hole }` objects. */
export type HoleMode = 'zeros' | 'objects';

/** What the inbox needs from the Node stream, and from the channel to stop and restart reading the connection. */
export interface InboxTarget extends Reading {
  /** Readable.push: false when the Node stream's own buffer is full. */
  push(chunk: Buffer | StreamHole | null): boolean;
}

/** Zero-filled chunks for holes are at most this big, so a hole costs memory only as it is read. */
export const ZERO_CHUNK_BYTES = 256 * 1024;

/** A hole still to be handed out as zeros. */
interface ZeroRun {
  zeros: number;
}

type Entry = Buffer | ZeroRun | StreamHole;

/**
 * The receive buffer of a download or console: packets queue here until the Node stream wants
 * them, and a ReadThrottle holds the connection back once `limitBytes` of data wait. Holes cost
 * nothing while queued; in `zeros` mode they become zero-filled Buffers only as they are read.
 */
export class Inbox {
  private readonly target: InboxTarget;
  private readonly throttle: ReadThrottle;
  private readonly holes: HoleMode;
  private readonly queue: Entry[] = [];
  private head = 0;
  private wanted = false;
  private ended = false;

  constructor(target: InboxTarget, limitBytes: number, holes: HoleMode) {
    this.target = target;
    this.throttle = new ReadThrottle(target, limitBytes);
    this.holes = holes;
  }

  data(bytes: Uint8Array): void {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this.wanted && this.head === this.queue.length) {
      this.wanted = this.target.push(buffer);
      return;
    }
    this.queue.push(buffer);
    this.throttle.queued(buffer.byteLength);
    this.flush();
  }

  hole(length: number): void {
    this.queue.push(this.holes === 'objects' ? { hole: length } : { zeros: length });
    this.flush();
  }

  /** No more data: the Node stream ends once the queue is read. */
  end(): void {
    this.ended = true;
    this.flush();
  }

  /** Readable._read: the consumer wants more. */
  read(): void {
    this.wanted = true;
    this.flush();
  }

  private flush(): void {
    while (this.wanted && this.head < this.queue.length) {
      const entry = this.queue[this.head] as Entry;
      if (Buffer.isBuffer(entry)) {
        this.head++;
        this.throttle.drained(entry.byteLength);
        this.wanted = this.target.push(entry);
      } else if ('hole' in entry) {
        this.head++;
        this.wanted = this.target.push(entry);
      } else {
        const size = Math.min(entry.zeros, ZERO_CHUNK_BYTES);
        entry.zeros -= size;
        if (entry.zeros === 0) this.head++;
        this.wanted = this.target.push(Buffer.alloc(size));
      }
    }
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    } else if (this.head > 1024) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    if (this.ended && this.head === this.queue.length) {
      this.ended = false;
      this.target.push(null);
    }
  }
}

/**
 * An inbox that delivers to a Node stream's `push` and holds the connection back through the
 * stream's channel when it fills: what every stream that receives data needs.
 */
export function channelInbox(push: InboxTarget['push'], channel: Reading, limitBytes: number, holes: HoleMode): Inbox {
  return new Inbox(
    {
      push,
      pauseReading: () => {
        channel.pauseReading();
      },
      resumeReading: () => {
        channel.resumeReading();
      },
    },
    limitBytes,
    holes,
  );
}
