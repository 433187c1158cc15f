/**
 * What Keycard sells and where. A product key's `sku` must be one of these; a tenant's country must
 * be one of the supported countries (ISO 3166-1 alpha-2).
 */
export const SKUS = [
  { sku: 'BUSINESS_BASIC', name: 'Business Basic' },
  { sku: 'BUSINESS_STANDARD', name: 'Business Standard' },
  { sku: 'BUSINESS_PREMIUM', name: 'Business Premium' },
  { sku: 'ENTERPRISE_E3', name: 'Enterprise E3' },
  { sku: 'EXCHANGE_PLAN_1', name: 'Exchange Online Plan 1' },
] as const;

export type Sku = (typeof SKUS)[number]['sku'];
export const SKU_IDS = SKUS.map((s) => s.sku) as [Sku, ...Sku[]];

export const SUPPORTED_COUNTRIES = [
  { code: 'AT', name: 'Austria' },
  { code: 'AU', name: 'Australia' },
  { code: 'BE', name: 'Belgium' },
  { code: 'BG', name: 'Bulgaria' },
  { code: 'CA', name: 'Canada' },
  { code: 'CH', name: 'Switzerland' },
  { code: 'CY', name: 'Cyprus' },
  { code: 'CZ', name: 'Czechia' },
  { code: 'DE', name: 'Germany' },
  { code: 'DK', name: 'Denmark' },
  { code: 'EE', name: 'Estonia' },
  { code: 'ES', name: 'Spain' },
  { code: 'FI', name: 'Finland' },
  { code: 'FR', name: 'France' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'GR', name: 'Greece' },
  { code: 'HR', name: 'Croatia' },
  { code: 'HU', name: 'Hungary' },
  { code: 'IE', name: 'Ireland' },
  { code: 'IS', name: 'Iceland' },
  { code: 'IT', name: 'Italy' },
  { code: 'JP', name: 'Japan' },
  { code: 'LT', name: 'Lithuania' },
  { code: 'LU', name: 'Luxembourg' },
  { code: 'LV', name: 'Latvia' },
  { code: 'MT', name: 'Malta' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'NO', name: 'Norway' },
  { code: 'NZ', name: 'New Zealand' },
  { code: 'PL', name: 'Poland' },
  { code: 'PT', name: 'Portugal' },
  { code: 'RO', name: 'Romania' },
  { code: 'SE', name: 'Sweden' },
  { code: 'SG', name: 'Singapore' },
  { code: 'SI', name: 'Slovenia' },
  { code: 'SK', name: 'Slovakia' },
  { code: 'US', name: 'United States' },
] as const;

export function skuName(sku: string): string | undefined {
  return SKUS.find((s) => s.sku === sku)?.name;
}
