/**
 * Memory for large frames (libvirt's 256 KiB stream packets), reused when the code that consumed
 * a frame can prove nobody else holds it.
 *
 * Why: a volume download is one fresh 256 KiB frame after another. Fresh memory is expensive: the
 * kernel faults in and zeroes every page, and glibc hands freed memory back to it, so a download
 * into new buffers costs the client about twice the CPU of one that reuses its buffers as
 * libvirt's C client does (bench/stream). A Node Readable cannot reuse what it pushed (the
 * consumer owns it), but a consumer that writes each packet to a file and then drops it can.
 *
 * Only frames this pool handed out can come back, and only once: `release` ignores any other
 * memory, so a view of a shared buffer can never be recycled under someone else.
 */

/** Frames smaller than this are cheap to allocate and not worth tracking. */
export const POOLED_FRAME_MIN_BYTES = 64 * 1024;

/** Frames bigger than this (rare, large RPC replies) are left to the garbage collector. */
export const POOLED_FRAME_MAX_BYTES = 512 * 1024;

/** Free frames kept for reuse: a download in flight needs about its inbox limit (4 MiB) worth. */
export const POOL_CAPACITY = 24;

export class FramePool {
  readonly #capacity: number;
  readonly #free: ArrayBuffer[] = [];
  /** Memory this pool allocated for exactly one frame; only these may be released. */
  readonly #issued = new WeakSet<ArrayBuffer>();
  /** What is in `#free` now: a second release of the same frame must not list it twice. */
  readonly #isFree = new WeakSet<ArrayBuffer>();
  #reused = 0;
  #allocated = 0;

  constructor(capacity = POOL_CAPACITY) {
    this.#capacity = capacity;
  }

  /**
   * A Buffer of exactly `length` bytes that the caller owns alone, its own ArrayBuffer (possibly
   * longer) not shared with any other frame. Lengths outside the pooled range get plain memory.
   */
  take(length: number): Buffer {
    if (length < POOLED_FRAME_MIN_BYTES || length > POOLED_FRAME_MAX_BYTES) return Buffer.allocUnsafe(length);
    const free = this.#free.pop();
    if (free !== undefined) {
      this.#isFree.delete(free);
      if (free.byteLength >= length) {
        this.#reused++;
        return Buffer.from(free, 0, length);
      }
      // Too small for this frame: let it go, a bigger one takes its place when released.
    }
    // allocUnsafeSlow: its own ArrayBuffer of exactly this size, not a slice of Node's pool.
    const memory = Buffer.allocUnsafeSlow(length).buffer;
    this.#issued.add(memory);
    this.#allocated++;
    return Buffer.from(memory, 0, length);
  }

  /**
   * Gives a frame's memory back, given any view of it. The caller asserts that it held the only
   * reference to the frame and will not touch the view again. Memory the pool did not issue,
   * or that is already free, is ignored.
   */
  release(view: Uint8Array): void {
    const memory = view.buffer;
    if (!(memory instanceof ArrayBuffer) || !this.#issued.has(memory) || this.#isFree.has(memory)) return;
    if (this.#free.length >= this.#capacity) return;
    this.#isFree.add(memory);
    this.#free.push(memory);
  }

  /** How many frames came from reused memory and how many from new memory, since start. */
  get stats(): { readonly reused: number; readonly allocated: number; readonly free: number } {
    return { reused: this.#reused, allocated: this.#allocated, free: this.#free.length };
  }
}

/** The process's pool: every connection's large frames come from it. */
export const framePool = new FramePool();
