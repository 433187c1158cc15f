import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../../shared/adapters/cosmos/client';
import { inject } from 'vitest';
import { CosmosDocumentStore } from '../../shared/adapters/cosmos/document-store';
import { cosmosRepositories } from '../../shared/adapters/cosmos/repositories';
import type { Repositories } from '../../shared/app/ports';
import { loadConfig } from '../../shared/config';
import { SecretHasher } from '../../shared/crypto/secrets';
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
