import { api } from './api';
import type { Catalog } from './types';

/** The products and countries of `GET /catalog`, read once per page. */
let catalog: Catalog | null = null;

export async function loadCatalog(): Promise<Catalog> {
  catalog ??= await api<Catalog>('GET', '/catalog');
  return catalog;
}

export const skuName = (sku: string): string => catalog?.skus.find((s) => s.sku === sku)?.name ?? sku;
