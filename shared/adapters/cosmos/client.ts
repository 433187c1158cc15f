import { CosmosClient, type RetryOptions } from '@azure/cosmos';
import { managedIdentity } from '../identity';
import type { Config } from '../../config';

/**
 * How long one HTTP request to Cosmos DB may take before the SDK gives it up (its default is a minute:
 * a store that takes connections and never answers held every request that long). A point read or
 * write answers in milliseconds; the document store also bounds each whole call (retries included).
 */
export const COSMOS_REQUEST_TIMEOUT_MS = 2_500;

/**
 * Throttling (429) is retried by the SDK with the server's `x-ms-retry-after-ms`, but at most three
 * times and two seconds in all (its defaults: nine times, thirty seconds); beyond that the caller
 * gets 503 `store_busy` with Retry-After rather than a request that hangs. No fixed interval
 * (`fixedRetryIntervalInMilliseconds` unset): each retry waits what the server asked for.
 * `satisfies` keeps a misspelt option (once `fixedRetryIntervalInMs`, silently ignored) from compiling.
 */
const THROTTLE_RETRIES = { maxRetryAttemptCount: 3, maxWaitTimeInSeconds: 2 } satisfies RetryOptions;

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
    connectionPolicy: {
      enableEndpointDiscovery: !plainHttp,
      requestTimeout: COSMOS_REQUEST_TIMEOUT_MS,
      retryOptions: THROTTLE_RETRIES,
    },
  });
}
