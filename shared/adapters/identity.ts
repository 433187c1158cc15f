import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';

/**
 * The managed identity (managed-identity.ts), loaded at its first token request rather than with the
 * app: @azure/identity and MSAL are a fifth of the bundle and about 50 ms of every cold start
 * (bench/README.md), and only Azure uses them (locally the SDKs sign with keys). dev/bundle-app.mjs
 * builds managed-identity.ts as a file of its own, dist/app/identity.js, which this `import()` loads.
 */
export class LazyManagedIdentity implements TokenCredential {
  private loading: Promise<TokenCredential> | undefined;

  constructor(private readonly clientId: string | undefined) {}

  /** The credential itself, loaded once (a failed load is tried again at the next request). */
  credential(): Promise<TokenCredential> {
    this.loading ??= import('./managed-identity.js').then(
      ({ managedIdentityCredential }) => managedIdentityCredential(this.clientId),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    return (await this.credential()).getToken(scopes, options);
  }
}

let credential: LazyManagedIdentity | undefined;

/** The app's identity in Azure, created once per process. */
export function managedIdentity(clientId: string | undefined): LazyManagedIdentity {
  credential ??= new LazyManagedIdentity(clientId);
  return credential;
}
