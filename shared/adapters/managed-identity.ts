import { ManagedIdentityCredential, type TokenCredential } from '@azure/identity';

/**
 * The app's user-assigned managed identity in Azure. ManagedIdentityCredential and not
 * DefaultAzureCredential: when the managed identity endpoint fails, the default chain goes on to try
 * environment variables, workload identity and developer tools, so a misconfigured app could run as
 * someone else or fail late with a confusing message; this one fails with the identity's own error.
 * Without a client id (not how infra/ deploys it) the system-assigned identity is used.
 *
 * Loaded only when a first token is needed (identity.ts): the bundle builds it as a file of its own.
 */
export function managedIdentityCredential(clientId: string | undefined): TokenCredential {
  return clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential();
}
