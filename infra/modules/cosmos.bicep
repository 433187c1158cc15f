// Cosmos DB for NoSQL, serverless (pay per request: nothing to pay at rest but storage), local
// (key) authentication off. The containers mirror shared/adapters/cosmos/containers.ts, which the
// local stack creates from: test/unit/infra.test.ts keeps the two in step.

@description('Name of the Cosmos DB account.')
param accountName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the database (COSMOS_DATABASE).')
param databaseName string

// Only the paths a query filters or sorts on are indexed; point reads by id need no index.
var nothingIndexed = {
  indexingMode: 'consistent'
  includedPaths: []
  excludedPaths: [{ path: '/*' }]
}

var containers = [
  {
    name: 'partners'
    partitionKey: '/id'
    indexingPolicy: null
    defaultTtl: null
  }
  {
    // One entry per partner, all in one partition: the operator's list, newest first.
    name: 'partnerDirectory'
    partitionKey: '/directory'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/directory/?' }, { path: '/createdAt/?' }]
      excludedPaths: [{ path: '/*' }]
      compositeIndexes: [
        [
          { path: '/directory', order: 'ascending' }
          { path: '/createdAt', order: 'descending' }
        ]
      ]
    }
    defaultTtl: null
  }
  {
    name: 'tokens'
    partitionKey: '/id'
    indexingPolicy: nothingIndexed
    defaultTtl: null
  }
  {
    name: 'productKeys'
    partitionKey: '/id'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/batchId/?' }, { path: '/state/?' }]
      excludedPaths: [{ path: '/*' }]
    }
    defaultTtl: null
  }
  {
    name: 'keyBatches'
    partitionKey: '/id'
    indexingPolicy: null
    defaultTtl: null
  }
  {
    name: 'redemptions'
    partitionKey: '/partnerId'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/*' }]
      excludedPaths: [{ path: '/keys/*' }, { path: '/"_etag"/?' }]
      compositeIndexes: [
        [
          { path: '/partnerId', order: 'ascending' }
          { path: '/createdAt', order: 'descending' }
        ]
      ]
    }
    defaultTtl: null
  }
  {
    name: 'failedKeyAttempts'
    partitionKey: '/id'
    indexingPolicy: nothingIndexed
    defaultTtl: null
  }
  {
    // Replays are kept 24 h; the per-document ttl only tidies up (expiry is also checked on read).
    // Found by id; the purge of a deleted tenant asks for the records that name it.
    name: 'idempotency'
    partitionKey: '/id'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/tenantIds/[]/?' }]
      excludedPaths: [{ path: '/*' }]
    }
    defaultTtl: -1
  }
  {
    name: 'tenants'
    partitionKey: '/id'
    indexingPolicy: null
    defaultTtl: null
  }
  {
    name: 'domainClaims'
    partitionKey: '/id'
    indexingPolicy: nothingIndexed
    defaultTtl: null
  }
  {
    // The timers ask for nextNoticeAt <= now and nextEventAt <= now across partitions, ordered: only
    // those and tenantId are indexed, so a sweep's cost follows the work due.
    name: 'subscriptions'
    partitionKey: '/id'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/nextEventAt/?' }, { path: '/nextNoticeAt/?' }, { path: '/tenantId/?' }]
      excludedPaths: [{ path: '/*' }]
    }
    defaultTtl: null
  }
  {
    name: 'users'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/tenantId/?' }, { path: '/createdAt/?' }, { path: '/userName/?' }]
      excludedPaths: [{ path: '/*' }]
      compositeIndexes: [
        [
          { path: '/tenantId', order: 'ascending' }
          { path: '/createdAt', order: 'ascending' }
        ]
      ]
    }
    defaultTtl: null
  }
  {
    // The notification sweep asks for status = pending and nextSweepAt <= now.
    name: 'notifications'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [
        { path: '/tenantId/?' }
        { path: '/subscriptionId/?' }
        { path: '/createdAt/?' }
        { path: '/status/?' }
        { path: '/nextSweepAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
      compositeIndexes: [
        [
          { path: '/tenantId', order: 'ascending' }
          { path: '/createdAt', order: 'descending' }
        ]
      ]
    }
    defaultTtl: null
  }
  {
    name: 'partnerTenants'
    partitionKey: '/partnerId'
    indexingPolicy: null
    defaultTtl: null
  }
  {
    // A partner's subscriptions by the end of their term: one partition, ordered by termEnd.
    name: 'partnerSubscriptions'
    partitionKey: '/partnerId'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/partnerId/?' }, { path: '/termEnd/?' }]
      excludedPaths: [{ path: '/*' }]
      compositeIndexes: [
        [
          { path: '/partnerId', order: 'ascending' }
          { path: '/termEnd', order: 'ascending' }
        ]
      ]
    }
    defaultTtl: null
  }
  {
    // Read by id; the offer-expiry sweep asks for status = pending and expiresAt <= now.
    name: 'delegationOffers'
    partitionKey: '/id'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/status/?' }, { path: '/expiresAt/?' }]
      excludedPaths: [{ path: '/*' }]
    }
    defaultTtl: null
  }
  {
    // A tenant's offers newest first (a partner's own among them): one partition, by createdAt.
    name: 'tenantOffers'
    partitionKey: '/tenantId'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [{ path: '/tenantId/?' }, { path: '/partnerId/?' }, { path: '/createdAt/?' }]
      excludedPaths: [{ path: '/*' }]
      compositeIndexes: [
        [
          { path: '/tenantId', order: 'ascending' }
          { path: '/createdAt', order: 'descending' }
        ]
      ]
    }
    defaultTtl: null
  }
  {
    // A partner's event feed, oldest first by (createdAt, id); the purge asks for createdAt < 30 days ago.
    name: 'events'
    partitionKey: '/partnerId'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [
        { path: '/partnerId/?' }
        { path: '/createdAt/?' }
        { path: '/id/?' }
        { path: '/plannedAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
      compositeIndexes: [
        [
          { path: '/createdAt', order: 'ascending' }
          { path: '/id', order: 'ascending' }
        ]
      ]
    }
    defaultTtl: null
  }
  {
    // A partner's webhook endpoints: one document per partner, read by id.
    name: 'webhookEndpoints'
    partitionKey: '/id'
    indexingPolicy: nothingIndexed
    defaultTtl: null
  }
  {
    // An endpoint's deliveries newest first and its held ones; the sweep asks for pending and due.
    name: 'webhookDeliveries'
    partitionKey: '/endpointId'
    indexingPolicy: {
      indexingMode: 'consistent'
      includedPaths: [
        { path: '/endpointId/?' }
        { path: '/createdAt/?' }
        { path: '/status/?' }
        { path: '/nextAttemptAt/?' }
      ]
      excludedPaths: [{ path: '/*' }]
      compositeIndexes: [
        [
          { path: '/endpointId', order: 'ascending' }
          { path: '/createdAt', order: 'descending' }
        ]
      ]
    }
    defaultTtl: null
  }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    capabilities: [{ name: 'EnableServerless' }]
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: { tier: 'Continuous7Days' }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: { id: databaseName }
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in containers: {
    parent: database
    name: container.name
    properties: {
      resource: union(
        {
          id: container.name
          partitionKey: { paths: [container.partitionKey], kind: 'Hash', version: 2 }
        },
        container.indexingPolicy == null ? {} : { indexingPolicy: container.indexingPolicy },
        container.defaultTtl == null ? {} : { defaultTtl: container.defaultTtl }
      )
    }
  }
]

output accountName string = account.name
output endpoint string = account.properties.documentEndpoint
