import { SKUS, SUPPORTED_COUNTRIES } from '../domain/catalog';

/** What can be sold and where: the products a key can be for, and the countries a tenant can be in. */
export function getCatalog() {
  return { skus: SKUS, countries: SUPPORTED_COUNTRIES };
}
