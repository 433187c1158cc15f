import { de as emails } from './emails/de';
import { de as facts } from './facts/de';
import type { Catalog } from './catalog';
import { de as pages } from './pages/de';

export const de: Catalog = {
  'email.signature': 'Keycard',
  ...emails,
  ...facts,
  ...pages,
};
