/**
 * The client side of libvirt's keepalive protocol, timed like virKeepAlive: whenever the peer
 * has been silent for a whole interval, send a PING; any message from the peer (a PONG, a reply,
 * an event) resets the count. After `count` PINGs without anything back, the peer is dead.
 * virsh's defaults are a 5 s interval and 6 PINGs.
 */
export interface KeepaliveOptions {
  /** Milliseconds of silence before a PING. */
  readonly intervalMs: number;
  /** PINGs sent without a sign of life before the peer is declared dead. */
  readonly count: number;
}

export const DEFAULT_KEEPALIVE: KeepaliveOptions = { intervalMs: 5000, count: 6 };

export interface KeepaliveActions {
  ping(): void;
  dead(idleMs: number): void;
}

export class Keepalive {
  private readonly options: KeepaliveOptions;
  private readonly actions: KeepaliveActions;
  private lastReceived: number;
  private intervalStart: number;
  private countToDeath: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: KeepaliveOptions, actions: KeepaliveActions) {
    if (!(options.intervalMs > 0) || !Number.isInteger(options.count) || options.count < 0) {
      throw new RangeError(`keepalive needs intervalMs > 0 and an integer count >= 0, got ${JSON.stringify(options)}`);
    }
    this.options = options;
    this.actions = actions;
    this.lastReceived = Date.now();
    this.intervalStart = this.lastReceived;
    this.countToDeath = options.count;
    this.schedule(options.intervalMs);
  }

  /** Any message from the peer proves it alive. Cheap: it runs for every message. */
  received(): void {
    this.lastReceived = Date.now();
    this.intervalStart = this.lastReceived;
    this.countToDeath = this.options.count;
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(this.tick, delayMs);
    // Keepalive alone must not keep a process running; the socket decides that.
    this.timer.unref();
  }

  private readonly tick = (): void => {
    this.timer = undefined;
    const now = Date.now();
    const sinceStart = now - this.intervalStart;
    if (sinceStart < this.options.intervalMs) {
      this.schedule(this.options.intervalMs - sinceStart);
      return;
    }
    if (this.countToDeath === 0) {
      this.actions.dead(now - this.lastReceived);
      return;
    }
    this.countToDeath--;
    this.intervalStart = now;
    this.schedule(this.options.intervalMs);
    this.actions.ping();
  };
}
