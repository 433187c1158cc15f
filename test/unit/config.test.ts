import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../shared/config';
import { sampleSettings } from '../support/stack-settings';

describe('settings', () => {
  it('when the sample settings are used, then they parse with the documented defaults', () => {
    const config = loadConfig(sampleSettings());
    expect(config).toMatchObject({
      REDEMPTION_TTL_MINUTES: 60,
      GRACE_DAYS: 30,
      RETENTION_DAYS: 120,
      NOTICE_DAYS: [60, 30, 7, 1],
    });
  });

  it('when settings are missing or wrong, then every problem is named at once', () => {
    const { OPERATOR_TOKEN: _a, COSMOS_ENDPOINT: _b, ...rest } = sampleSettings();
    let error: unknown;
    try {
      loadConfig({ ...rest, NOTICE_DAYS: 'sixty' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(
      expect.arrayContaining([
        'OPERATOR_TOKEN is missing',
        'COSMOS_ENDPOINT is missing',
        expect.stringMatching(/^NOTICE_DAYS:/),
      ]),
    );
  });

  it('when settings are unresolved Key Vault references, then they are refused by name, without their text', () => {
    const reference = (secret: string) => `@Microsoft.KeyVault(VaultName=kv-kc-abc;SecretName=${secret})`;
    let error: unknown;
    try {
      loadConfig({
        ...sampleSettings(),
        OPERATOR_TOKEN: reference('OPERATOR-TOKEN'),
        KEY_PEPPER: ` ${reference('KEY-PEPPER')}`,
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'OPERATOR_TOKEN is an unresolved Key Vault reference',
      'KEY_PEPPER is an unresolved Key Vault reference',
    ]);
    expect((error as Error).message).not.toContain('VaultName');
    // A resolved secret that merely mentions the syntax later on is a value like any other.
    expect(loadConfig({ ...sampleSettings(), OPERATOR_TOKEN: `x${reference('A')}` }).OPERATOR_TOKEN).toMatch(
      /^x@/,
    );
  });
});
