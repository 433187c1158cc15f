import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';

let credential: TokenCredential | undefined;

/** The app's managed identity in Azure (user-assigned when its client id is given), created once. */
export function managedIdentity(clientId: string | undefined): TokenCredential {
  credential ??= new DefaultAzureCredential(clientId ? { managedIdentityClientId: clientId } : {});
  return credential;
}
