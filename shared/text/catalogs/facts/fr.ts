import type { en } from './en';

/** Français (facts) : comme emails/fr.ts. Awaiting review by a native speaker (README). */
export const fr: Readonly<Record<keyof typeof en, string>> = {
  'email.seats_added.customer.subject':
    '{added, plural, one {# licence ajoutée} other {# licences ajoutées}} à {product} pour {domain}',
  'email.seats_added.customer.body':
    '{redeemerName} a activé des clés de produit pour {added, plural, one {# licence supplémentaire} other {# licences supplémentaires}} sur l’abonnement {product} de {organization} ({domain}, abonnement {subscriptionId}). Il compte désormais {seats, plural, one {# licence} other {# licences}} jusqu’au {until, date, long}, et vous pouvez dès maintenant attribuer les nouvelles licences à des utilisateurs.',
  'email.seats_added.partner.subject':
    'Licences ajoutées\u00a0: {organization} ({domain}), {product}, désormais {seats, plural, one {# licence} other {# licences}}',
  'email.seats_added.partner.body':
    '{added, plural, one {# licence a été ajoutée} other {# licences ont été ajoutées}} à l’abonnement {product} {subscriptionId} de votre client {organization}, avec des clés de produit activées par {redeemerName}. Il compte désormais {seats, plural, one {# licence} other {# licences}} jusqu’au {until, date, long}.',

  'email.delegation_offer_declined.partner.subject':
    '{organization} a refusé votre offre d’administrer {domain}',
  'email.delegation_offer_declined.partner.body':
    '{organization} ({domain}) a refusé votre offre du {offeredAt, date, long} de devenir l’un de ses administrateurs délégués. Rien ne change dans ce que vous pouvez faire pour ce client\u00a0; vous pourrez envoyer une nouvelle offre quand il sera prêt.',
  'email.delegation_offer_expired.partner.subject': 'Votre offre d’administrer {domain} a expiré',
  'email.delegation_offer_expired.partner.body':
    'Votre offre du {offeredAt, date, long} de devenir administrateur délégué de {organization} ({domain}) est restée sans réponse au {expiresAt, date, long} et a expiré\u00a0; son lien ne fonctionne plus. Vous pouvez envoyer une nouvelle offre.',

  'email.switched_to_direct_billing.customer.subject':
    '{product} pour {domain} est désormais facturé directement',
  'email.switched_to_direct_billing.customer.body':
    'Le {at, date, long}, l’abonnement {product} de {organization} ({domain}) est passé à la facturation directe. Son successeur, l’abonnement {newSubscriptionId} avec {seats, plural, one {# licence} other {# licences}}, est actif, vous est facturé directement et se renouvelle de lui-même tous les 12 mois. Vos utilisateurs conservent leurs licences\u00a0; les clés de produit ne s’y appliquent plus.',
  'email.switched_to_direct_billing.customer.forfeited':
    '{days, plural, =0 {L’abonnement {oldSubscriptionId} a pris fin\u00a0; aucun jour prépayé n’a été abandonné.} one {L’abonnement {oldSubscriptionId} a pris fin\u00a0; le passage a abandonné son dernier jour prépayé.} other {L’abonnement {oldSubscriptionId} a pris fin\u00a0; le passage a abandonné ses # jours prépayés restants.}}',
  'email.switched_to_direct_billing.partner.subject':
    'Facturation directe\u00a0: {organization} ({domain}), {product}',
  'email.switched_to_direct_billing.partner.body':
    'Le {at, date, long}, votre client {organization} a fait passer son abonnement {product} {oldSubscriptionId} à la facturation directe. Son successeur, l’abonnement {newSubscriptionId}, est facturé directement au client et se renouvelle de lui-même tous les 12 mois\u00a0: les clés de produit ne le renouvellent plus et n’y ajoutent plus de licences.',
  'email.switched_to_direct_billing.partner.remains':
    'Vous restez le Partner of Record de son successeur et continuez à voir le locataire.',
  'email.switched_to_direct_billing.partner.forfeited':
    '{days, plural, =0 {Aucun jour prépayé n’a été abandonné.} one {Le passage a abandonné # jour prépayé.} other {Le passage a abandonné # jours prépayés.}}',

  'email.delegated_admin_removed.partner.subject': 'Vous n’administrez plus {domain}',
  'email.delegated_admin_removed.partner.by_customer':
    '{organization} ({domain}) a mis fin le {at, date, long} à votre administration déléguée de son locataire\u00a0: vous ne pouvez plus administrer ses utilisateurs et ses abonnements.',
  'email.delegated_admin_removed.partner.by_partner':
    'Vous avez renoncé le {at, date, long} à votre rôle d’administrateur délégué de {organization} ({domain})\u00a0: vous ne pouvez plus administrer ses utilisateurs et ses abonnements.',
  'email.delegated_admin_removed.partner.still_por':
    'Vous continuez à voir le locataire, en tant que Partner of Record de l’un de ses abonnements.',
  'email.delegated_admin_removed.partner.no_access': 'Vous ne voyez plus le locataire.',

  'email.webhook_endpoint_disabled.partner.subject':
    'Point de terminaison webhook désactivé\u00a0: {endpointUrl}',
  'email.webhook_endpoint_disabled.partner.body':
    'Depuis le {failingSince, date, long}, chaque tentative de livraison de vos événements au point de terminaison webhook ci-dessous a échoué. Nous l’avons donc désactivé le {disabledAt, date, long}\u00a0: aucune autre tentative de livraison ne sera faite.',
  'email.webhook_endpoint_disabled.partner.label_url': 'URL',
  'email.webhook_endpoint_disabled.partner.label_description': 'Description',
  'email.webhook_endpoint_disabled.partner.label_failing_since': 'En échec depuis le',
  'email.webhook_endpoint_disabled.partner.label_disabled_at': 'Désactivé le',
  'email.webhook_endpoint_disabled.partner.value_at': '{at, date, long} à {at, time, short} UTC',
  'email.webhook_endpoint_disabled.partner.last_errors':
    '{count, plural, one {La dernière erreur\u00a0:} other {Les # dernières erreurs, de la plus récente à la plus ancienne\u00a0:}}',
  'email.webhook_endpoint_disabled.partner.held':
    'Vos événements continuent d’être enregistrés et aucun n’est perdu\u00a0: quand vous réactiverez le point de terminaison, il recevra tous ceux qui ont été retenus entre-temps.',
  'email.webhook_endpoint_disabled.partner.enable':
    'Dès que votre récepteur répondra à nouveau, réactivez le point de terminaison sur la page Intégrations de la console partenaire, ou par l’API avec PATCH /webhook-endpoints/ suivi de son identifiant et "enabled": true dans le corps de la requête (GET /webhook-endpoints liste vos points de terminaison avec leurs identifiants).',
  'email.webhook_endpoint_disabled.partner.feed':
    'Vous pouvez aussi lire les mêmes événements, avec les mêmes identifiants, dans votre flux d’événements\u00a0: GET /events.',
};
