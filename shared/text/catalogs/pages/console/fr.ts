import { frCustomer } from './customer/fr';
import type { en } from './en';

const STATE =
  '{state, select, active {actif} expired {expiré} disabled {désactivé} deleted {supprimé} migrated {migré} other {{state}}}';

export const fr: Readonly<Record<keyof typeof en, string>> = {
  'console.title': 'Console partenaire Keycard',
  'console.language': 'Langue',
  'console.nav.label': 'Console',
  'console.nav.who': '{name} ({partnerId})',
  'console.nav.redeem': 'Utiliser des clés de produit',
  'console.nav.customers': 'Clients',
  'console.nav.renewals': 'Renouvellements à venir',
  'console.nav.integrations': 'Intégrations',
  'console.integrations.heading': 'Intégrations',
  'console.integrations.title': 'Intégrations · Keycard',
  'console.integrations.intro':
    'Keycard envoie ses événements (un échange terminé, un renouvellement à venir, un abonnement expiré…) à vos outils sous forme de webhooks : une requête HTTPS vers chaque point de terminaison que vous ajoutez ici, signée avec le secret de ce point de terminaison selon la spécification Standard Webhooks.',
  'console.integrations.endpoints': 'Vos points de terminaison',
  'console.integrations.count':
    '{count, plural, =0 {Aucun point de terminaison pour l’instant : ajoutez-en un ci-dessous.} one {# point de terminaison, sur 10 au plus.} other {# points de terminaison, sur 10 au plus.}}',
  'console.integrations.url': 'URL',
  'console.integrations.description': 'Description',
  'console.integrations.events': 'Événements',
  'console.integrations.state': 'État',
  'console.integrations.allEvents': 'Tous les événements, y compris les types ajoutés plus tard',
  'console.integrations.enabled': 'Activé : les événements sont envoyés dès qu’ils se produisent.',
  'console.integrations.disabledByYou':
    'Désactivé par vous le {at}. Ses événements sont retenus et seront envoyés quand vous le réactiverez.',
  'console.integrations.disabledFailing':
    'Désactivé par Keycard le {at} : chaque livraison a échoué depuis le {since}. Ses événements sont retenus et seront envoyés quand vous le réactiverez.',
  'console.integrations.failing':
    'Chaque livraison échoue depuis le {since}. Après 3 jours d’échecs, Keycard désactive le point de terminaison et vous prévient par e-mail.',
  'console.integrations.lastErrors': 'Dernières erreurs',
  'console.integrations.errorAt': '{at} : {error}',
  'console.integrations.enableAgain': 'Réactiver',
  'console.integrations.enableNote':
    'Le réactiver envoie les événements retenus pendant qu’il était désactivé.',
  'console.integrations.disable': 'Désactiver',
  'console.integrations.disabledNow':
    'Le point de terminaison est désactivé. Ses événements sont retenus jusqu’à ce que vous le réactiviez.',
  'console.integrations.enabledNow':
    'Le point de terminaison est de nouveau activé : les événements retenus entre-temps sont en cours d’envoi.',
  'console.integrations.test': 'Envoyer un événement de test',
  'console.integrations.testSent':
    'Événement de test envoyé. Sa livraison s’affiche ci-dessous dans un instant.',
  'console.integrations.testOutcome':
    '{status, select, delivered {L’événement de test a été livré.} failed {L’événement de test n’a pas pu être livré : ses tentatives sont listées ci-dessous.} other {L’événement de test est encore en route : actualisez les livraisons pour le voir arriver.}}',
  'console.integrations.rotate': 'Renouveler le secret',
  'console.integrations.rotateConfirm':
    'Créer un nouveau secret de signature pour ce point de terminaison ? L’actuel continue de signer les messages pendant 24 heures, le temps de déployer le nouveau.',
  'console.integrations.rotateYes': 'Créer un nouveau secret',
  'console.integrations.rotateNo': 'Garder l’actuel',
  'console.integrations.delete': 'Supprimer',
  'console.integrations.deleteConfirm':
    'Supprimer le point de terminaison {url} ? Plus rien ne lui sera envoyé, et c’est définitif.',
  'console.integrations.deleteYes': 'Supprimer le point de terminaison',
  'console.integrations.deleteNo': 'Le garder',
  'console.integrations.deleted': 'Le point de terminaison {url} a été supprimé.',
  'console.integrations.secretHeading': 'Le secret de signature de {url}',
  'console.integrations.secretOnce':
    'Copiez-le maintenant et conservez-le dans votre outil : Keycard ne l’affichera plus.',
  'console.integrations.secretLabel': 'Secret de signature',
  'console.integrations.copy': 'Copier le secret',
  'console.integrations.copied': 'Copié.',
  'console.integrations.copyFailed': 'Il n’a pas pu être copié : sélectionnez-le et copiez-le vous-même.',
  'console.integrations.secretDone': 'Je l’ai enregistré',
  'console.integrations.rotated':
    'Jusqu’au {until}, l’ancien secret signe aussi chaque message (pendant 24 heures) : votre outil accepte les deux le temps de déployer le nouveau.',
  'console.integrations.add': 'Ajouter un point de terminaison',
  'console.integrations.urlHelp':
    'Où Keycard envoie les événements : une adresse https à laquelle votre outil répond 2xx en moins de 10 secondes.',
  'console.integrations.descriptionHelp':
    'Ce que c’est, pour votre équipe (facultatif, 200 caractères au plus).',
  'console.integrations.eventsLegend': 'Événements à envoyer',
  'console.integrations.typesNeeded': 'Choisissez au moins un événement, ou tous les événements.',
  'console.integrations.addSubmit': 'Ajouter le point de terminaison',
  'console.integrations.urlField':
    'Saisissez l’adresse complète de votre point de terminaison, commençant par https://.',
  'console.integrations.descriptionField': 'Une description compte 200 caractères au plus.',
  'console.integrations.sinceField': 'Saisissez un moment des 30 derniers jours, pas dans le futur.',
  'console.integrations.eventType':
    '{type, select, redemption_completed {Échange terminé} subscription_created {Abonnement créé} subscription_renewed {Abonnement renouvelé} subscription_seats_added {Licences ajoutées} subscription_renewal_due {Renouvellement à venir} subscription_expired {Abonnement expiré} subscription_disabled {Abonnement désactivé} subscription_deleted {Abonnement supprimé} subscription_switched_to_direct_billing {Passé en facturation directe} partner_of_record_changed {Partner of Record changé} delegation_offer_accepted {Offre d’administration déléguée acceptée} delegation_offer_declined {Offre d’administration déléguée refusée} delegation_offer_expired {Offre d’administration déléguée expirée} delegated_admin_removed {Administrateur délégué retiré} ping {Événement de test} other {{type}}}',
  'console.integrations.deliveries': 'Livraisons récentes',
  'console.integrations.noDeliveries': 'Rien n’a encore été envoyé à ce point de terminaison.',
  'console.integrations.deliveryStatus':
    '{status, select, pending {En attente} delivered {Livré} failed {Échec : chaque tentative a échoué} held {Retenu tant que le point de terminaison est désactivé} other {{status}}}',
  'console.integrations.nextAttempt': 'Prochaine tentative : {at}.',
  'console.integrations.eventAt': 'Événement du {at}',
  'console.integrations.attempt':
    '{at} : {answered, select, yes {HTTP {status}} other {aucune réponse}} après {ms} ms',
  'console.integrations.noAttempts': 'Aucune tentative pour l’instant.',
  'console.integrations.redeliver': 'Renvoyer',
  'console.integrations.redelivered': 'Renvoyé : ses nouvelles tentatives s’affichent dans la liste.',
  'console.integrations.refresh': 'Actualiser les livraisons',
  'console.integrations.more': 'Afficher plus de livraisons',
  'console.integrations.redeliverSince': 'Renvoyer depuis…',
  'console.integrations.sinceLabel': 'Tous les événements depuis (UTC)',
  'console.integrations.sinceHelp':
    'Dans les 30 derniers jours : chaque événement depuis ce moment, des types que reçoit ce point de terminaison, est renvoyé.',
  'console.integrations.sinceSubmit': 'Renvoyer ces événements',
  'console.integrations.queued':
    '{queued, plural, =0 {Aucun événement à renvoyer depuis ce moment.} one {# événement est renvoyé.} other {# événements sont renvoyés.}}',
  'console.nav.signOut': 'Se déconnecter',
  'console.outage.heading': 'Console partenaire Keycard',
  'console.outage.retry': 'Réessayer',
  'console.signIn.heading': 'Se connecter à Keycard',
  'console.signIn.token': 'Jeton partenaire',
  'console.signIn.tokenHelp':
    'Le jeton kcp_ que votre opérateur vous a donné. Il n’est conservé que jusqu’à la fermeture du navigateur.',
  'console.signIn.submit': 'Se connecter',
  'console.signIn.tokenStopped':
    'Votre jeton ne fonctionne plus (il a peut-être été remplacé). Connectez-vous à nouveau.',

  'console.problem.unauthenticated':
    'Ce jeton n’est pas valide. Il a peut-être été remplacé par un plus récent : demandez à votre opérateur.',
  'console.problem.network': 'Keycard est injoignable. Vérifiez votre connexion et réessayez.',
  'console.problem.unavailable': 'Keycard n’est pas disponible pour le moment. Réessayez dans un instant.',
  'console.problem.busy': 'Keycard est occupé pour le moment. Réessayez dans un instant.',
  'console.problem.invalidKeyFormat':
    'Une clé de produit compte 25 lettres et chiffres, en cinq groupes de cinq.',
  'console.problem.keyChecksumMismatch':
    'Cette clé contient une faute de frappe. Comparez chaque groupe de cinq avec la carte.',
  'console.problem.keyNotFound': 'Cette clé est inconnue. Comparez-la avec la carte.',
  'console.problem.keyAlreadyRedeemed': 'Cette clé a déjà été utilisée.',
  'console.problem.keyReserved': 'Cette clé est en cours d’utilisation dans un autre assistant.',
  'console.problem.keyRevoked': 'Cette clé a été révoquée et ne peut pas être utilisée.',
  'console.problem.keySkuMismatch':
    'Toutes les clés d’une même utilisation doivent porter sur le même produit et la même durée.',
  'console.problem.keyAlreadyAdded': 'Cette clé est déjà dans la liste.',
  'console.problem.tooManyFailedKeyAttempts':
    'Trop de clés inconnues ont été essayées. Attendez quelques minutes et réessayez.',
  'console.problem.redemptionExpired':
    'Cette utilisation a expiré avant d’être terminée, et ses clés ont été libérées.',
  'console.problem.redemptionEmpty': 'Ajoutez d’abord au moins une clé de produit.',
  'console.problem.domainUnavailable': 'Ce nom de domaine est déjà pris. Choisissez-en un autre.',
  'console.problem.domainPrefixFormat':
    'Un nom de domaine compte de 3 à 27 lettres minuscules et chiffres et commence par une lettre.',
  'console.problem.countryNotSupported': 'Keycard n’est pas proposé dans ce pays.',
  'console.problem.partnerNotEligible':
    'Seuls les partenaires inscrits à Cloud Essentials peuvent proposer l’administration déléguée.',
  'console.problem.offerAlreadyPending': 'Une offre à ce client attend déjà une réponse.',
  'console.problem.delegationAlreadyActive': 'Vous êtes déjà administrateur délégué de ce client.',
  'console.problem.insufficientSeats': 'Ces clés donnent moins de postes que les licences déjà attribuées.',
  'console.problem.subscriptionMigrated':
    'Cet abonnement est passé à la facturation directe ; les clés ne s’y appliquent plus.',
  'console.problem.validationFailed': 'Certains champs demandent votre attention.',
  'console.problem.fallback': 'Une erreur s’est produite. Réessayez.',
  'console.problem.forbidden': "Vous n'êtes pas autorisé à faire cela pour ce client ou cet abonnement.",
  'console.problem.notFound': "Introuvable. Il a peut-être été supprimé, ou il n'est pas à vous.",
  'console.problem.consoleRequest':
    'La console a envoyé une requête que Keycard ne peut pas accepter. Rechargez la page et réessayez.',
  'console.problem.invalidText':
    'Ce texte contient des caractères de contrôle invisibles (peut-être collés depuis un autre document). Saisissez-le à nouveau.',
  'console.problem.invalidContinuationToken':
    'Cette liste a changé pendant votre lecture. Ouvrez-la à nouveau.',
  'console.problem.idempotencyKeyReused':
    'Cette requête a déjà été envoyée avec d’autres informations. Rechargez la page et réessayez.',
  'console.problem.requestInProgress':
    'Cette opération est déjà en cours. Attendez un instant et vérifiez le résultat avant de réessayer.',
  'console.problem.preconditionFailed':
    'Quelqu’un a modifié cet élément entre-temps. Rechargez-le et refaites votre modification.',
  'console.problem.partnerExists': 'Un partenaire avec cet identifiant de programme est déjà enregistré.',
  'console.problem.attestationRequired':
    'Confirmez d’abord que vous êtes la bonne personne pour utiliser des clés de produit pour votre organisation.',
  'console.problem.tooManyKeys':
    'Cette utilisation contient déjà autant de clés que possible. Terminez-la, puis utilisez les autres dans une nouvelle.',
  'console.problem.redemptionNotOpen':
    'Ces clés sont déjà confirmées et ne peuvent plus être modifiées. Passez à l’étape 2.',
  'console.problem.redemptionNotConfirmed': 'Vérifiez et confirmez les clés avant l’étape 2.',
  'console.problem.redemptionCompleted':
    'Cette utilisation est déjà terminée et ses clés sont consommées. Utilisez d’autres clés pour recommencer.',
  'console.problem.partnerNotFound': 'Ce partenaire n’est pas enregistré chez Keycard.',
  'console.problem.invalidCountryCode': 'Choisissez dans la liste le pays ou la région du client.',
  'console.problem.unsupportedLanguage':
    'Keycard n’écrit pas dans cette langue. Choisissez l’anglais, l’italien, l’allemand, le français ou l’espagnol.',
  'console.problem.keyTermTooShort':
    'Ces clés se terminent avant la période en cours de l’abonnement : elles ne peuvent pas lui ajouter de postes. Renouvelez-le plutôt avec elles, ou utilisez des clés de plus longue durée.',
  'console.problem.keyTermExceedsRemaining':
    'Ces clés dépassent de plus de 30 jours la fin de la période en cours de l’abonnement : ces jours seraient perdus. Renouvelez-le plutôt avec elles, ou utilisez des clés de plus courte durée.',
  'console.problem.prepaidTermRemaining':
    'Passer maintenant à la facturation directe ferait perdre des jours prépayés de cet abonnement. Confirmez que vous y renoncez.',
  'console.problem.subscriptionNotActive':
    'Cet abonnement n’est pas actif (expiré ou désactivé) : on ne peut pas lui ajouter de postes. Renouvelez-le plutôt avec ces clés.',
  'console.problem.subscriptionDisabled':
    'Cet abonnement est désactivé. Renouvelez-le avant d’ajouter des utilisateurs.',
  'console.problem.subscriptionDeleted': 'Cet abonnement a été supprimé et ne peut plus être modifié.',
  'console.problem.noLicensesAvailable':
    'Toutes les licences de cet abonnement sont attribuées. Ajoutez des postes, ou ajoutez l’utilisateur sans licence.',
  'console.problem.userExists': 'Ce client a déjà un utilisateur avec ce nom d’utilisateur.',
  'console.problem.lastAdmin':
    'C’est le dernier administrateur général du client. Nommez d’abord quelqu’un d’autre administrateur général.',
  'console.problem.userNotAdministrator':
    'Seul un administrateur général avec une adresse e-mail de contact peut recevoir un nouveau jeton de connexion.',
  'console.problem.offerExpired':
    'Cette offre a expiré (les offres durent 90 jours). Envoyez-en une nouvelle.',
  'console.problem.offerUsed': 'Cette offre a déjà reçu une réponse.',
  'console.problem.offerWithdrawn': 'Cette offre a été retirée.',
  'console.problem.notificationNotFailed': 'Seule une notification en échec peut être renvoyée.',
  'console.problem.tooManyWebhookEndpoints':
    'Keycard conserve au plus 10 points de terminaison webhook par partenaire. Supprimez d’abord celui que vous n’utilisez plus.',
  'console.problem.webhookUrlForbidden':
    'Keycard ne peut pas envoyer d’événements à cette adresse. Utilisez une URL https d’un serveur public, pas une adresse d’un réseau privé ou local.',
  'console.problem.internalError':
    'Keycard a rencontré une erreur interne. Réessayez ; si cela se reproduit, prévenez votre opérateur.',

  'console.field.key': 'Saisissez les 25 lettres et chiffres de la clé, tels qu’imprimés sur la carte.',
  'console.field.organizationName': 'Saisissez le nom de l’organisation du client (256 caractères au plus).',
  'console.field.firstName': 'Saisissez le prénom de l’administrateur (64 caractères au plus).',
  'console.field.lastName': 'Saisissez le nom de l’administrateur (64 caractères au plus).',
  'console.field.email': 'Saisissez l’adresse e-mail de l’administrateur, par exemple nom@exemple.fr.',
  'console.field.phone': 'Saisissez un numéro de téléphone, par exemple +33 1 23 45 67 89.',
  'console.field.choice': 'Cochez cette case ou laissez-la vide.',
  'console.field.subscription': 'Choisissez l’un de vos abonnements dans la liste.',
  'console.field.offerMessage': 'Écrivez un message au client (2000 caractères au plus).',
  'console.field.other': 'Keycard n’a pas accepté cette valeur. Rechargez la page et réessayez.',

  'console.wizard.heading': 'Utiliser des clés de produit',
  'console.wizard.stepKeys':
    'Saisissez chaque clé de 25 caractères figurant sur les cartes ; ajoutez-en autant que vous en avez.',
  'console.wizard.stepVerify': 'Vérifiez que tout est correct, puis confirmez.',
  'console.wizard.stepCustomer':
    'Étape 2 : créez le compte du client, ou ajoutez les clés à un abonnement existant.',
  'console.wizard.finishHere':
    'Terminez dans cette fenêtre : si vous la fermez, les clés sont libérées et vous recommencez.',
  'console.wizard.attestation':
    'Je suis la bonne personne pour utiliser des clés de produit pour mon organisation',
  'console.wizard.attestationFirst': 'Confirmez d’abord que vous êtes la bonne personne.',
  'console.wizard.attestationTick': 'Cochez cette case pour continuer.',
  'console.wizard.start': 'Commencer',
  'console.wizard.startAgain': 'Recommencer',

  'console.keys.heading': 'Ajouter des clés de produit',
  'console.keys.field': 'Clé de produit',
  'console.keys.fieldHelp': '25 lettres et chiffres, tels qu’imprimés sur la carte.',
  'console.keys.add': 'Ajouter la clé de produit',
  'console.keys.addAnother': 'Ajouter une autre clé de produit',
  'console.keys.listHeading': 'Clés de cette utilisation',
  'console.keys.listLabel': 'Clés ajoutées',
  'console.keys.item':
    '{product}, {seats, plural, one {# poste} other {# postes}}, {months, plural, one {# mois} other {# mois}}',
  'console.keys.remove': 'Retirer',
  'console.keys.removeLabel': 'Retirer la clé {key}',
  'console.keys.next': 'Suivant : vérifier',

  'console.verify.heading': 'Vérifiez que tout est correct',
  'console.verify.product': 'Produit',
  'console.verify.seats': 'Postes',
  'console.verify.term': 'Durée',
  'console.verify.months': '{months, plural, one {# mois} other {# mois}}',
  'console.verify.keys': 'Clés',
  'console.verify.back': 'Revenir aux clés',
  'console.verify.confirm': 'Confirmer',

  'console.confirmed.heading': 'Ajout des clés de produit terminé',
  'console.confirmed.text':
    'Les clés sont réservées pour cette utilisation. Utilisez-les maintenant pour un client.',
  'console.confirmed.next': 'Commencer l’étape 2',

  'console.customer.heading': 'Étape 2 : le client',
  'console.customer.new': 'Un nouveau client',
  'console.customer.country': 'Pays ou région',
  'console.customer.countryHelp': 'Un pays absent de cette liste n’est pas desservi.',
  'console.customer.chooseCountry': 'Choisissez un pays',
  'console.customer.organization': 'Nom de l’organisation',
  'console.customer.domain': 'Nom de domaine',
  'console.customer.available': '{domain} est disponible.',
  'console.customer.taken': '{domain} est déjà pris.',
  'console.customer.adminHeading': 'L’administrateur du client',
  'console.customer.firstName': 'Prénom',
  'console.customer.lastName': 'Nom',
  'console.customer.email': 'E-mail',
  'console.customer.emailHelp': 'L’e-mail de bienvenue avec le jeton de connexion est envoyé ici.',
  'console.customer.roleHeading': 'Votre rôle',
  'console.customer.partnerOfRecord': 'Être le Partner of Record de cet abonnement',
  'console.customer.delegated':
    'Devenir dès maintenant administrateur délégué du client (le client peut y mettre fin à tout moment)',
  'console.customer.create': 'Créer le compte',
  'console.customer.existing': 'Ou un abonnement existant',
  'console.customer.subscription': 'Abonnement',
  'console.customer.subscriptionOption':
    '{product}, {seats, plural, one {# poste} other {# postes}}, se termine le {end, date, long} ({ref})',
  'console.customer.renew': 'Le renouveler avec ces clés',
  'console.customer.addSeats': 'Lui ajouter ces postes',
  'console.customer.addSeatsAnyway': 'Ajouter quand même les postes',
  'console.customer.unusedDays':
    'Ces clés dépassent de {days, plural, one {# jour} other {# jours}} la fin de la période en cours de l’abonnement : ces jours seraient perdus. Ajoutez quand même les postes, ou renouvelez plutôt l’abonnement avec ces clés.',

  'console.done.heading': 'Terminé',
  'console.done.customer': 'Client',
  'console.done.subscription': 'Abonnement',
  'console.done.subscriptionValue': `{product}, {seats, plural, one {# poste} other {# postes}}, ${STATE}`,
  'console.done.term': 'Durée',
  'console.done.administrator': 'Administrateur',
  'console.done.administratorValue': '{name} ({userName}), avec licence',
  'console.done.welcomeSent': 'L’administrateur a reçu un e-mail de bienvenue avec son jeton de connexion.',
  'console.done.applied': 'Les clés sont appliquées.',
  'console.done.notices':
    'Les avis de renouvellement sont envoyés aux administrateurs du client et au Partner of Record 60, 30, 7 et 1 jours avant le {end, date, long}.',
  'console.done.again': 'Utiliser d’autres clés',
  'console.done.resumed': 'Cette utilisation de clés est terminée : ses clés sont appliquées.',
  'console.title.wizardStart': 'Utiliser des clés de produit — étape {step} sur {steps} · Keycard',
  'console.title.wizard': '{heading} — Utiliser des clés de produit, étape {step} sur {steps} · Keycard',
  'console.wizard.progress': 'Étape {step} sur {steps}',
  'console.wizard.renewing':
    'Vous avez choisi un abonnement à renouveler : ajoutez les clés, et l’étape 2 propose de le renouveler avec elles.',
  'console.wizard.cancel': 'Annuler l’utilisation des clés',
  'console.wizard.cancelAsk':
    'Annuler cette utilisation de clés ? {keys, plural, =0 {Vous recommencez depuis le début.} one {Sa clé est libérée tout de suite, et vous recommencez depuis le début.} other {Ses # clés sont libérées tout de suite, et vous recommencez depuis le début.}}',
  'console.wizard.cancelYes': 'Oui, l’annuler',
  'console.wizard.cancelNo': 'Non, continuer',
  'console.wizard.cancelled':
    'L’utilisation des clés est annulée et ses clés sont libérées. Commencez-en une nouvelle quand vous voulez.',
  'console.wizard.cancelFailed': 'L’utilisation des clés n’est pas encore annulée : réessayez.',
  'console.wizard.cancelCompleted':
    'Cette utilisation de clés est déjà terminée : ses clés sont utilisées, elle ne peut plus être annulée.',
  'console.wizard.cancelInProgress':
    'Cette utilisation de clés est en train de se terminer, elle ne peut donc pas être annulée. Attendez un instant, puis rechargez la page pour voir le résultat.',
  'console.wizard.resumedExpired':
    'L’utilisation de clés que vous aviez ouverte a expiré avant d’être terminée, et ses clés ont été libérées. Commencez-en une nouvelle.',
  'console.wizard.resumedAbandoned':
    'L’utilisation de clés que vous aviez ouverte a été annulée, et ses clés ont été libérées. Commencez-en une nouvelle.',
  'console.wizard.resumedGone':
    'L’utilisation de clés que vous aviez ouverte n’existe plus. Commencez-en une nouvelle.',
  'console.keys.confirmedNote':
    'Ces clés sont confirmées : la liste ne peut plus changer. Passez à l’étape 2, ou annulez pour recommencer.',
  'console.keys.elsewhere':
    'Cette clé est dans une autre de vos utilisations de clés, commencée le {at, date, long}.',
  'console.keys.openElsewhere': 'Ouvrir cet assistant',
  'console.keys.openElsewhereNote':
    '{keys, plural, =0 {Cet assistant, encore vide, est alors fermé.} one {Cet assistant est alors annulé et sa clé libérée.} other {Cet assistant est alors annulé et ses # clés libérées.}}',
  'console.customer.renewing': 'Renouveler l’abonnement choisi',
  'console.customer.renewingNote':
    'Vous avez choisi de renouveler cet abonnement avec ces clés. Pour créer plutôt un nouveau client, utilisez le formulaire ci-dessous.',
  'console.signOut.ask':
    'Une utilisation de clés est en cours. Vous déconnecter l’annule et libère ses clés.',
  'console.signOut.yes': 'Se déconnecter et annuler',
  'console.signOut.no': 'Rester connecté',
  'console.signOut.failed': 'Vous êtes toujours connecté, et l’utilisation des clés n’est pas annulée.',

  'console.customers.heading': 'Clients',
  'console.customers.none': 'Aucun client pour l’instant. Utilisez des clés de produit pour en créer un.',
  'console.tenant.name': '{organization} ({domain})',
  'console.tenant.place': '{domain}, {country}',
  'console.tenant.subscriptions': 'Abonnements',
  'console.tenant.subscription': `{product} : ${STATE}`,
  'console.tenant.seatsUsed':
    '{assigned} sur {seats, plural, one {# poste utilisé} other {# postes utilisés}}, du {start, date, long} au {end, date, long}',
  'console.term.span': 'du {start, date, long} au {end, date, long}',
  'console.term.label': 'Durée du {start, date, long} au {end, date, long}',
  'console.term.ends': 'Se termine le {at, date, long}',
  'console.term.notice':
    'Avis {days, plural, one {# jour} other {# jours}} avant, le {at, date, long} ({status, select, scheduled {prévu} sent {envoyé} skipped {ignoré} done {fait} other {{status}}})',
  'console.tenant.users': 'Utilisateurs',
  'console.tenant.delegates': 'Administrateurs délégués',
  'console.tenant.delegate': '{name} depuis le {since, date, long}',
  'console.tenant.none': 'Aucun.',
  'console.tenant.offerMessage': 'Message au client',
  'console.tenant.offer': 'Proposer l’administration déléguée',
  'console.tenant.offerSent':
    'Envoyée : les administrateurs du client ont reçu par e-mail un lien pour accepter ou refuser.',
  'console.tenant.notifications': 'Notifications envoyées',
  'console.tenant.notification': '{type} : {status}, {at, date, long}',
  'console.tenant.noneYet': 'Aucune pour l’instant.',
  'console.tenant.all': 'Tous les clients',
  'console.renewals.heading': 'Renouvellements à venir',
  'console.renewals.intro':
    'Les abonnements de vos clients qui se terminent bientôt, le plus proche en premier. Renouvelez-en un avec des clés de produit avant sa fin, pour que personne ne perde l’accès.',
  'console.renewals.horizon': 'Abonnements se terminant dans',
  'console.renewals.within': 'les {days} prochains jours',
  'console.renewals.found':
    '{count, plural, one {# abonnement affiché} other {# abonnements affichés}}, se terminant dans les {days} prochains jours.',
  'console.renewals.none': 'Aucun abonnement de vos clients ne se termine dans les {days} prochains jours.',
  'console.renewals.subscription': '{product} pour {customer}',
  'console.renewals.state':
    '{state, select, active {Actif} expired {Expiré : encore pleinement utilisable pendant ses 30 jours de grâce} disabled {Désactivé : seuls ses administrateurs peuvent se connecter jusqu’au renouvellement} other {{state}}}',
  'console.renewals.seats': '{seats, plural, one {# poste} other {# postes}}, {assigned} utilisés',
  'console.renewals.ends':
    '{past, select, yes {Terminé le} other {Se termine le}} {end, date, long} ({relative})',
  'console.renewals.noticesSent':
    'Avis de renouvellement envoyés : {list} {last, plural, one {jour} other {jours}} avant la fin.',
  'console.renewals.noNotices': 'Aucun avis de renouvellement envoyé pour l’instant.',
  'console.renewals.renew': 'Renouveler avec des clés',
  'console.renewals.direct': 'Facturé directement : il se renouvelle tout seul.',
  'console.renewals.more': 'Afficher plus',
  ...frCustomer,
};
