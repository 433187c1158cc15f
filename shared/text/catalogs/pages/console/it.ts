import type { en } from './en';

const STATE =
  '{state, select, active {attivo} expired {scaduto} disabled {disattivato} deleted {eliminato} migrated {migrato} other {{state}}}';

export const it: Readonly<Record<keyof typeof en, string>> = {
  'console.title': 'Console partner di Keycard',
  'console.language': 'Lingua',
  'console.nav.label': 'Console',
  'console.nav.who': '{name} ({partnerId})',
  'console.nav.redeem': 'Riscatta product key',
  'console.nav.customers': 'Clienti',
  'console.nav.signOut': 'Esci',
  'console.outage.heading': 'Console partner di Keycard',
  'console.outage.retry': 'Riprova',
  'console.signIn.heading': 'Accedi a Keycard',
  'console.signIn.token': 'Token partner',
  'console.signIn.tokenHelp':
    'Il token kcp_ che ti ha dato il tuo operatore. Resta salvato solo finché non chiudi il browser.',
  'console.signIn.submit': 'Accedi',
  'console.signIn.tokenStopped':
    'Il tuo token non funziona più (potrebbe essere stato sostituito). Accedi di nuovo.',

  'console.problem.unauthenticated':
    'Questo token non è valido. Potrebbe essere stato sostituito da uno più recente: chiedi al tuo operatore.',
  'console.problem.network': 'Keycard non è raggiungibile. Controlla la connessione e riprova.',
  'console.problem.unavailable': 'Keycard non è disponibile in questo momento. Riprova tra poco.',
  'console.problem.busy': 'Keycard è occupato in questo momento. Riprova tra poco.',
  'console.problem.invalidKeyFormat': 'Una product key ha 25 lettere e cifre, in cinque gruppi di cinque.',
  'console.problem.keyChecksumMismatch':
    'Questa chiave contiene un errore di battitura. Confronta ogni gruppo di cinque con la scheda.',
  'console.problem.keyNotFound': 'Questa chiave non è conosciuta. Confrontala con la scheda.',
  'console.problem.keyAlreadyRedeemed': 'Questa chiave è già stata riscattata.',
  'console.problem.keyReserved': 'Questa chiave è in corso di riscatto in un’altra procedura guidata.',
  'console.problem.keyRevoked': 'Questa chiave è stata revocata e non può essere usata.',
  'console.problem.keySkuMismatch':
    'Tutte le chiavi di un riscatto devono essere per lo stesso prodotto e la stessa durata.',
  'console.problem.keyAlreadyAdded': 'Questa chiave è già nell’elenco.',
  'console.problem.tooManyFailedKeyAttempts':
    'Sono state provate troppe chiavi sconosciute. Attendi qualche minuto e riprova.',
  'console.problem.redemptionExpired':
    'Questo riscatto è scaduto prima di essere completato e le sue chiavi sono state rilasciate.',
  'console.problem.redemptionEmpty': 'Aggiungi prima almeno una product key.',
  'console.problem.domainUnavailable': 'Questo nome di dominio è già in uso. Scegline un altro.',
  'console.problem.domainPrefixFormat':
    'Un nome di dominio ha da 3 a 27 lettere minuscole e cifre e inizia con una lettera.',
  'console.problem.countryNotSupported': 'Keycard non è offerto in questo paese.',
  'console.problem.partnerNotEligible':
    'Solo i partner iscritti a Cloud Essentials possono offrire l’amministrazione delegata.',
  'console.problem.offerAlreadyPending': 'Un’offerta a questo cliente è già in attesa di risposta.',
  'console.problem.delegationAlreadyActive': 'Sei già amministratore delegato di questo cliente.',
  'console.problem.insufficientSeats': 'Queste chiavi danno meno postazioni delle licenze già assegnate.',
  'console.problem.subscriptionMigrated':
    'Questo abbonamento è passato alla fatturazione diretta; le chiavi non si applicano più.',
  'console.problem.validationFailed': 'Alcuni campi richiedono attenzione.',
  'console.problem.fallback': 'Qualcosa è andato storto. Riprova.',
  'console.problem.forbidden': 'Non hai il permesso di farlo per questo cliente o questo abbonamento.',
  'console.problem.notFound': 'Non trovato. Potrebbe essere stato rimosso, oppure non è tra i tuoi.',
  'console.problem.consoleRequest':
    'La console ha inviato una richiesta che Keycard non può accettare. Ricarica la pagina e riprova.',
  'console.problem.invalidText':
    'Questo testo contiene caratteri di controllo invisibili (forse incollati da un altro documento). Scrivilo di nuovo.',
  'console.problem.invalidContinuationToken': "L'elenco è cambiato mentre lo leggevi. Aprilo di nuovo.",
  'console.problem.idempotencyKeyReused':
    'Questa richiesta è già stata inviata con altri dati. Ricarica la pagina e riprova.',
  'console.problem.requestInProgress':
    "L'operazione è già in corso. Attendi un momento e controlla il risultato prima di riprovare.",
  'console.problem.preconditionFailed':
    'Qualcuno ha modificato questo elemento nel frattempo. Ricaricalo e ripeti la modifica.',
  'console.problem.partnerExists': 'Un partner con questo program id è già registrato.',
  'console.problem.attestationRequired':
    'Conferma prima di essere la persona giusta per riscattare product key per la tua organizzazione.',
  'console.problem.tooManyKeys':
    'Questo riscatto contiene già tutte le chiavi possibili. Completalo, poi riscatta le altre in uno nuovo.',
  'console.problem.redemptionNotOpen':
    'Queste chiavi sono già confermate e non si possono più modificare. Passa al passaggio 2.',
  'console.problem.redemptionNotConfirmed': 'Verifica e conferma le chiavi prima del passaggio 2.',
  'console.problem.redemptionCompleted':
    'Questo riscatto è già concluso e le sue chiavi sono state usate. Riscatta altre chiavi per ricominciare.',
  'console.problem.partnerNotFound': 'Questo partner non è registrato in Keycard.',
  'console.problem.invalidCountryCode': "Scegli dall'elenco il paese o l'area geografica del cliente.",
  'console.problem.unsupportedLanguage':
    'Keycard non scrive in questa lingua. Scegli inglese, italiano, tedesco, francese o spagnolo.',
  'console.problem.keyTermTooShort':
    "Queste chiavi scadono prima del periodo in corso dell'abbonamento, quindi non possono aggiungervi postazioni. Rinnovalo con queste chiavi, oppure usa chiavi di durata maggiore.",
  'console.problem.keyTermExceedsRemaining':
    "Queste chiavi durano oltre 30 giorni più del periodo in corso dell'abbonamento: quei giorni andrebbero persi. Rinnovalo con queste chiavi, oppure usa chiavi di durata minore.",
  'console.problem.prepaidTermRemaining':
    'Passare ora alla fatturazione diretta farebbe perdere giorni già pagati di questo abbonamento. Conferma che vuoi rinunciarvi.',
  'console.problem.subscriptionNotActive':
    'Questo abbonamento non è attivo (è scaduto o disattivato), quindi non gli si possono aggiungere postazioni. Rinnovalo invece con queste chiavi.',
  'console.problem.subscriptionDisabled':
    'Questo abbonamento è disattivato. Rinnovalo prima di aggiungere utenti.',
  'console.problem.subscriptionDeleted': 'Questo abbonamento è stato eliminato e non si può più modificare.',
  'console.problem.noLicensesAvailable':
    "Tutte le licenze di questo abbonamento sono assegnate. Aggiungi postazioni, oppure aggiungi l'utente senza licenza.",
  'console.problem.userExists': 'Questo cliente ha già un utente con questo nome utente.',
  'console.problem.lastAdmin':
    "È l'ultimo amministratore globale del cliente. Nomina prima un altro amministratore globale.",
  'console.problem.userNotAdministrator':
    'Un nuovo token di accesso si può inviare solo a un amministratore globale con un indirizzo email di contatto.',
  'console.problem.offerExpired': "Quest'offerta è scaduta (le offerte durano 90 giorni). Inviane una nuova.",
  'console.problem.offerUsed': "A quest'offerta è già stata data una risposta.",
  'console.problem.offerWithdrawn': "Quest'offerta è stata ritirata.",
  'console.problem.notificationNotFailed': 'Si può inviare di nuovo solo una notifica non riuscita.',
  'console.problem.internalError':
    'Keycard ha avuto un errore interno. Riprova; se succede di nuovo, avvisa il tuo operatore.',

  'console.field.key': 'Scrivi le 25 lettere e cifre della chiave, come sono stampate sulla scheda.',
  'console.field.organizationName':
    "Scrivi il nome dell'organizzazione del cliente (al massimo 256 caratteri).",
  'console.field.firstName': "Scrivi il nome dell'amministratore (al massimo 64 caratteri).",
  'console.field.lastName': "Scrivi il cognome dell'amministratore (al massimo 64 caratteri).",
  'console.field.email': "Scrivi l'indirizzo email dell'amministratore, come nome@esempio.it.",
  'console.field.phone': 'Scrivi un numero di telefono, come +39 02 1234567.',
  'console.field.choice': 'Seleziona questa casella o lasciala vuota.',
  'console.field.subscription': "Scegli dall'elenco uno dei tuoi abbonamenti.",
  'console.field.offerMessage': 'Scrivi un messaggio al cliente (al massimo 2000 caratteri).',
  'console.field.other': 'Keycard non ha accettato questo valore. Ricarica la pagina e riprova.',

  'console.wizard.heading': 'Riscatta product key',
  'console.wizard.stepKeys': 'Digita ogni chiave di 25 caratteri dalle schede; aggiungine quante ne hai.',
  'console.wizard.stepVerify': 'Verifica che sia tutto corretto e conferma.',
  'console.wizard.stepCustomer':
    'Passaggio 2: crea l’account del cliente, oppure aggiungi le chiavi a un abbonamento esistente.',
  'console.wizard.finishHere':
    'Completa in questa finestra: se la chiudi, le chiavi vengono rilasciate e ricominci da capo.',
  'console.wizard.attestation': 'Sono la persona giusta per riscattare product key per la mia organizzazione',
  'console.wizard.attestationFirst': 'Conferma prima di essere la persona giusta.',
  'console.wizard.attestationTick': 'Seleziona questa casella per proseguire.',
  'console.wizard.start': 'Inizia',
  'console.wizard.startAgain': 'Ricomincia',

  'console.keys.heading': 'Aggiungi product key',
  'console.keys.field': 'Product key',
  'console.keys.fieldHelp': '25 lettere e cifre, come stampate sulla scheda.',
  'console.keys.add': 'Aggiungi product key',
  'console.keys.addAnother': 'Aggiungi un’altra product key',
  'console.keys.listHeading': 'Chiavi in questo riscatto',
  'console.keys.listLabel': 'Chiavi aggiunte',
  'console.keys.item':
    '{product}, {seats, plural, one {# postazione} other {# postazioni}}, {months, plural, one {# mese} other {# mesi}}',
  'console.keys.remove': 'Rimuovi',
  'console.keys.removeLabel': 'Rimuovi la chiave {key}',
  'console.keys.next': 'Avanti: verifica',

  'console.verify.heading': 'Verifica che sia tutto corretto',
  'console.verify.product': 'Prodotto',
  'console.verify.seats': 'Postazioni',
  'console.verify.term': 'Durata',
  'console.verify.months': '{months, plural, one {# mese} other {# mesi}}',
  'console.verify.keys': 'Chiavi',
  'console.verify.back': 'Torna alle chiavi',
  'console.verify.confirm': 'Conferma',

  'console.confirmed.heading': 'Aggiunta delle product key completata',
  'console.confirmed.text': 'Le chiavi sono riservate per questo riscatto. Ora usale per un cliente.',
  'console.confirmed.next': 'Inizia il passaggio 2',

  'console.customer.heading': 'Passaggio 2: il cliente',
  'console.customer.new': 'Un nuovo cliente',
  'console.customer.country': 'Paese o area geografica',
  'console.customer.countryHelp': 'Un paese che non è in questo elenco non è servito.',
  'console.customer.chooseCountry': 'Scegli un paese',
  'console.customer.organization': 'Nome dell’organizzazione',
  'console.customer.domain': 'Nome di dominio',
  'console.customer.available': '{domain} è disponibile.',
  'console.customer.taken': '{domain} è già in uso.',
  'console.customer.adminHeading': 'L’amministratore del cliente',
  'console.customer.firstName': 'Nome',
  'console.customer.lastName': 'Cognome',
  'console.customer.email': 'Email',
  'console.customer.emailHelp': 'Qui arriva l’email di benvenuto con il token di accesso.',
  'console.customer.roleHeading': 'Il tuo ruolo',
  'console.customer.partnerOfRecord': 'Sii il Partner of Record di questo abbonamento',
  'console.customer.delegated':
    'Diventa amministratore delegato del cliente da subito (il cliente può revocarlo in qualsiasi momento)',
  'console.customer.create': 'Crea l’account',
  'console.customer.existing': 'Oppure un abbonamento esistente',
  'console.customer.subscription': 'Abbonamento',
  'console.customer.subscriptionOption':
    '{product}, {seats, plural, one {# postazione} other {# postazioni}}, scade il {end, date, long} ({ref})',
  'console.customer.renew': 'Rinnovalo con queste chiavi',
  'console.customer.addSeats': 'Aggiungi queste postazioni',
  'console.customer.addSeatsAnyway': 'Aggiungi comunque le postazioni',
  'console.customer.unusedDays':
    "Queste chiavi durano {days, plural, one {# giorno} other {# giorni}} oltre la fine del periodo in corso dell'abbonamento: quei giorni andrebbero persi. Aggiungi comunque le postazioni, oppure rinnova l'abbonamento con queste chiavi.",

  'console.done.heading': 'Fatto',
  'console.done.customer': 'Cliente',
  'console.done.subscription': 'Abbonamento',
  'console.done.subscriptionValue': `{product}, {seats, plural, one {# postazione} other {# postazioni}}, ${STATE}`,
  'console.done.term': 'Durata',
  'console.done.administrator': 'Amministratore',
  'console.done.administratorValue': '{name} ({userName}), con licenza',
  'console.done.welcomeSent':
    'All’amministratore è stata inviata un’email di benvenuto con il suo token di accesso.',
  'console.done.applied': 'Le chiavi sono state applicate.',
  'console.done.notices':
    'Gli avvisi di rinnovo vanno agli amministratori del cliente e al Partner of Record 60, 30, 7 e 1 giorno prima del {end, date, long}.',
  'console.done.again': 'Riscatta altre chiavi',

  'console.customers.heading': 'Clienti',
  'console.customers.none': 'Nessun cliente per ora. Riscatta delle product key per crearne uno.',
  'console.tenant.name': '{organization} ({domain})',
  'console.tenant.place': '{domain}, {country}',
  'console.tenant.subscriptions': 'Abbonamenti',
  'console.tenant.subscription': `{product}: ${STATE}`,
  'console.tenant.seatsUsed':
    '{assigned} di {seats, plural, one {# postazione usata} other {# postazioni usate}}, dal {start, date, long} al {end, date, long}',
  'console.term.span': 'dal {start, date, long} al {end, date, long}',
  'console.term.label': 'Durata dal {start, date, long} al {end, date, long}',
  'console.term.ends': 'Scade il {at, date, long}',
  'console.term.notice':
    'Avviso {days, plural, one {# giorno} other {# giorni}} prima, il {at, date, long} ({status, select, scheduled {programmato} sent {inviato} skipped {saltato} done {fatto} other {{status}}})',
  'console.tenant.users': 'Utenti',
  'console.tenant.user':
    '{name} ({userName}){licensed, select, yes {, con licenza} other {}}{admin, select, yes {, amministratore globale} other {}}',
  'console.tenant.usersHidden': 'Solo un amministratore delegato vede gli utenti.',
  'console.tenant.delegates': 'Amministratori delegati',
  'console.tenant.delegate': '{name} dal {since, date, long}',
  'console.tenant.none': 'Nessuno.',
  'console.tenant.offerMessage': 'Messaggio al cliente',
  'console.tenant.offer': 'Offri l’amministrazione delegata',
  'console.tenant.offerSent':
    'Inviata: gli amministratori del cliente hanno ricevuto via email un link per accettare o rifiutare.',
  'console.tenant.notifications': 'Notifiche inviate',
  'console.tenant.notification': '{type}: {status}, {at, date, long}',
  'console.tenant.noneYet': 'Nessuna per ora.',
  'console.tenant.all': 'Tutti i clienti',
};
