import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../dev/clock';
import { verifyWebhook } from '../../dev/webhook-receiver';

const DAY = 86_400_000;
const T0 = Date.parse('2026-12-06T12:00:00Z');

/** A clock over a real time the test moves by hand. */
function clockAt(offsetMs = 0) {
  let real = T0;
  const clock = new AdjustableClock(offsetMs, () => real);
  return { clock, pass: (ms: number) => (real += ms), real: () => real };
}
const secret = `whsec_${Buffer.from('a secret of the local receiver!!').toString('base64')}`;

function signedAt(at: Date) {
  const body = new TextEncoder().encode('{"type":"ping"}');
  const headers = {
    'webhook-id': 'msg_1',
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign('msg_1', at, body),
  };
  return { headers, body };
}

describe('the local stack clock as the webhook receiver reads it', () => {
  it('when the clock has not moved, then it showed one span: from the instant asked about until now', () => {
    const { clock, real } = clockAt(DAY);
    const since = real() - 10_000;
    expect(clock.shownSince(since)).toEqual([{ from: new Date(since + DAY), to: new Date(real() + DAY) }]);
  });

  it('when it moved 20 days twice within the window, then it showed three spans, newest first, and a move before the window adds none', () => {
    const { clock, pass, real } = clockAt();
    clock.advance(DAY); // before the window
    pass(1_000);
    const since = real();
    pass(2_000);
    clock.advance(20 * DAY);
    pass(3_000);
    clock.advance(20 * DAY);
    pass(1_000);
    expect(clock.shownSince(since)).toEqual([
      { from: new Date(since + 5_000 + 41 * DAY), to: new Date(since + 6_000 + 41 * DAY) },
      { from: new Date(since + 2_000 + 21 * DAY), to: new Date(since + 5_000 + 21 * DAY) },
      { from: new Date(since + DAY), to: new Date(since + 2_000 + DAY) },
    ]);
  });

  it('when a delivery was stamped before a move it crossed, then it verifies against the spans, and not against the clock now', () => {
    const { clock, pass, real } = clockAt();
    const since = real();
    const stamped = clock.now();
    pass(500);
    clock.advance(20 * DAY);
    pass(500);
    const { headers, body } = signedAt(stamped);
    expect(verifyWebhook([secret], headers, body, clock.shownSince(since)).verified).toBe(true);
    const alone = verifyWebhook([secret], headers, body, clock.now());
    expect(alone.verified).toBe(false);
    expect(alone.verifyError).toMatch(/behind the stack clock/);
  });

  it('when a delivery is stamped 20 days before anything the clock showed in the window, then it is refused', () => {
    const { clock, real } = clockAt(40 * DAY);
    const { headers, body } = signedAt(new Date(real() + 20 * DAY));
    const verdict = verifyWebhook([secret], headers, body, clock.shownSince(real() - 10_000));
    expect(verdict.verified).toBe(false);
    expect(verdict.verifyError).toMatch(/behind the stack clock/);
  });
});
