import { devStorageConnectionString } from './azurite';
import { freePort } from './ports';

/**
 * The given settings with every local service moved to a free port (tests and benchmarks run beside
 * a developer's `npm start` without colliding with it). Returns the host's port too.
 */
export async function onFreePorts(
  values: Record<string, string>,
): Promise<{ settings: Record<string, string>; httpPort: number }> {
  const [httpPort, cosmos, blob, queue, table, email] = (await Promise.all(
    Array.from({ length: 6 }, () => freePort()),
  )) as [number, number, number, number, number, number];
  const accessKey = /accesskey=([^;]+)/.exec(values['ACS_CONNECTION_STRING'] ?? '')?.[1] ?? '';
  return {
    httpPort,
    settings: {
      ...values,
      COSMOS_ENDPOINT: `http://127.0.0.1:${cosmos}`,
      AzureWebJobsStorage: devStorageConnectionString({ blob, queue, table }),
      ACS_CONNECTION_STRING: `endpoint=http://127.0.0.1:${email}/;accesskey=${accessKey}`,
    },
  };
}
