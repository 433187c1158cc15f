import { describe, expect, it } from 'vitest';
import { isQuietable } from '../../dev/quiet-log';

describe('npm start --quiet', () => {
  it('when the host logs a request or a function logs information, then the line is left out', () => {
    expect(isQuietable('GET /api/v1/health → 200 (3 ms)')).toBe(true);
    expect(isQuietable('[redemptions-complete] information: redemption r1 completed')).toBe(true);
    expect(isQuietable('[webhook-sweep] debug: nothing due')).toBe(true);
  });

  it('when something fails or warns, then the line is kept, so a quiet stack still says why', () => {
    expect(isQuietable('[subscriptions-por-set] error: subscriptions-por-set failed (request 1f2e)')).toBe(
      false,
    );
    expect(isQuietable('[webhook-deliver] warning: webhook delivery d1 is kept for the sweep')).toBe(false);
    expect(isQuietable('[renewal-notices] failed: TypeError: x is undefined')).toBe(false);
    expect(isQuietable('host error: Error: listen EADDRINUSE')).toBe(false);
    expect(isQuietable('warning: a shadows b (Azure routes by function name; rename one of them)')).toBe(
      false,
    );
  });
});
