import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSettings } from '../../dev/faults';
import {
  buildPartner,
  call,
  expectProblem,
  mintKeys,
  openRedemption,
  type TestPartner,
} from '../support/api';
import { startOwnHost, type OwnHost } from '../support/own-host';
import { confirmedRedemption, createTenantBody } from '../support/tenants';

/**
 * Cosmos DB failing, met by the app's real SDK through the fault proxy (dev/faults.ts): every request
 * is answered within 5 s (the test allows 8), with 503 problem+json and Retry-After, never a bare 500
 * and never the SDK's 60-second wait.
 */
let own: OwnHost;
let partner: TestPartner;
let openId: string;
let confirmedId: string;
let keys: string[];
const logged: string[] = [];

beforeAll(async () => {
  own = await startOwnHost({ faults: true, log: (line) => logged.push(line) });
  const base = own.apiBaseUrl;
  partner = await buildPartner({}, base);
  keys = await mintKeys(2, {}, base);
  openId = await openRedemption(partner, base);
  confirmedId = await confirmedRedemption(partner, [keys[0] as string], base);
});
afterAll(async () => own?.stop());

async function withCosmos(faults: Partial<FaultSettings>, run: () => Promise<void>): Promise<void> {
  const cosmos = own.faults.get('cosmos');
  if (!cosmos) throw new Error('no Cosmos proxy');
  await cosmos.set(faults);
  try {
    await run();
  } finally {
    await cosmos.set({ outage: 'none', failRate: 0 });
  }
}

const requests = () => [
  { method: 'GET', path: '/partners/me' },
  { method: 'POST', path: '/redemptions', body: { attestation: true } },
  { method: 'POST', path: `/redemptions/${openId}/keys`, body: { key: keys[1] } },
  { method: 'POST', path: `/redemptions/${confirmedId}/complete`, body: createTenantBody() },
];

async function timedCall(request: { method: string; path: string; body?: unknown }) {
  const began = Date.now();
  const response = await call(request.method, request.path, {
    token: partner.token,
    baseUrl: own.apiBaseUrl,
    ...(request.body ? { body: request.body } : {}),
  });
  return { response, ms: Date.now() - began };
}

describe('when Cosmos DB fails', () => {
  for (const outage of ['refuse', 'blackhole'] as const) {
    it(`when it ${outage === 'refuse' ? 'refuses connections' : 'takes connections and never answers'}, then each request is 503 store_unavailable with Retry-After within 5 s`, async () => {
      await withCosmos({ outage }, async () => {
        // All at once: each is timed on its own, and a black-holed store makes each wait out its
        // deadline, which one after another added up to four of them (the bound is per request).
        const answers = await Promise.all(
          requests().map(async (request) => ({ request, ...(await timedCall(request)) })),
        );
        for (const { request, response, ms } of answers) {
          expectProblem(response, 503, 'store_unavailable');
          expect(Number(response.headers.get('retry-after')), request.path).toBeGreaterThan(0);
          expect(ms, `${request.method} ${request.path}`).toBeLessThan(8_000);
        }
      });
    });
  }

  it('when it throttles longer than the SDK retries, then each request is 503 store_busy with Retry-After', async () => {
    await withCosmos({ failRate: 1, kinds: ['throttle'] }, async () => {
      for (const request of requests()) {
        const { response, ms } = await timedCall(request);
        expectProblem(response, 503, 'store_busy');
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(ms).toBeLessThan(8_000);
      }
    });
  });

  it('when it answers 503 or resets connections, then the request is 503 store_unavailable', async () => {
    for (const kind of ['unavailable', 'reset'] as const) {
      await withCosmos({ failRate: 1, kinds: [kind] }, async () => {
        const { response } = await timedCall({ method: 'GET', path: '/partners/me' });
        expectProblem(response, 503, 'store_unavailable');
      });
    }
  });

  it('when it stops answering as a timer fires on its schedule, then that run is logged as failed and the host goes on serving', async () => {
    await withCosmos({ outage: 'refuse' }, async () => {
      logged.length = 0;
      // The callback croner runs when the schedule fires: a failure must stay one failed invocation.
      await own.host.fireSchedule('notification-sweep');
      expect(logged.filter((line) => line.startsWith('[notification-sweep] failed'))).toHaveLength(1);
      expect(logged.join('\n')).toContain('StoreUnavailableError');
      const { response } = await timedCall({ method: 'GET', path: '/partners/me' });
      expectProblem(response, 503, 'store_unavailable');
    });
    const { response } = await timedCall({ method: 'GET', path: '/partners/me' });
    expect(response.status).toBe(200);
  });

  it('when it is back, then the same requests succeed', async () => {
    const { response } = await timedCall({ method: 'GET', path: '/partners/me' });
    expect(response.status).toBe(200);
  });
});
