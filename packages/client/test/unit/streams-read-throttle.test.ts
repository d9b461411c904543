import { describe, expect, it } from 'vitest';
import { ReadThrottle } from '../../src/streams/read-throttle.js';

describe('ReadThrottle', () => {
  it('pauses once the limit waits and resumes once half of it is gone, each once', () => {
    const calls: string[] = [];
    const throttle = new ReadThrottle(
      {
        pauseReading: () => calls.push('pause'),
        resumeReading: () => calls.push('resume'),
      },
      100,
    );
    throttle.queued(60);
    expect(calls).toEqual([]);
    throttle.queued(40);
    throttle.queued(30);
    expect(calls).toEqual(['pause']);
    throttle.drained(50);
    expect(calls).toEqual(['pause']);
    throttle.drained(30);
    expect(calls).toEqual(['pause', 'resume']);
    throttle.drained(50);
    throttle.queued(99);
    expect(calls).toEqual(['pause', 'resume']);
  });
});
