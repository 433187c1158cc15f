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
  partnerDirectory: {
    partitionKeyPath: '/directory',
    // One entry per partner, all in one partition: the operator's list, newest first.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/directory/?' }, { path: '/createdAt/?' }],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/directory', order: 'ascending' },
          { path: '/createdAt', order: 'descending' },
        ],
      ],
    },
  },
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
  idempotency: {
    partitionKeyPath: '/id',
    // Found by id; the purge of a deleted tenant asks for the records that name it.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/tenantIds/[]/?' }],
      excludedPaths: [{ path: '/*' }],
    },
    defaultTtl: -1,
  },
  tenants: { partitionKeyPath: '/id' },
  domainClaims: { partitionKeyPath: '/id', indexingPolicy: NOTHING_INDEXED },
  subscriptions: {
    partitionKeyPath: '/id',
    // The timers ask for `nextNoticeAt <= now` and `nextEventAt <= now`, across partitions, ordered:
    // only those are indexed, so a sweep's cost follows the work due, not the number of subscriptions.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/nextEventAt/?' }, { path: '/nextNoticeAt/?' }, { path: '/tenantId/?' }],
      excludedPaths: [{ path: '/*' }],
    },
  },
  users: {
    partitionKeyPath: '/tenantId',
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/tenantId/?' }, { path: '/createdAt/?' }, { path: '/userName/?' }],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/tenantId', order: 'ascending' },
          { path: '/createdAt', order: 'ascending' },
        ],
      ],
    },
  },
  notifications: {
    partitionKeyPath: '/tenantId',
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [
        { path: '/tenantId/?' },
        { path: '/subscriptionId/?' },
        { path: '/createdAt/?' },
        { path: '/status/?' },
        { path: '/nextSweepAt/?' },
      ],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/tenantId', order: 'ascending' },
          { path: '/createdAt', order: 'descending' },
        ],
      ],
    },
  },
  partnerTenants: { partitionKeyPath: '/partnerId' },
  partnerSubscriptions: {
    partitionKeyPath: '/partnerId',
    // A partner's subscriptions by the end of their term: one partition, ordered by termEnd.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/partnerId/?' }, { path: '/termEnd/?' }],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/partnerId', order: 'ascending' },
          { path: '/termEnd', order: 'ascending' },
        ],
      ],
    },
  },
  delegationOffers: {
    partitionKeyPath: '/id',
    // Read by id; the offer-expiry sweep (in subscription-lifecycle) asks, across partitions and in no
    // order, for status = pending and expiresAt <= now: only those two are indexed.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/status/?' }, { path: '/expiresAt/?' }],
      excludedPaths: [{ path: '/*' }],
    },
  },
  tenantOffers: {
    partitionKeyPath: '/tenantId',
    // A tenant's offers newest first (a partner's own among them): one partition, by createdAt.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [{ path: '/tenantId/?' }, { path: '/partnerId/?' }, { path: '/createdAt/?' }],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/tenantId', order: 'ascending' },
          { path: '/createdAt', order: 'descending' },
        ],
      ],
    },
  },
  events: {
    partitionKeyPath: '/partnerId',
    // A partner's feed: one partition, oldest first by (createdAt, id); the purge asks across
    // partitions, without ORDER BY, for createdAt < 30 days ago, webhook-sweep for plannedAt = null.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [
        { path: '/partnerId/?' },
        { path: '/createdAt/?' },
        { path: '/id/?' },
        { path: '/plannedAt/?' },
      ],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/createdAt', order: 'ascending' },
          { path: '/id', order: 'ascending' },
        ],
      ],
    },
  },
  // One document per partner (its endpoints), read by id.
  webhookEndpoints: { partitionKeyPath: '/id', indexingPolicy: NOTHING_INDEXED },
  webhookDeliveries: {
    partitionKeyPath: '/endpointId',
    // An endpoint's deliveries newest first, and its held ones; the sweep asks across partitions,
    // without ORDER BY, for status = pending and nextAttemptAt <= now; the purge for createdAt.
    indexingPolicy: {
      indexingMode: 'consistent',
      includedPaths: [
        { path: '/endpointId/?' },
        { path: '/createdAt/?' },
        { path: '/status/?' },
        { path: '/nextAttemptAt/?' },
      ],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/endpointId', order: 'ascending' },
          { path: '/createdAt', order: 'descending' },
        ],
      ],
    },
  },
} as const satisfies Record<string, ContainerSpec>;

export type ContainerName = keyof typeof CONTAINERS;
export const CONTAINER_NAMES = Object.keys(CONTAINERS) as ContainerName[];
