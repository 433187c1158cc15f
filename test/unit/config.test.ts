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
});
