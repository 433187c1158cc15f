import { describe, expect, it } from 'vitest';
import { checkCountry } from '../../shared/domain/country';

describe('country codes', () => {
  it.each([
    ['IT', 'IT'],
    ['gb', 'GB'],
    [' us ', 'US'],
  ])('when %j is given, then it is the supported country %s', (input, code) => {
    expect(checkCountry(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['UK', /Did you mean GB \(United Kingdom\)\?/],
    ['EL', /Did you mean GR \(Greece\)\?/],
    ['ITA', /Did you mean IT \(Italy\)\?/],
    ['Italy', /not an ISO 3166-1 alpha-2/],
    ['XX', /not an ISO 3166-1 alpha-2/],
    ['EU', /not an ISO 3166-1 alpha-2/],
  ])('when %j is given, then invalid_country_code with a hint where one fits', (input, message) => {
    const check = checkCountry(input);
    expect(check).toMatchObject({ ok: false, code: 'invalid_country_code' });
    expect((check as { message: string }).message).toMatch(message);
  });

  it('when a real country where the service is not offered is given, then country_not_supported', () => {
    expect(checkCountry('BR')).toMatchObject({
      ok: false,
      code: 'country_not_supported',
      message: expect.stringMatching(/Brazil/),
    });
  });
});
