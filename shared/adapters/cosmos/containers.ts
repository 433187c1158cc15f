import type { IndexingPolicy } from '@azure/cosmos';

/**
 * Every container the code uses, with its partition key and indexing. Locally the dev stack creates
 * them from this list; in Azure `infra/` declares the same (a test keeps the two in step).
 * Partition keys are chosen so that request paths use point reads or single-partition queries.
 */
export interface ContainerSpec {
  partitionKeyPath: string;
  indexingPolicy?: IndexingPolicy;
  /** -1: TTL on, per document `ttl`. Only for tidying: correctness never depends on it. */
  defaultTtl?: number;
}

const NOTHING_INDEXED: IndexingPolicy = {
  indexingMode: 'consistent',
  includedPaths: [],
  excludedPaths: [{ path: '/*' }],
};

export const CONTAINERS = {
  partners: { partitionKeyPath: '/id' },
  tokens: { partitionKeyPath: '/id', indexingPolicy: NOTHING_INDEXED },
  productKeys: {
    partitionKeyPath: '/id',
    // Keys are only ever read by id; indexing every field of 10,000-key batches would cost RUs for nothing.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/batchId/?' }, { path: '/state/?' }],
      excludedPaths: [{ path: '/*' }],
    },
  },
  keyBatches: { partitionKeyPath: '/id' },
  redemptions: {
    partitionKeyPath: '/partnerId',
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/*' }],
      excludedPaths: [{ path: '/keys/*' }, { path: '/"_etag"/?' }],
      compositeIndexes: [
        [
          { path: '/partnerId', order: 'ascending' },
          { path: '/createdAt', order: 'descending' },
        ],
      ],
    },
  },
  failedKeyAttempts: { partitionKeyPath: '/id', indexingPolicy: NOTHING_INDEXED },
  idempotency: { partitionKeyPath: '/id', indexingPolicy: NOTHING_INDEXED, defaultTtl: -1 },
} as const satisfies Record<string, ContainerSpec>;

export type ContainerName = keyof typeof CONTAINERS;
export const CONTAINER_NAMES = Object.keys(CONTAINERS) as ContainerName[];
