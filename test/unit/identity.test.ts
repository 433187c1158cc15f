import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { managedIdentity } from '../../shared/adapters/identity';

describe('the app identity in Azure', () => {
  it('when a credential is made, then it is the managed identity itself, never the default chain (which falls through to developer tools)', () => {
    const credential = managedIdentity('00000000-0000-0000-0000-000000000001');
    expect(credential).toBeInstanceOf(ManagedIdentityCredential);
    expect(credential).not.toBeInstanceOf(DefaultAzureCredential);
    // Created once per process.
    expect(managedIdentity('00000000-0000-0000-0000-000000000001')).toBe(credential);
  });
});
