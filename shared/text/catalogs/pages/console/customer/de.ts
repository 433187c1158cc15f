import type { enCustomer } from './en';

/** German (the partner console's customer page: users, the offer of delegated administration). */
export const deCustomer: Readonly<Record<keyof typeof enCustomer, string>> = {
  'console.field.userFirstName': 'Geben Sie den Vornamen des Benutzers ein (höchstens 64 Zeichen).',
  'console.field.userLastName': 'Geben Sie den Nachnamen des Benutzers ein (höchstens 64 Zeichen).',
  'console.field.userName':
    'Geben Sie einen Benutzernamen wie max.muster ein: Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, am Anfang und Ende ein Buchstabe oder eine Ziffer.',
  'console.field.contactEmail':
    'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein (ein globaler Administrator braucht eine).',
  'console.field.role': 'Wählen Sie eine Rolle aus der Liste.',
  'console.users.why':
    'Sie können die Benutzer dieses Kunden sehen und verwalten, sobald Sie sein delegierter Administrator sind. Bieten Sie unten die delegierte Administration an: Der Kunde entscheidet.',
  'console.users.licenses':
    '{used, number} von {seats, plural, one {# Lizenz} other {# Lizenzen}} zugewiesen, {available, number} verfügbar.',
  'console.users.userName': 'Benutzername',
  'console.users.userNameHelp':
    'Wie max.muster: Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche. Der Benutzer meldet sich als max.muster@{domain} an.',
  'console.users.role': 'Rolle',
  'console.users.roleValue':
    '{role, select, global_administrator {Globaler Administrator} user {Benutzer} other {{role}}}',
  'console.users.roleHelp':
    'Ein globaler Administrator kann diesen Kunden verwalten und erhält seine Hinweise.',
  'console.users.license': 'Lizenz',
  'console.users.licensed': '{licensed, select, yes {Ja} other {Nein}}',
  'console.users.signIn': 'Anmeldung',
  'console.users.signInValue':
    '{reason, select, none {Erlaubt} subscription_disabled {Gesperrt: Das Abonnement ist deaktiviert} subscription_deleted {Gesperrt: Das Abonnement ist gelöscht} other {Gesperrt}}',
  'console.users.email': 'Kontakt-E-Mail',
  'console.users.emailHelp':
    'Für einen globalen Administrator nötig: Sein Anmeldetoken wird dorthin gesendet.',
  'console.users.noEmail': 'Keine',
  'console.users.changeRole': 'Rolle ändern',
  'console.users.changeRoleOf': 'Rolle ändern: {name}',
  'console.users.save': 'Speichern',
  'console.users.cancel': 'Abbrechen',
  'console.users.roleSaved':
    'Die Rolle von {name} ist jetzt {role, select, global_administrator {Globaler Administrator} user {Benutzer} other {{role}}}.',
  'console.users.remove': 'Entfernen',
  'console.users.removeOf': 'Entfernen: {name}',
  'console.users.removeConfirm':
    '{name} ({userName}) entfernen? Die Lizenz wird frei, und eine Anmeldung ist nicht mehr möglich.',
  'console.users.removeYes': 'Ja, entfernen',
  'console.users.keep': 'Benutzer behalten',
  'console.users.removed': '{name} wurde entfernt.',
  'console.users.add': 'Einen Benutzer hinzufügen',
  'console.users.assignLicense': 'Eine Lizenz zuweisen ({available, number} verfügbar)',
  'console.users.addSubmit': 'Benutzer hinzufügen',
  'console.users.added':
    '{name} wurde als {userName} hinzugefügt.{admin, select, yes { Das Anmeldetoken wurde an die Kontakt-E-Mail gesendet.} other {}}',
  'console.offers.delegated':
    'Sie sind der delegierte Administrator dieses Kunden: Es gibt kein Angebot zu senden.',
  'console.offers.pending': 'Ihr Angebot wartet auf eine Antwort',
  'console.offers.pendingSince':
    'Gesendet am {sent, date, long}; der Kunde kann bis zum {expires, date, long} antworten.',
  'console.offers.withdraw': 'Zurückziehen',
  'console.offers.withdrawConfirm':
    'Dieses Angebot zurückziehen? Der Link in der E-Mail des Kunden funktioniert dann nicht mehr.',
  'console.offers.withdrawYes': 'Ja, zurückziehen',
  'console.offers.keep': 'Angebot behalten',
  'console.offers.withdrawn': 'Das Angebot wurde zurückgezogen. Sie können ein neues senden.',
};
