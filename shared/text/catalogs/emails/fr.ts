import type { en } from './en';

/**
 * Français (emails) : « vous » partout ; les termes français de Microsoft (locataire, administrateur
 * général, clé de produit) ; une espace insécable (\u00a0) avant « : » et « ; ». Awaiting review by a
 * native speaker (README).
 */
export const fr: Readonly<Record<keyof typeof en, string>> = {
  'email.common.any.date': '{at, date, long}',
  'email.common.any.row': '{label}\u00a0: {value}',
  'email.common.customer.greeting': 'Bonjour,',
  'email.common.customer.your_partner':
    'Votre Partner of Record est {partnerName} (identifiant de programme partenaire {programId}, {partnerEmail}).',
  'email.common.customer.no_partner':
    'Cet abonnement n’a pas de Partner of Record\u00a0: tout partenaire du programme peut vous vendre des clés de produit pour le renouveler.',
  'email.common.partner.greeting': 'Bonjour {partnerName},',
  'email.common.partner.label_customer': 'Client',
  'email.common.partner.label_domain': 'Domaine',
  'email.common.partner.label_subscription': 'Abonnement',
  'email.common.partner.label_product': 'Produit',
  'email.common.partner.label_seats': 'Licences',
  'email.common.partner.value_seats':
    '{seats, plural, one {# licence} other {# licences}}, dont {assigned, plural, one {# attribuée} other {# attribuées}}',
  'email.common.partner.label_term_end': 'Fin de la période',
  'email.common.partner.label_admins': 'Administrateurs du client',
  'email.common.partner.value_admin': '{name}, {email}',
  'email.common.partner.customer_told':
    'Les administrateurs du client ont reçu à ce sujet un e-mail distinct, dans leur langue.',

  'email.welcome_admin.customer.subject': 'Votre locataire {domain} est prêt',
  'email.welcome_admin.customer.greeting': 'Bonjour {firstName},',
  'email.welcome_admin.customer.intro':
    'Votre organisation {organization} dispose désormais de son locataire {domain}, et vous en êtes administrateur général (nom d’utilisateur {userName}).',
  'email.welcome_admin.customer.token_label': 'Votre jeton d’administrateur\u00a0:',
  'email.welcome_admin.customer.usage':
    'Envoyez-le dans l’en-tête «\u00a0{header}\u00a0» de chaque requête à l’API Keycard, à l’adresse {apiBaseUrl}. Gardez-le secret\u00a0: quiconque le détient peut administrer votre locataire. En cas de perte, un autre administrateur de votre locataire, ou votre administrateur délégué, peut vous en faire envoyer un nouveau.',
  'email.welcome_admin.customer.delegated_from_setup':
    '{partnerName} (identifiant de programme partenaire {programId}) est administrateur délégué de votre locataire depuis sa création\u00a0: il peut administrer vos utilisateurs et vos abonnements, sans occuper de licence.',
  'email.welcome_admin.customer.delegated_since':
    '{partnerName} (identifiant de programme partenaire {programId}) est administrateur délégué de votre locataire depuis le {since, date, long}\u00a0: il peut administrer vos utilisateurs et vos abonnements, sans occuper de licence.',
  'email.welcome_admin.customer.end_delegation':
    'Vous pouvez y mettre fin à tout moment en envoyant cette requête avec votre jeton\u00a0; dès lors, {partnerName} n’administre plus votre locataire\u00a0:',

  'email.admin_token_reissued.customer.subject': 'Un nouveau jeton d’administrateur pour {domain}',
  'email.admin_token_reissued.customer.greeting': 'Bonjour {firstName},',
  'email.admin_token_reissued.customer.by_partner':
    '{partnerName}, votre administrateur délégué, a demandé un nouveau jeton d’administrateur pour vous (nom d’utilisateur {userName}, locataire {domain}). Votre jeton précédent ne fonctionne plus.',
  'email.admin_token_reissued.customer.by_admin':
    'Un autre administrateur de votre locataire a demandé un nouveau jeton d’administrateur pour vous (nom d’utilisateur {userName}, locataire {domain}). Votre jeton précédent ne fonctionne plus.',
  'email.admin_token_reissued.customer.token_label': 'Votre nouveau jeton\u00a0:',
  'email.admin_token_reissued.customer.usage':
    'Envoyez-le dans l’en-tête «\u00a0{header}\u00a0» de chaque requête à l’API Keycard, à l’adresse {apiBaseUrl}. Gardez-le secret.',

  'email.delegation_offer.customer.subject': '{partnerName} propose d’administrer {domain}',
  'email.delegation_offer.customer.intro':
    '{partnerName} (identifiant de programme partenaire {programId}) propose de devenir administrateur délégué de {organization} ({domain}).',
  'email.delegation_offer.customer.message_label': 'Son message\u00a0:',
  'email.delegation_offer.customer.explain':
    'Un administrateur délégué peut administrer tous les services et abonnements de votre organisation, sans occuper de licence. Rien ne change si vous n’acceptez pas, et vous pouvez y mettre fin à tout moment.',
  'email.delegation_offer.customer.answer':
    'Acceptez ou refusez sur la page de l’offre, jusqu’au {expiresAt, date, long}\u00a0:',
  'email.delegation_offer.customer.button': 'Voir l’offre',

  'email.delegation_accepted.partner.subject': 'Vous administrez désormais {domain}',
  'email.delegation_accepted.partner.body':
    '{organization} ({domain}) a accepté votre offre du {offeredAt, date, long}\u00a0: vous êtes désormais l’un de ses administrateurs délégués et pouvez administrer ses utilisateurs et ses abonnements. Le client peut y mettre fin à tout moment\u00a0; vous en serez alors informé.',

  'email.partner_of_record_changed.any.named': '{name} (identifiant de programme partenaire {programId})',
  'email.partner_of_record_changed.any.nobody': 'aucun partenaire',
  'email.partner_of_record_changed.customer.subject': 'Partner of Record modifié pour {domain}',
  'email.partner_of_record_changed.customer.body':
    'Le Partner of Record de l’abonnement {product} de {organization} ({domain}, abonnement {subscriptionId}) est désormais {to}\u00a0; auparavant\u00a0: {from}.',
  'email.partner_of_record_changed.customer.now_partner':
    '{partnerName} reçoit désormais les avis de renouvellement de cet abonnement, voit votre locataire et peut renouveler l’abonnement avec des clés de produit.',
  'email.partner_of_record_changed.customer.now_nobody':
    'Plus aucun partenaire ne reçoit les avis de renouvellement de cet abonnement\u00a0; vous continuez à les recevoir.',
  'email.partner_of_record_changed.partner.subject':
    'Vous êtes désormais Partner of Record pour {organization} ({domain})',
  'email.partner_of_record_changed.partner.body':
    'Vous êtes désormais le Partner of Record de l’abonnement {product} de {organization} ({domain})\u00a0; auparavant\u00a0: {from}. Vous recevez dorénavant ses avis de renouvellement, voyez le locataire et pouvez renouveler l’abonnement ou y ajouter des licences avec des clés de produit.',
  'email.partner_of_record_changed.former_partner.subject':
    'Vous n’êtes plus Partner of Record pour {organization} ({domain})',
  'email.partner_of_record_changed.former_partner.body':
    'Le Partner of Record de l’abonnement {product} de {organization} ({domain}) est désormais {to}. Vous ne recevez plus ses avis de renouvellement et ne pouvez plus le renouveler. Vous continuez à voir le locataire tant que vous en êtes administrateur délégué ou Partner of Record d’un autre de ses abonnements.',

  'email.renewal_notice.customer.subject': '{product} pour {domain} prend fin le {end, date, long}',
  'email.renewal_notice.customer.intro':
    'L’abonnement {product} de {organization} ({domain}, abonnement {subscriptionId}, {seats, plural, one {# licence} other {# licences}}) prend fin le {end, date, long}, dans {days, plural, one {# jour} other {# jours}}.',
  'email.renewal_notice.customer.follows':
    'Après la fin, chacun conserve un usage complet pendant {graceDays, plural, one {# jour} other {# jours}}, jusqu’au {graceEnd, date, long}. L’abonnement est ensuite désactivé\u00a0: seuls les administrateurs généraux peuvent se connecter, et il peut encore être renouvelé. Le {deleteAt, date, long}, les utilisateurs et les données de votre organisation sont supprimés.',
  'email.renewal_notice.customer.renew_partner':
    'Pour renouveler, demandez à {partnerName}, votre Partner of Record (identifiant de programme partenaire {programId}, {partnerEmail}), une clé de produit {product}\u00a0: il l’active pour cet abonnement, et la nouvelle période s’enchaîne sans interruption à partir du {end, date, long}.',
  'email.renewal_notice.customer.renew_no_partner':
    'Pour renouveler, demandez une clé de produit {product} à un partenaire du programme\u00a0: il l’active pour cet abonnement, et la nouvelle période s’enchaîne sans interruption à partir du {end, date, long}.',
  'email.renewal_notice.customer.renew_direct':
    'Vous pouvez aussi passer à la facturation directe\u00a0: un nouvel abonnement qui vous est facturé directement, actif immédiatement, et qui se renouvelle de lui-même tous les 12 mois. Le passage abandonne les jours prépayés restants de cet abonnement\u00a0; mieux vaut donc le faire peu avant le {end, date, long}.',
  'email.renewal_notice.partner.subject':
    'Renouvellement à prévoir\u00a0: {organization} ({domain}), {product}, fin le {end, date, long}',
  'email.renewal_notice.partner.intro':
    'L’abonnement {product} de votre client {organization}, dont vous êtes le Partner of Record, prend fin le {end, date, long}, dans {days, plural, one {# jour} other {# jours}}.',
  'email.renewal_notice.partner.action':
    'Pour le renouveler, activez une clé de produit {product} pour l’abonnement {subscriptionId} (dans la console, ou par l’API en finalisant un échange avec l’action renew). La nouvelle période s’enchaîne à partir du {end, date, long}\u00a0; les clés doivent apporter au moins {assigned, plural, one {# licence} other {# licences}}, autant qu’il y en a d’attribuées aujourd’hui.',
  'email.renewal_notice.partner.follows':
    'Sans renouvellement, le client conserve un usage complet jusqu’au {graceEnd, date, long}\u00a0; l’abonnement est ensuite désactivé, et le {deleteAt, date, long} ses utilisateurs et ses données sont supprimés.',

  'email.subscription_expired.customer.subject':
    '{product} pour {domain} a pris fin\u00a0: usage complet jusqu’au {graceEnd, date, long}',
  'email.subscription_expired.customer.intro':
    'L’abonnement {product} de {organization} ({domain}, abonnement {subscriptionId}, {seats, plural, one {# licence} other {# licences}}) a pris fin le {end, date, long}.',
  'email.subscription_expired.customer.now':
    'Chacun conserve un usage complet jusqu’au {graceEnd, date, long}. L’abonnement est ensuite désactivé\u00a0: seuls les administrateurs généraux peuvent se connecter, et aucun utilisateur ne peut être ajouté ni recevoir de licence. Le {deleteAt, date, long}, les utilisateurs et les données de votre organisation sont supprimés.',
  'email.subscription_expired.customer.renew_partner':
    'Pour renouveler, demandez à {partnerName}, votre Partner of Record (identifiant de programme partenaire {programId}, {partnerEmail}), une clé de produit {product}\u00a0: la nouvelle période s’enchaîne à partir du {end, date, long}, et personne ne perd l’accès.',
  'email.subscription_expired.customer.renew_no_partner':
    'Pour renouveler, demandez une clé de produit {product} à un partenaire du programme\u00a0: la nouvelle période s’enchaîne à partir du {end, date, long}, et personne ne perd l’accès.',
  'email.subscription_expired.customer.renew_direct':
    'Vous pouvez aussi passer à la facturation directe\u00a0: un nouvel abonnement qui vous est facturé directement, actif immédiatement, et qui se renouvelle de lui-même tous les 12 mois.',
  'email.subscription_expired.partner.subject':
    'Terminé\u00a0: {organization} ({domain}), {product}\u00a0; usage complet jusqu’au {graceEnd, date, long}',
  'email.subscription_expired.partner.intro':
    'L’abonnement {product} de votre client {organization}, dont vous êtes le Partner of Record, a pris fin le {end, date, long} sans être renouvelé. Le client conserve un usage complet jusqu’au {graceEnd, date, long}.',
  'email.subscription_expired.partner.action':
    'Renouvelez-le dès maintenant avec une clé de produit {product} pour l’abonnement {subscriptionId}\u00a0: la nouvelle période s’enchaîne à partir du {end, date, long}, et personne ne perd l’accès. Sans renouvellement, il est désactivé le {graceEnd, date, long}, et ses utilisateurs et ses données sont supprimés le {deleteAt, date, long}.',

  'email.subscription_disabled.customer.subject': '{product} pour {domain} est désactivé',
  'email.subscription_disabled.customer.intro':
    'L’abonnement {product} de {organization} ({domain}, abonnement {subscriptionId}) a pris fin le {end, date, long} et n’a pas été renouvelé\u00a0: il est désormais désactivé. Seuls les administrateurs généraux peuvent se connecter, et aucun utilisateur ne peut être ajouté ni recevoir de licence.',
  'email.subscription_disabled.customer.deletion':
    'Les utilisateurs et les données de votre organisation sont conservés jusqu’au {deleteAt, date, long}, puis supprimés définitivement.',
  'email.subscription_disabled.customer.renew_partner':
    'Un renouvellement rend immédiatement l’accès à tous\u00a0: demandez à {partnerName}, votre Partner of Record (identifiant de programme partenaire {programId}, {partnerEmail}), une clé de produit {product}\u00a0; la nouvelle période commence le jour de son activation.',
  'email.subscription_disabled.customer.renew_no_partner':
    'Un renouvellement rend immédiatement l’accès à tous\u00a0: demandez une clé de produit {product} à un partenaire du programme\u00a0; la nouvelle période commence le jour de son activation.',
  'email.subscription_disabled.customer.renew_direct':
    'Vous pouvez aussi passer à la facturation directe\u00a0: un nouvel abonnement qui vous est facturé directement, actif immédiatement, et qui se renouvelle de lui-même tous les 12 mois.',
  'email.subscription_disabled.partner.subject':
    'Désactivé\u00a0: {organization} ({domain}), {product}\u00a0; données supprimées le {deleteAt, date, long}',
  'email.subscription_disabled.partner.intro':
    'L’abonnement {product} de votre client {organization}, dont vous êtes le Partner of Record, est désactivé depuis le {graceEnd, date, long}\u00a0: seuls ses administrateurs généraux peuvent se connecter.',
  'email.subscription_disabled.partner.action':
    'Une clé de produit {product} activée pour l’abonnement {subscriptionId} rend immédiatement l’accès à tous\u00a0; la nouvelle période commence le jour de l’activation. Sans renouvellement, ses utilisateurs et ses données sont supprimés le {deleteAt, date, long}.',

  'email.subscription_deleted.customer.subject': '{product} pour {domain} et ses données sont supprimés',
  'email.subscription_deleted.customer.body':
    'L’abonnement {product} de {organization} ({domain}, abonnement {subscriptionId}) a pris fin le {end, date, long} et n’a pas été renouvelé. Comme annoncé, ses utilisateurs et les données de votre organisation sont désormais supprimés, et le domaine {domain} est libéré.',
  'email.subscription_deleted.customer.again':
    'Pour travailler à nouveau avec nous, un partenaire du programme peut ouvrir pour vous un nouvel abonnement avec une nouvelle clé de produit.',
  'email.subscription_deleted.partner.subject': 'Supprimé\u00a0: {organization} ({domain}), {product}',
  'email.subscription_deleted.partner.body':
    'L’abonnement {product} {subscriptionId} de {organization} ({domain}), dont vous étiez le Partner of Record, a pris fin le {end, date, long} et n’a pas été renouvelé\u00a0: il est désormais supprimé, avec ses utilisateurs et les données du client, et le domaine {domain} est libéré.',
  'email.subscription_deleted.partner.action':
    'Il ne peut plus être renouvelé. Pour que ce client revienne, créez-lui un nouveau locataire avec une nouvelle clé de produit.',

  'email.subscription_renewed.customer.subject':
    '{product} pour {domain} est renouvelé jusqu’au {end, date, long}',
  'email.subscription_renewed.customer.body':
    'L’abonnement {product} de {organization} ({domain}, abonnement {subscriptionId}) a été renouvelé avec des clés de produit activées par {redeemerName}\u00a0: il court désormais jusqu’au {end, date, long}, avec {newSeats, plural, one {# licence} other {# licences}} pour la nouvelle période.',
  'email.subscription_renewed.partner.subject':
    'Renouvelé\u00a0: {organization} ({domain}), {product}, jusqu’au {end, date, long}',
  'email.subscription_renewed.partner.body':
    'L’abonnement {product} {subscriptionId} de votre client {organization} a été renouvelé avec des clés de produit activées par {redeemerName}\u00a0: il court désormais jusqu’au {end, date, long}, avec {newSeats, plural, one {# licence} other {# licences}} pour la nouvelle période.',
};
