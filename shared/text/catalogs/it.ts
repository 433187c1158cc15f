import { it as emails } from './emails/it';
import { it as facts } from './facts/it';
import type { Catalog } from './catalog';
import { it as pages } from './pages/it';

export const it: Catalog = {
  'email.signature': 'Keycard',
  ...emails,
  ...facts,
  ...pages,
};
