import type { JSONObject } from '@azure/cosmos';
import { createCosmosClient } from '../shared/adapters/cosmos/client';
import { loadConfig } from '../shared/config';
import { randomBytes } from 'node:crypto';
import { median, percentile, row, timed } from './measure';
import { startStackProcess, type StackProcess } from './stack-process';
import { api, newPartner } from './api-client';
import { benchFlowThroughput, benchRequestsPerFlow } from './flow-bench';
import { benchTimers } from './timers-bench';

/**
 * `npm run bench`: figures for the README's Performance section, measured on this machine against
 * the local stack started as `npm start` starts it (its own process, in-memory Cosmos DB server).
 * Each figure is the median of several runs.
 */
const MINT_COUNT = 10_000;
const RUNS = 3;
const PARTNERS = 16;
const KEYS_PER_PARTNER = 50;

/** A document of the same shape as a product key, for the raw-bulk baseline. */
function keyLikeDocument(i: number): JSONObject {
  return {
    id: randomBytes(32).toString('hex'),
    batchId: 'bench',
    sku: 'BUSINESS_BASIC',
    seats: 1,
    termMonths: 12,
    lastGroup: 'BCDFG',
    state: 'available',
    reservation: null,
    redemption: null,
    revocation: null,
    createdAt: new Date(i).toISOString(),
  };
}

async function benchMinting(stack: StackProcess, operator: string): Promise<void> {
  const cosmos = createCosmosClient(loadConfig(stack.settings));
  const container = cosmos.database(stack.settings['COSMOS_DATABASE'] as string).container('productKeys');
  const minting: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { ms } = await timed(() =>
      api(stack.apiBaseUrl, 'POST', '/product-key-batches', operator, {
        sku: 'BUSINESS_BASIC',
        seatsPerKey: 1,
        termMonths: 12,
        count: MINT_COUNT,
      }),
    );
    minting.push((MINT_COUNT / ms) * 1000);
    const docs = Array.from({ length: MINT_COUNT }, (_, i) => keyLikeDocument(i));
    const bulk = await timed(() =>
      container.items.executeBulkOperations(
        docs.map((doc) => ({
          operationType: 'Create' as const,
          partitionKey: doc['id'] as string,
          resourceBody: doc,
        })),
      ),
    );
    if (bulk.result.some((r) => r.response?.statusCode !== 201)) throw new Error('raw bulk create failed');
    raw.push((MINT_COUNT / bulk.ms) * 1000);
  }
  cosmos.dispose();
  const mintRate = median(minting);
  const rawRate = median(raw);
  console.log(
    row(
      `mint ${MINT_COUNT.toLocaleString('en')} keys (POST /product-key-batches, end to end)`,
      `${Math.round(mintRate)} keys/s`,
    ),
  );
  console.log(
    row(
      `raw SDK bulk create, ${MINT_COUNT.toLocaleString('en')} documents, same store`,
      `${Math.round(rawRate)} docs/s`,
    ),
  );
  console.log(
    row('minting throughput as a share of raw bulk', `${Math.round((mintRate / rawRate) * 100)} %`),
  );
}

async function benchAddKey(stack: StackProcess, operator: string): Promise<void> {
  const minted = await api(stack.apiBaseUrl, 'POST', '/product-key-batches', operator, {
    sku: 'BUSINESS_BASIC',
    seatsPerKey: 1,
    termMonths: 12,
    count: PARTNERS * KEYS_PER_PARTNER,
  });
  const keys = minted['keys'] as string[];
  const partners = await Promise.all(
    Array.from({ length: PARTNERS }, async (_, i) => {
      const token = await newPartner(stack.apiBaseUrl, operator, `add-key-${i}`);
      const redemption = await api(stack.apiBaseUrl, 'POST', '/redemptions', token, { attestation: true });
      return { token, redemptionId: redemption['id'] as string };
    }),
  );
  const latencies: number[] = [];
  const { ms } = await timed(() =>
    Promise.all(
      partners.map(async (partner, p) => {
        for (let k = 0; k < KEYS_PER_PARTNER; k += 1) {
          const key = keys[p * KEYS_PER_PARTNER + k];
          const { ms: latency } = await timed(() =>
            api(stack.apiBaseUrl, 'POST', `/redemptions/${partner.redemptionId}/keys`, partner.token, {
              key,
            }),
          );
          latencies.push(latency);
        }
      }),
    ),
  );
  console.log(
    row(
      `add key, ${PARTNERS} concurrent partners × ${KEYS_PER_PARTNER} keys`,
      `p50 ${percentile(latencies, 50).toFixed(1)} ms · p95 ${percentile(latencies, 95).toFixed(1)} ms · ${Math.round((latencies.length / ms) * 1000)} req/s`,
    ),
  );
}

async function main(): Promise<void> {
  console.log(`Keycard benchmarks: Node ${process.version}, ${RUNS} runs each where repeated, medians\n`);
  const startUps: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const stack = await startStackProcess();
    startUps.push(stack.startedInMs);
    await stack.stop();
  }
  console.log(
    row(
      'npm start (already built) to the first healthy /api/v1/health',
      `${(median(startUps) / 1000).toFixed(2)} s`,
    ),
  );

  const stack = await startStackProcess();
  try {
    const operator = stack.settings['OPERATOR_TOKEN'] as string;
    await benchMinting(stack, operator);
    await benchAddKey(stack, operator);
    await benchFlowThroughput(stack, operator);
  } finally {
    await stack.stop();
  }
  await benchRequestsPerFlow();
  await benchTimers();
}

const only = process.argv[2];
(only === 'timers' ? benchTimers() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
