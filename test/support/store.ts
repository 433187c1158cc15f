import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { inject } from 'vitest';
import { CosmosDocumentStore } from '../../shared/adapters/cosmos/document-store';
import { cosmosRepositories } from '../../shared/adapters/cosmos/repositories';
import type { Repositories } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { Sealer, SecretHasher } from '../../shared/crypto/secrets';
import { newNotification, type Notification } from '../../shared/domain/notification';
import { normalizeKey } from '../../shared/domain/product-key';

/** Direct access to the shared stack's store, through the app's own repositories (real SDK, real server). */
export function sharedStore(): {
  repos: Repositories;
  hasher: SecretHasher;
  cosmos: CosmosClient;
  databaseId: string;
} {
  const config = loadConfig(inject('stack').settings);
  const cosmos = createCosmosClient(config);
  const store = new CosmosDocumentStore(cosmos, config.COSMOS_DATABASE);
  return {
    repos: cosmosRepositories(store),
    hasher: new SecretHasher(config.KEY_PEPPER),
    cosmos,
    databaseId: config.COSMOS_DATABASE,
  };
}

export async function markKeyRedeemedForTest(key: string): Promise<void> {
  const { repos, hasher, cosmos } = sharedStore();
  const found = await repos.productKeys.get(hasher.hash('product-key', normalizeKey(key)));
  if (!found) throw new Error('key not found');
  await repos.productKeys.replace(
    {
      ...found.value,
      state: 'redeemed',
      redemption: { redemptionId: 'r', subscriptionId: 's', at: new Date().toISOString() },
    },
    found.etag,
  );
  cosmos.dispose();
}

/**
 * A notification that has failed its every attempt, written straight to the shared stack's store (as
 * nine failed sends over a day would leave it): what `.../resend` is for.
 */
export async function failedNotificationForTest(tenantId: string): Promise<Notification> {
  const { repos, cosmos } = sharedStore();
  const sealer = new Sealer(loadConfig(inject('stack').settings).KEY_PEPPER);
  const id = `test_failed:${crypto.randomUUID()}`;
  const notification: Notification = {
    ...newNotification({
      id,
      tenantId,
      type: 'welcome_admin',
      recipients: ['nobody@contoso.example'],
      sealedContent: sealer.seal(JSON.stringify({ subject: id, plainText: id, html: `<p>${id}</p>` })),
      now: new Date(),
    }),
    status: 'failed',
    attempts: 9,
    nextSweepAt: null,
    lastError: 'failed on purpose (test)',
  };
  await repos.notifications.create(notification);
  cosmos.dispose();
  return notification;
}
