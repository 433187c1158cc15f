import type { enCustomer } from './en';

/** French (the partner console's customer page: users, the offer of delegated administration). */
export const frCustomer: Readonly<Record<keyof typeof enCustomer, string>> = {
  'console.field.userFirstName': 'Saisissez le prénom de l’utilisateur (64 caractères au plus).',
  'console.field.userLastName': 'Saisissez le nom de l’utilisateur (64 caractères au plus).',
  'console.field.userName':
    'Saisissez un nom d’utilisateur comme jean.dupont : lettres, chiffres, points, tirets et tirets bas, commençant et finissant par une lettre ou un chiffre.',
  'console.field.contactEmail':
    'Saisissez une adresse e-mail, par exemple nom@exemple.fr (un administrateur général en a besoin).',
  'console.field.role': 'Choisissez un rôle dans la liste.',
  'console.users.why':
    'Vous pourrez voir et gérer les utilisateurs de ce client dès que vous serez son administrateur délégué. Proposez l’administration déléguée ci-dessous : le client décide.',
  'console.users.licenses':
    'Licences attribuées : {used, number} sur {seats, number} ; {available, plural, one {# disponible} other {# disponibles}}.',
  'console.users.userName': 'Nom d’utilisateur',
  'console.users.userNameHelp':
    'Comme jean.dupont : lettres, chiffres, points, tirets et tirets bas. L’utilisateur se connecte en tant que jean.dupont@{domain}.',
  'console.users.role': 'Rôle',
  'console.users.roleValue':
    '{role, select, global_administrator {Administrateur général} user {Utilisateur} other {{role}}}',
  'console.users.roleHelp': 'Un administrateur général peut administrer ce client et reçoit ses avis.',
  'console.users.license': 'Licence',
  'console.users.licensed': '{licensed, select, yes {Oui} other {Non}}',
  'console.users.signIn': 'Connexion',
  'console.users.signInValue':
    '{reason, select, none {Autorisée} subscription_disabled {Bloquée : l’abonnement est désactivé} subscription_deleted {Bloquée : l’abonnement est supprimé} other {Bloquée}}',
  'console.users.email': 'E-mail de contact',
  'console.users.emailHelp':
    'Nécessaire pour un administrateur général : son jeton de connexion y est envoyé.',
  'console.users.noEmail': 'Aucun',
  'console.users.changeRole': 'Changer le rôle',
  'console.users.changeRoleOf': 'Changer le rôle de {name}',
  'console.users.save': 'Enregistrer',
  'console.users.cancel': 'Annuler',
  'console.users.roleSaved':
    'Le rôle de {name} est maintenant : {role, select, global_administrator {Administrateur général} user {Utilisateur} other {{role}}}.',
  'console.users.remove': 'Supprimer',
  'console.users.removeOf': 'Supprimer {name}',
  'console.users.removeConfirm':
    'Supprimer {name} ({userName}) ? Sa licence est libérée et la connexion ne sera plus possible.',
  'console.users.removeYes': 'Oui, supprimer',
  'console.users.keep': 'Garder l’utilisateur',
  'console.users.removed': 'Utilisateur supprimé : {name}.',
  'console.users.add': 'Ajouter un utilisateur',
  'console.users.assignLicense':
    'Attribuer une licence ({available, plural, one {# disponible} other {# disponibles}})',
  'console.users.addSubmit': 'Ajouter l’utilisateur',
  'console.users.added':
    'Utilisateur ajouté : {name}, sous le nom {userName}.{admin, select, yes { Son jeton de connexion a été envoyé à son e-mail de contact.} other {}}',
  'console.offers.delegated':
    'Vous êtes l’administrateur délégué de ce client : aucune proposition à envoyer.',
  'console.offers.pending': 'Votre proposition attend une réponse',
  'console.offers.pendingSince':
    'Envoyée le {sent, date, long} ; le client peut répondre jusqu’au {expires, date, long}.',
  'console.offers.withdraw': 'Retirer',
  'console.offers.withdrawConfirm':
    'Retirer cette proposition ? Le lien dans l’e-mail du client cessera de fonctionner.',
  'console.offers.withdrawYes': 'Oui, retirer',
  'console.offers.keep': 'Garder la proposition',
  'console.offers.withdrawn': 'La proposition a été retirée. Vous pouvez en envoyer une nouvelle.',
};
