import type { enCustomer } from './en';

/** Italian (the partner console's customer page: users, the offer of delegated administration). */
export const itCustomer: Readonly<Record<keyof typeof enCustomer, string>> = {
  'console.field.userFirstName': "Scrivi il nome dell'utente (al massimo 64 caratteri).",
  'console.field.userLastName': "Scrivi il cognome dell'utente (al massimo 64 caratteri).",
  'console.field.userName':
    'Scrivi un nome utente come mario.rossi: lettere, cifre, punti, trattini e trattini bassi, con una lettera o una cifra al primo e all’ultimo posto.',
  'console.field.contactEmail':
    'Scrivi un indirizzo email come nome@esempio.it (un amministratore globale ne ha bisogno).',
  'console.field.role': "Scegli un ruolo dall'elenco.",
  'console.users.why':
    "Potrai vedere e gestire gli utenti di questo cliente quando ne sarai l'amministratore delegato. Offri l'amministrazione delegata qui sotto: decide il cliente.",
  'console.users.licenses':
    'Licenze assegnate: {used, number} su {seats, number}; {available, plural, one {# disponibile} other {# disponibili}}.',
  'console.users.userName': 'Nome utente',
  'console.users.userNameHelp':
    "Come mario.rossi: lettere, cifre, punti, trattini e trattini bassi. L'utente accede come mario.rossi@{domain}.",
  'console.users.role': 'Ruolo',
  'console.users.roleValue':
    '{role, select, global_administrator {Amministratore globale} user {Utente} other {{role}}}',
  'console.users.roleHelp':
    'Un amministratore globale può amministrare questo cliente e ne riceve gli avvisi.',
  'console.users.license': 'Licenza',
  'console.users.licensed': '{licensed, select, yes {Sì} other {No}}',
  'console.users.signIn': 'Accesso',
  'console.users.signInValue':
    "{reason, select, none {Consentito} subscription_disabled {Bloccato: l'abbonamento è disattivato} subscription_deleted {Bloccato: l'abbonamento è eliminato} other {Bloccato}}",
  'console.users.email': 'Email di contatto',
  'console.users.emailHelp':
    'Necessaria per un amministratore globale: il suo token di accesso viene inviato lì.',
  'console.users.noEmail': 'Nessuna',
  'console.users.changeRole': 'Cambia ruolo',
  'console.users.changeRoleOf': 'Cambia ruolo di {name}',
  'console.users.save': 'Salva',
  'console.users.cancel': 'Annulla',
  'console.users.roleSaved':
    'Il ruolo di {name} ora è {role, select, global_administrator {Amministratore globale} user {Utente} other {{role}}}.',
  'console.users.remove': 'Rimuovi',
  'console.users.removeOf': 'Rimuovi {name}',
  'console.users.removeConfirm':
    'Rimuovere {name} ({userName})? La sua licenza torna libera e non potrà più accedere.',
  'console.users.removeYes': 'Sì, rimuovi',
  'console.users.keep': "Mantieni l'utente",
  'console.users.removed': '{name}: utente rimosso.',
  'console.users.add': 'Aggiungi un utente',
  'console.users.assignLicense':
    'Assegna una licenza ({available, plural, one {# disponibile} other {# disponibili}})',
  'console.users.addSubmit': 'Aggiungi utente',
  'console.users.added':
    '{name}: utente aggiunto come {userName}.{admin, select, yes { Il suo token di accesso è stato inviato alla sua email di contatto.} other {}}',
  'console.offers.delegated':
    "Sei già l'amministratore delegato di questo cliente: non serve inviare un'offerta.",
  'console.offers.pending': 'La tua offerta attende una risposta',
  'console.offers.pendingSince':
    'Inviata il {sent, date, long}; il cliente può rispondere fino al {expires, date, long}.',
  'console.offers.withdraw': 'Ritira',
  'console.offers.withdrawConfirm':
    "Ritirare questa offerta? Il link nell'email del cliente smetterà di funzionare.",
  'console.offers.withdrawYes': 'Sì, ritira',
  'console.offers.keep': "Mantieni l'offerta",
  'console.offers.withdrawn': 'Offerta ritirata. Puoi inviarne una nuova.',
};
