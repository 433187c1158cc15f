import { CosmosClient } from '@azure/cosmos';
import { managedIdentity } from '../identity';
import type { Config } from '../../config';

/**
 * Locally: the emulator key over plain HTTP (endpoint discovery off, as the local server has no
 * regions). In Azure: the app's managed identity (the account has local auth disabled).
 */
export function createCosmosClient(config: Config): CosmosClient {
  const plainHttp = config.COSMOS_ENDPOINT.startsWith('http://');
  return new CosmosClient({
    endpoint: config.COSMOS_ENDPOINT,
    ...(config.COSMOS_KEY
      ? { key: config.COSMOS_KEY }
      : { aadCredentials: managedIdentity(config.AZURE_CLIENT_ID) }),
    connectionPolicy: { enableEndpointDiscovery: !plainHttp },
  });
}
