import { es as emails } from './emails/es';
import { es as facts } from './facts/es';
import type { Catalog } from './catalog';
import { es as pages } from './pages/es';

export const es: Catalog = {
  'email.signature': 'Keycard',
  ...emails,
  ...facts,
  ...pages,
};
