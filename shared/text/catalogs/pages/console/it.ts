import { itCustomer } from './customer/it';
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
  'console.nav.renewals': 'Rinnovi in scadenza',
  'console.nav.integrations': 'Integrazioni',
  'console.integrations.heading': 'Integrazioni',
  'console.integrations.title': 'Integrazioni · Keycard',
  'console.integrations.intro':
    'Keycard invia i suoi eventi (un riscatto completato, un rinnovo in scadenza, un abbonamento scaduto…) ai tuoi strumenti come webhook: una richiesta HTTPS a ciascun endpoint che aggiungi qui, firmata con il segreto di quell’endpoint secondo la specifica Standard Webhooks.',
  'console.integrations.endpoints': 'I tuoi endpoint',
  'console.integrations.count':
    '{count, plural, =0 {Ancora nessun endpoint: aggiungine uno qui sotto.} one {# endpoint, su un massimo di 10.} other {# endpoint, su un massimo di 10.}}',
  'console.integrations.url': 'URL',
  'console.integrations.description': 'Descrizione',
  'console.integrations.events': 'Eventi',
  'console.integrations.state': 'Stato',
  'console.integrations.allEvents': 'Tutti gli eventi, compresi i tipi che verranno aggiunti in futuro',
  'console.integrations.enabled': 'Attivo: gli eventi vengono inviati appena accadono.',
  'console.integrations.disabledByYou':
    'Disattivato da te il {at}. I suoi eventi restano in attesa e verranno inviati quando lo riattiverai.',
  'console.integrations.disabledFailing':
    'Disattivato da Keycard il {at}: dal {since} nessuna consegna è andata a buon fine. I suoi eventi restano in attesa e verranno inviati quando lo riattiverai.',
  'console.integrations.failing':
    'Dal {since} nessuna consegna va a buon fine. Dopo 3 giorni di errori Keycard disattiva l’endpoint e ti avvisa per email.',
  'console.integrations.lastErrors': 'Ultimi errori',
  'console.integrations.errorAt': '{at}: {error}',
  'console.integrations.enableAgain': 'Riattiva',
  'console.integrations.enableNote':
    'Riattivandolo verranno inviati gli eventi rimasti in attesa mentre era disattivato.',
  'console.integrations.disable': 'Disattiva',
  'console.integrations.disabledNow':
    'L’endpoint è disattivato. I suoi eventi restano in attesa finché non lo riattivi.',
  'console.integrations.enabledNow':
    'L’endpoint è di nuovo attivo: gli eventi rimasti in attesa nel frattempo sono in corso di invio.',
  'console.integrations.test': 'Invia evento di prova',
  'console.integrations.testSent': 'Evento di prova inviato. La sua consegna comparirà qui sotto tra poco.',
  'console.integrations.testOutcome':
    '{status, select, delivered {L’evento di prova è stato consegnato.} failed {Non è stato possibile consegnare l’evento di prova: i tentativi sono elencati qui sotto.} other {L’evento di prova è ancora in viaggio: usa Aggiorna per vederlo arrivare.}}',
  'console.integrations.rotate': 'Rinnova il segreto',
  'console.integrations.rotateConfirm':
    'Creare un nuovo segreto di firma per questo endpoint? Quello attuale continuerà a firmare i messaggi per 24 ore, così avrai il tempo di installare quello nuovo.',
  'console.integrations.rotateYes': 'Crea un nuovo segreto',
  'console.integrations.rotateNo': 'Tieni quello attuale',
  'console.integrations.delete': 'Elimina',
  'console.integrations.deleteConfirm':
    'Eliminare l’endpoint {url}? Non gli verrà inviato più nulla e l’operazione non si può annullare.',
  'console.integrations.deleteYes': 'Elimina l’endpoint',
  'console.integrations.deleteNo': 'Non eliminarlo',
  'console.integrations.deleted': 'L’endpoint {url} è stato eliminato.',
  'console.integrations.secretHeading': 'Il segreto di firma di {url}',
  'console.integrations.secretOnce':
    'Copialo adesso e salvalo nel tuo strumento: Keycard non lo mostrerà più.',
  'console.integrations.secretLabel': 'Segreto di firma',
  'console.integrations.copy': 'Copia il segreto',
  'console.integrations.copied': 'Copiato.',
  'console.integrations.copyFailed': 'Non è stato possibile copiarlo: selezionalo e copialo tu.',
  'console.integrations.secretDone': 'L’ho salvato',
  'console.integrations.rotated':
    'Fino al {until} anche il segreto precedente firma ogni messaggio (per 24 ore), così il tuo strumento li accetta entrambi mentre installi quello nuovo.',
  'console.integrations.add': 'Aggiungi un endpoint',
  'console.integrations.urlHelp':
    'Dove Keycard invia gli eventi: un indirizzo https a cui il tuo strumento risponde con un 2xx entro 10 secondi.',
  'console.integrations.descriptionHelp':
    'A cosa serve, per il tuo team (facoltativa, al massimo 200 caratteri).',
  'console.integrations.eventsLegend': 'Eventi da inviare',
  'console.integrations.typesNeeded': 'Scegli almeno un evento, oppure tutti gli eventi.',
  'console.integrations.addSubmit': 'Aggiungi endpoint',
  'console.integrations.urlField':
    'Inserisci l’indirizzo completo del tuo endpoint, che inizia con https://.',
  'console.integrations.descriptionField': 'La descrizione può avere al massimo 200 caratteri.',
  'console.integrations.sinceField': 'Inserisci un momento degli ultimi 30 giorni, non nel futuro.',
  'console.integrations.eventType':
    '{type, select, redemption_completed {Riscatto completato} subscription_created {Abbonamento creato} subscription_renewed {Abbonamento rinnovato} subscription_seats_added {Licenze aggiunte} subscription_renewal_due {Rinnovo in scadenza} subscription_expired {Abbonamento scaduto} subscription_disabled {Abbonamento disattivato} subscription_deleted {Abbonamento eliminato} subscription_switched_to_direct_billing {Passato alla fatturazione diretta} partner_of_record_changed {Partner of Record cambiato} delegation_offer_accepted {Offerta di amministrazione delegata accettata} delegation_offer_declined {Offerta di amministrazione delegata rifiutata} delegation_offer_expired {Offerta di amministrazione delegata scaduta} delegated_admin_removed {Amministratore delegato rimosso} ping {Evento di prova} other {{type}}}',
  'console.integrations.deliveries': 'Consegne recenti',
  'console.integrations.noDeliveries': 'Ancora nulla inviato a questo endpoint.',
  'console.integrations.deliveryStatus':
    '{status, select, pending {In attesa} delivered {Consegnato} failed {Non riuscito: tutti i tentativi sono falliti} held {Trattenuto finché l’endpoint è disattivato} other {{status}}}',
  'console.integrations.nextAttempt': 'Prossimo tentativo: {at}.',
  'console.integrations.eventAt': 'Evento del {at}',
  'console.integrations.attempt':
    '{at}: {answered, select, yes {HTTP {status}} other {nessuna risposta}} dopo {ms} ms',
  'console.integrations.noAttempts': 'Ancora nessun tentativo.',
  'console.integrations.redeliver': 'Invia di nuovo',
  'console.integrations.redelivered': 'Inviato di nuovo: i nuovi tentativi compaiono nell’elenco.',
  'console.integrations.refresh': 'Aggiorna le consegne',
  'console.integrations.more': 'Mostra altre consegne',
  'console.integrations.redeliverSince': 'Invia di nuovo dal…',
  'console.integrations.sinceLabel': 'Tutti gli eventi dal (UTC)',
  'console.integrations.sinceHelp':
    'Negli ultimi 30 giorni: ogni evento da quel momento, dei tipi che questo endpoint riceve, viene inviato di nuovo.',
  'console.integrations.sinceSubmit': 'Invia di nuovo questi eventi',
  'console.integrations.queued':
    '{queued, plural, =0 {Nessun evento da inviare di nuovo da quel momento.} one {# evento è in corso di nuovo invio.} other {# eventi sono in corso di nuovo invio.}}',
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
  'console.problem.tooManyWebhookEndpoints':
    'Keycard tiene al massimo 10 endpoint webhook per partner. Rimuovine prima uno che non usi più.',
  'console.problem.webhookUrlForbidden':
    'Keycard non può inviare eventi a questo indirizzo. Usa un URL https di un server pubblico, non un indirizzo di una rete privata o locale.',
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
  'console.done.resumed': 'Questo riscatto è concluso: le sue chiavi sono state applicate.',
  'console.title.wizardStart': 'Riscatta product key — passaggio {step} di {steps} · Keycard',
  'console.title.wizard': '{heading} — Riscatta product key, passaggio {step} di {steps} · Keycard',
  'console.wizard.progress': 'Passaggio {step} di {steps}',
  'console.wizard.renewing':
    'Hai scelto un abbonamento da rinnovare: aggiungi le chiavi e nel passaggio 2 potrai rinnovarlo con queste.',
  'console.wizard.cancel': 'Annulla il riscatto',
  'console.wizard.cancelAsk':
    'Vuoi annullare questo riscatto? {keys, plural, =0 {Ricominci dall’inizio.} one {La sua chiave viene liberata subito e ricominci dall’inizio.} other {Le sue # chiavi vengono liberate subito e ricominci dall’inizio.}}',
  'console.wizard.cancelYes': 'Sì, annullalo',
  'console.wizard.cancelNo': 'No, continua',
  'console.wizard.cancelled':
    'Il riscatto è stato annullato e le sue chiavi sono state liberate. Avviane uno nuovo quando vuoi.',
  'console.wizard.cancelFailed': 'Il riscatto non è ancora stato annullato: riprova.',
  'console.wizard.cancelCompleted':
    'Questo riscatto è già concluso: le sue chiavi sono state usate, quindi non può più essere annullato.',
  'console.wizard.cancelInProgress':
    'Questo riscatto è in fase di completamento, quindi non può essere annullato. Attendi un momento, poi ricarica la pagina per vedere il risultato.',
  'console.wizard.resumedExpired':
    'Il riscatto che avevi aperto è scaduto prima di essere concluso e le sue chiavi sono state liberate. Avviane uno nuovo.',
  'console.wizard.resumedAbandoned':
    'Il riscatto che avevi aperto è stato annullato e le sue chiavi sono state liberate. Avviane uno nuovo.',
  'console.wizard.resumedGone': 'Il riscatto che avevi aperto non esiste più. Avviane uno nuovo.',
  'console.keys.confirmedNote':
    'Queste chiavi sono confermate, quindi l’elenco non può più cambiare. Prosegui con il passaggio 2, oppure annulla il riscatto per ricominciare.',
  'console.keys.elsewhere': 'Questa chiave è in un altro dei tuoi riscatti, avviato il {at, date, long}.',
  'console.keys.openElsewhere': 'Apri quella procedura guidata',
  'console.keys.openElsewhereNote':
    '{keys, plural, =0 {Questa procedura guidata, ancora vuota, viene chiusa.} one {Questa procedura guidata viene annullata e la sua chiave liberata.} other {Questa procedura guidata viene annullata e le sue # chiavi liberate.}}',
  'console.customer.renewing': 'Rinnova l’abbonamento che hai scelto',
  'console.customer.renewingNote':
    'Hai scelto di rinnovare questo abbonamento con queste chiavi. Per creare invece un nuovo cliente, usa il modulo qui sotto.',
  'console.signOut.ask':
    'C’è un riscatto in corso. Se esci, viene annullato e le sue chiavi vengono liberate.',
  'console.signOut.yes': 'Esci e annulla il riscatto',
  'console.signOut.no': 'Resta connesso',
  'console.signOut.failed': 'Sei ancora connesso e il riscatto non è stato annullato.',

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
  'console.renewals.heading': 'Rinnovi in scadenza',
  'console.renewals.intro':
    "Gli abbonamenti dei tuoi clienti che stanno per scadere, a partire dal più vicino. Rinnovali con le product key prima della scadenza, così nessuno perde l'accesso.",
  'console.renewals.horizon': 'Abbonamenti in scadenza entro',
  'console.renewals.within': 'i prossimi {days} giorni',
  'console.renewals.found':
    '{count, plural, one {È mostrato # abbonamento} other {Sono mostrati # abbonamenti}} in scadenza nei prossimi {days} giorni.',
  'console.renewals.none': 'Nessun abbonamento dei tuoi clienti scade nei prossimi {days} giorni.',
  'console.renewals.subscription': '{product} per {customer}',
  'console.renewals.state':
    '{state, select, active {Attivo} expired {Scaduto: resta pienamente utilizzabile nei 30 giorni di tolleranza} disabled {Disattivato: finché non viene rinnovato, possono accedere solo i suoi amministratori} other {{state}}}',
  'console.renewals.seats': '{seats, plural, one {# postazione} other {# postazioni}}, {assigned} in uso',
  'console.renewals.ends': '{past, select, yes {Scaduto il} other {Scade il}} {end, date, long} ({relative})',
  'console.renewals.noticesSent':
    'Avvisi di rinnovo inviati: {list} {last, plural, one {giorno} other {giorni}} prima della scadenza.',
  'console.renewals.noNotices': 'Nessun avviso di rinnovo ancora inviato.',
  'console.renewals.renew': 'Rinnova con le chiavi',
  'console.renewals.direct': 'Fatturazione diretta: si rinnova da solo.',
  'console.renewals.more': 'Mostra altri',
  ...itCustomer,
};
