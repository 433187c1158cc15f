import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { FunctionsHost } from '../../dev/functions-host/host';
import { loadConfig } from '../../shared/config';
import { createRuntime } from '../../shared/runtime';
import { expectProblem, call } from '../support/api';
import { startAppHost } from '../support/own-host';

/**
 * App Service passes an app setting's Key Vault reference through as its literal text when it cannot
 * resolve it ("If a reference isn't resolved properly, the reference string is used instead", App
 * Service docs on Key Vault references). Here OPERATOR_TOKEN arrives that way: the app must refuse to
 * run on it rather than accept the reference text as the operator's token.
 */
const REFERENCE = '@Microsoft.KeyVault(VaultName=kv-kc-0123456789abc;SecretName=OPERATOR-TOKEN)';
let host: FunctionsHost;
const logged: string[] = [];

beforeAll(async () => {
  const settings = { ...inject('stack').settings, OPERATOR_TOKEN: REFERENCE };
  // As in Azure: the settings are read when the first invocation needs them, not before.
  host = await startAppHost(
    () => createRuntime(loadConfig(settings)),
    settings,
    false,
    undefined,
    (line) => logged.push(line),
  );
});
afterAll(async () => {
  await host?.stop();
});

describe('a setting that is an unresolved Key Vault reference', () => {
  it('when /health is asked, then it is 503 degraded and names the setting, never its value', async () => {
    const response = await fetch(`${host.apiBaseUrl}/health`);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(text)).toEqual({
      status: 'degraded',
      checks: { configuration: 'OPERATOR_TOKEN is an unresolved Key Vault reference' },
    });
    expect(text).not.toContain('KeyVault(');
  });

  it('when any endpoint is called, the reference text as bearer token included, then 503 configuration_unavailable with Retry-After', async () => {
    const asReference = { token: REFERENCE, baseUrl: host.apiBaseUrl };
    const partner = {
      name: 'Contoso',
      partnerId: '1234567',
      email: 'a@contoso.example',
      cloudEssentials: true,
    };
    for (const response of [
      await call('GET', '/catalog', { baseUrl: host.apiBaseUrl }),
      await call('POST', '/partners', { ...asReference, body: partner }),
      await call('POST', '/redemptions', { baseUrl: host.apiBaseUrl, body: { attestation: true } }),
    ]) {
      expectProblem(response, 503, 'configuration_unavailable');
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(response.text).toContain('OPERATOR_TOKEN');
      expect(response.text).not.toContain('KeyVault(');
    }
  });

  it('when a timer fires, then it skips its run with a logged error; the queue function fails its message', async () => {
    await host.invoke('redemption-cleanup');
    expect(logged.some((line) => /redemption-cleanup.*error.*OPERATOR_TOKEN/i.test(line))).toBe(true);
    await expect(host.invoke('notification-send', { tenantId: 't', notificationId: 'n' })).rejects.toThrow(
      /settings are not usable.*OPERATOR_TOKEN/s,
    );
  });
});
