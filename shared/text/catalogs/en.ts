import { en as emails } from './emails/en';
import { en as facts } from './facts/en';
import { en as pages } from './pages/en';

/**
 * English, the reference catalog: every other language has exactly these messages. Parts by owner:
 * the emails of existing notifications, the emails of the facts told since issue 20, the pages.
 */
export const en = {
  'email.signature': 'Keycard',
  ...emails,
  ...facts,
  ...pages,
} as const;
