import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { managedIdentity } from '../../shared/adapters/identity';

describe('the app identity in Azure', () => {
  it('when a credential is made, then it is the managed identity itself, never the default chain (which falls through to developer tools)', async () => {
    const identity = managedIdentity('00000000-0000-0000-0000-000000000001');
    const credential = await identity.credential();
    expect(credential).toBeInstanceOf(ManagedIdentityCredential);
    expect(credential).not.toBeInstanceOf(DefaultAzureCredential);
    // Created once per process, and loaded once.
    expect(managedIdentity('00000000-0000-0000-0000-000000000001')).toBe(identity);
    expect(await identity.credential()).toBe(credential);
  });
});
