import { fr as console } from './console/fr';
import type { en } from './en';

export const fr: Readonly<Record<keyof typeof en, string>> = {
  'page.offer.title': 'Offre d’administration déléguée',
  'page.offer.loading': 'Lecture de l’offre…',
  'page.offer.noscript': 'Cette page a besoin de JavaScript pour lire l’offre à partir de son lien.',
  'page.offer.heading': '{partner} propose d’administrer {organization}',
  'page.offer.intro':
    'Le partenaire {partner} (identifiant de programme partenaire {programId}) demande à devenir administrateur délégué de {domain}. Son message :',
  'page.offer.grants.heading': 'Ce que vous accordez en acceptant',
  'page.offer.grants.text':
    'Un administrateur délégué peut administrer tous les services et abonnements de votre organisation : ajouter et supprimer des utilisateurs, attribuer des licences, renouveler et modifier des abonnements. Il n’utilise aucune licence. Vous pouvez y mettre fin à tout moment : tout administrateur général de votre organisation retire le partenaire de ses administrateurs délégués.',
  'page.offer.validUntil': 'Cette offre est valable jusqu’au {expires}.',
  'page.offer.accept': 'Accepter',
  'page.offer.decline': 'Refuser',
  'page.offer.accepted.heading': 'Acceptée',
  'page.offer.accepted.text':
    '{partner} est désormais administrateur délégué de {domain}. Vous pouvez y mettre fin à tout moment.',
  'page.offer.declined.heading': 'Refusée',
  'page.offer.declined.text': '{partner} n’administrera pas {domain}.',
  'page.offer.gone.heading': 'Offre non disponible',
  'page.offer.gone.notFound':
    'Ce lien ne mène à aucune offre. Vérifiez que vous avez ouvert le lien complet de l’e-mail.',
  'page.offer.gone.expired':
    'Cette offre a expiré. Demandez-en une nouvelle au partenaire si vous la souhaitez toujours.',
  'page.offer.gone.used': 'Une réponse a déjà été donnée à cette offre.',
  'page.offer.gone.withdrawn': 'Le partenaire a retiré cette offre.',
  'page.offer.gone.unavailable':
    'Le service n’est pas disponible pour le moment. Réessayez dans un instant : le lien fonctionne toujours.',
  'page.offer.gone.failed': 'Une erreur s’est produite ({detail}). Réessayez dans un instant.',
  'page.offer.gone.noAnswer': 'aucune réponse',
  'page.offer.accepted.on': 'Vous avez accepté cette offre le {date}.',
  'page.offer.declined.on': 'Vous avez refusé cette offre le {date}.',
  'page.offer.decline.confirm':
    'Refuser cette offre ? {partner} n’administrera pas {domain}, et ce lien ne fonctionnera plus.',
  'page.offer.decline.yes': 'Oui, refuser',
  'page.offer.decline.no': 'Garder l’offre',
  'page.offer.retry': 'Réessayer',
  ...console,
};
