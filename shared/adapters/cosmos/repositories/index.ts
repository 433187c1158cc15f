import type { AllRepositories } from '../../../app/webhook-ports';
import type { DocumentStore } from '../document-store';
import { CosmosEventRepository } from './events';
import { CosmosWebhookDeliveryRepository, cosmosPartnerWebhooksRepository } from './webhooks';
import { CosmosIdempotencyRepository } from './idempotency';
import { CosmosKeyBatchRepository, CosmosProductKeyRepository } from './inventory';
import { CosmosNotificationRepository } from './notifications';
import { CosmosPartnerDirectoryRepository, CosmosPartnerRepository, cosmosTokenRepository } from './partners';
import { CosmosRedemptionRepository, cosmosFailedKeyAttemptsRepository } from './redemptions';
import { CosmosPartnerSubscriptionRepository, CosmosSubscriptionRepository } from './subscriptions';
import {
  CosmosPartnerTenantRepository,
  CosmosUserRepository,
  CosmosDelegationOfferRepository,
  CosmosTenantOfferRepository,
  cosmosDomainClaimRepository,
  CosmosTenantRepository,
} from './tenants';

/** Every container's repository over one store (shared/runtime.ts; tests and the bench over theirs). */
export function cosmosRepositories(store: DocumentStore): AllRepositories {
  return {
    partners: new CosmosPartnerRepository(store),
    partnerDirectory: new CosmosPartnerDirectoryRepository(store),
    tokens: cosmosTokenRepository(store),
    productKeys: new CosmosProductKeyRepository(store),
    keyBatches: new CosmosKeyBatchRepository(store),
    redemptions: new CosmosRedemptionRepository(store),
    failedKeyAttempts: cosmosFailedKeyAttemptsRepository(store),
    idempotency: new CosmosIdempotencyRepository(store),
    tenants: new CosmosTenantRepository(store),
    domainClaims: cosmosDomainClaimRepository(store),
    subscriptions: new CosmosSubscriptionRepository(store),
    users: new CosmosUserRepository(store),
    notifications: new CosmosNotificationRepository(store),
    partnerTenants: new CosmosPartnerTenantRepository(store),
    partnerSubscriptions: new CosmosPartnerSubscriptionRepository(store),
    delegationOffers: new CosmosDelegationOfferRepository(store),
    tenantOffers: new CosmosTenantOfferRepository(store),
    events: new CosmosEventRepository(store),
    webhookEndpoints: cosmosPartnerWebhooksRepository(store),
    webhookDeliveries: new CosmosWebhookDeliveryRepository(store),
  };
}
