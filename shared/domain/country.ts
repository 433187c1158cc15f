import { SUPPORTED_COUNTRIES } from './catalog';

/**
 * ISO 3166-1 alpha-2, the officially assigned codes (249). A tenant's country must be one of these
 * and, beyond that, one where the service is offered (the catalog).
 */
const ISO_3166_ALPHA_2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/**
 * Codes people type instead of the ISO one: reserved or exceptional codes (UK, EL), alpha-3 codes,
 * and a few frequent slips.
 */
const LIKELY_MEANT: Record<string, string> = {
  UK: 'GB',
  EL: 'GR',
  EN: 'GB',
  SP: 'ES',
  GER: 'DE',
  USA: 'US',
  GBR: 'GB',
  DEU: 'DE',
  FRA: 'FR',
  ITA: 'IT',
  ESP: 'ES',
  NLD: 'NL',
  BEL: 'BE',
  AUT: 'AT',
  CHE: 'CH',
  SWE: 'SE',
  NOR: 'NO',
  DNK: 'DK',
  FIN: 'FI',
  IRL: 'IE',
  PRT: 'PT',
  POL: 'PL',
  GRC: 'GR',
  CAN: 'CA',
  AUS: 'AU',
  NZL: 'NZ',
  JPN: 'JP',
  SGP: 'SG',
};

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export function countryName(code: string): string {
  return names.of(code) ?? code;
}

export type CountryCheck =
  | { ok: true; code: string }
  | { ok: false; code: 'invalid_country_code' | 'country_not_supported'; message: string };

/** Case does not matter; the stored code is upper case. */
export function checkCountry(input: string): CountryCheck {
  const code = input.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !ISO_3166_ALPHA_2.has(code)) {
    const meant = LIKELY_MEANT[code];
    const hint = meant ? ` Did you mean ${meant} (${countryName(meant)})?` : '';
    return {
      ok: false,
      code: 'invalid_country_code',
      message: `${input} is not an ISO 3166-1 alpha-2 country code.${hint}`,
    };
  }
  if (!SUPPORTED_COUNTRIES.some((country) => country.code === code)) {
    return {
      ok: false,
      code: 'country_not_supported',
      message: `The service is not offered in ${countryName(code)} (${code}); see GET /catalog for the countries where it is.`,
    };
  }
  return { ok: true, code };
}
