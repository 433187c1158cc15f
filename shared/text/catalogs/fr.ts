import { fr as emails } from './emails/fr';
import { fr as facts } from './facts/fr';
import type { Catalog } from './catalog';
import { fr as pages } from './pages/fr';

export const fr: Catalog = {
  'email.signature': 'Keycard',
  ...emails,
  ...facts,
  ...pages,
};
