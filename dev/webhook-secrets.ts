import type { CosmosClient } from '@azure/cosmos';
import type { Runtime } from '../shared/runtime';

interface StoredEndpoint {
  url: string;
  secrets: { sealed: string; expiresAt: string | null }[];
}

/**
 * What lets the local receiver check signatures: the secrets signing now for the endpoints whose URL
 * names the path it was called on (`localhost` and `127.0.0.1` both reach it, so the path decides),
 * unsealed with the app's key. A local-stack tool only: it reads every partner's endpoints, straight
 * from the server when `direct` is given (so injected faults, meant for the app, do not touch it).
 */
export function endpointSecretsIn(
  runtime: Runtime,
  direct?: { cosmos: CosmosClient; databaseId: string },
): (url: string) => Promise<string[]> {
  const readAll = async (): Promise<Record<string, unknown>[]> => {
    if (direct) {
      const container = direct.cosmos.database(direct.databaseId).container('webhookEndpoints');
      return (await container.items.query('SELECT * FROM c').fetchAll()).resources as Record<
        string,
        unknown
      >[];
    }
    const { items } = await runtime.store.query(
      'webhookEndpoints',
      { query: 'SELECT * FROM c', parameters: [] },
      { maxItemCount: 1000, continuationToken: null },
    );
    return items.map((item) => item.doc);
  };
  return async (url) => {
    const path = new URL(url).pathname;
    const now = runtime.deps.clock.now().getTime();
    return (await readAll()).flatMap((doc) =>
      ((doc['endpoints'] ?? []) as StoredEndpoint[])
        .filter((endpoint) => URL.canParse(endpoint.url) && new URL(endpoint.url).pathname === path)
        .flatMap((endpoint) => endpoint.secrets)
        .filter((secret) => secret.expiresAt === null || Date.parse(secret.expiresAt) > now)
        .map((secret) => runtime.deps.sealer.open(secret.sealed)),
    );
  };
}
