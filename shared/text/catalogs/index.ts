import type { Catalog } from './catalog';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import type { Language } from '../languages';

export type { Catalog, MessageId } from './catalog';

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, it, de, fr, es };
