import type { en } from './en';

/**
 * Italiano (emails). The customer's admins are addressed as "voi" (an organization), one person (the
 * welcome, a new token) as "lei"; dates follow "il giorno", which never needs an elision ("l’8").
 * Awaiting review by a native speaker (README).
 */
export const it: Readonly<Record<keyof typeof en, string>> = {
  'email.common.any.date': '{at, date, long}',
  'email.common.any.row': '{label}: {value}',
  'email.common.customer.greeting': 'Buongiorno,',
  'email.common.customer.your_partner':
    'Il vostro Partner of Record è {partnerName} (ID programma partner {programId}, {partnerEmail}).',
  'email.common.customer.no_partner':
    'Questo abbonamento non ha un Partner of Record: qualsiasi partner del programma può vendervi le product key per rinnovarlo.',
  'email.common.partner.greeting': 'Buongiorno {partnerName},',
  'email.common.partner.label_customer': 'Cliente',
  'email.common.partner.label_domain': 'Dominio',
  'email.common.partner.label_subscription': 'Abbonamento',
  'email.common.partner.label_product': 'Prodotto',
  'email.common.partner.label_seats': 'Licenze',
  'email.common.partner.value_seats':
    '{seats, plural, one {# licenza} other {# licenze}}, {assigned, plural, one {# assegnata} other {# assegnate}}',
  'email.common.partner.label_term_end': 'Fine del periodo',
  'email.common.partner.label_admins': 'Amministratori del cliente',
  'email.common.partner.value_admin': '{name}, {email}',
  'email.common.partner.customer_told':
    'Gli amministratori del cliente hanno ricevuto su questo un’email a parte, nella loro lingua.',

  'email.welcome_admin.customer.subject': 'Il tenant {domain} è pronto',
  'email.welcome_admin.customer.greeting': 'Buongiorno {firstName},',
  'email.welcome_admin.customer.intro':
    'L’organizzazione {organization} ha ora il suo tenant, {domain}, e lei ne è Amministratore globale (nome utente {userName}).',
  'email.welcome_admin.customer.token_label': 'Il suo token di amministratore:',
  'email.welcome_admin.customer.usage':
    'Lo invii nell’intestazione “{header}” di ogni richiesta all’API di Keycard su {apiBaseUrl}. Lo tenga segreto: chiunque lo possieda può amministrare il tenant. Se lo perde, un altro amministratore del tenant, o il suo amministratore con delega, può fargliene inviare uno nuovo.',
  'email.welcome_admin.customer.delegated_from_setup':
    '{partnerName} (ID programma partner {programId}) è amministratore con delega del tenant fin dalla sua creazione: può amministrarne utenti e abbonamenti, e non occupa alcuna licenza.',
  'email.welcome_admin.customer.delegated_since':
    '{partnerName} (ID programma partner {programId}) è amministratore con delega del tenant dal giorno {since, date, long}: può amministrarne utenti e abbonamenti, e non occupa alcuna licenza.',
  'email.welcome_admin.customer.end_delegation':
    'Può revocare la delega in qualsiasi momento inviando questa richiesta con il suo token; da quel momento {partnerName} non amministra più il tenant:',

  'email.admin_token_reissued.customer.subject': 'Un nuovo token di amministratore per {domain}',
  'email.admin_token_reissued.customer.greeting': 'Buongiorno {firstName},',
  'email.admin_token_reissued.customer.by_partner':
    '{partnerName}, il vostro amministratore con delega, ha chiesto un nuovo token di amministratore per lei (nome utente {userName}, tenant {domain}). Il token precedente non funziona più.',
  'email.admin_token_reissued.customer.by_admin':
    'Un altro amministratore del tenant ha chiesto un nuovo token di amministratore per lei (nome utente {userName}, tenant {domain}). Il token precedente non funziona più.',
  'email.admin_token_reissued.customer.token_label': 'Il suo nuovo token:',
  'email.admin_token_reissued.customer.usage':
    'Lo invii nell’intestazione “{header}” di ogni richiesta all’API di Keycard su {apiBaseUrl}. Lo tenga segreto.',

  'email.delegation_offer.customer.subject': '{partnerName} si offre di amministrare {domain}',
  'email.delegation_offer.customer.intro':
    '{partnerName} (ID programma partner {programId}) si offre come amministratore con delega di {organization} ({domain}).',
  'email.delegation_offer.customer.message_label': 'Il suo messaggio:',
  'email.delegation_offer.customer.explain':
    'Un amministratore con delega può amministrare ogni servizio e abbonamento della vostra organizzazione, e non occupa alcuna licenza. Nulla cambia se non accettate, e potete revocare la delega in qualsiasi momento.',
  'email.delegation_offer.customer.answer':
    'Accettate o rifiutate nella pagina dell’offerta, entro il giorno {expiresAt, date, long}:',
  'email.delegation_offer.customer.button': 'Vedi l’offerta',

  'email.delegation_accepted.partner.subject': 'Ora amministrate {domain}',
  'email.delegation_accepted.partner.body':
    '{organization} ({domain}) ha accettato la vostra offerta del giorno {offeredAt, date, long}: ora siete uno dei suoi amministratori con delega e potete amministrarne utenti e abbonamenti. Il cliente può revocare la delega in qualsiasi momento; in quel caso ve lo comunicheremo.',

  'email.partner_of_record_changed.any.named': '{name} (ID programma partner {programId})',
  'email.partner_of_record_changed.any.nobody': 'nessun partner',
  'email.partner_of_record_changed.customer.subject': 'Partner of Record cambiato per {domain}',
  'email.partner_of_record_changed.customer.body':
    'Il Partner of Record dell’abbonamento {product} di {organization} ({domain}, abbonamento {subscriptionId}) è ora {to}; prima era {from}.',
  'email.partner_of_record_changed.customer.now_partner':
    'Da ora {partnerName} riceve gli avvisi di rinnovo di questo abbonamento, vede il vostro tenant e può rinnovarlo con product key.',
  'email.partner_of_record_changed.customer.now_nobody':
    'Nessun partner riceve più gli avvisi di rinnovo di questo abbonamento; voi continuate a riceverli.',
  'email.partner_of_record_changed.partner.subject':
    'Ora siete Partner of Record per {organization} ({domain})',
  'email.partner_of_record_changed.partner.body':
    'Ora siete il Partner of Record dell’abbonamento {product} di {organization} ({domain}); prima era {from}. Da ora ricevete i suoi avvisi di rinnovo, vedete il tenant e potete rinnovarlo o aggiungere licenze con product key.',
  'email.partner_of_record_changed.former_partner.subject':
    'Non siete più Partner of Record per {organization} ({domain})',
  'email.partner_of_record_changed.former_partner.body':
    'Il Partner of Record dell’abbonamento {product} di {organization} ({domain}) è ora {to}. Non ricevete più i suoi avvisi di rinnovo e non potete più rinnovarlo. Continuate a vedere il tenant finché ne siete amministratori con delega o Partner of Record di un altro suo abbonamento.',

  'email.renewal_notice.customer.subject': '{product} per {domain}: scade il giorno {end, date, long}',
  'email.renewal_notice.customer.intro':
    'L’abbonamento {product} di {organization} ({domain}, abbonamento {subscriptionId}, {seats, plural, one {# licenza} other {# licenze}}) scade il giorno {end, date, long}, tra {days, plural, one {# giorno} other {# giorni}}.',
  'email.renewal_notice.customer.follows':
    'Dopo la scadenza tutti mantengono l’uso completo per {graceDays, plural, one {# giorno} other {# giorni}}, fino al giorno {graceEnd, date, long}. Poi l’abbonamento viene disattivato: solo gli Amministratori globali possono accedere, ed è ancora possibile rinnovarlo. Il giorno {deleteAt, date, long} gli utenti e i dati della vostra organizzazione vengono eliminati.',
  'email.renewal_notice.customer.renew_partner':
    'Per rinnovare, chiedete a {partnerName}, il vostro Partner of Record (ID programma partner {programId}, {partnerEmail}), una product key {product}: la riscatta per questo abbonamento, e il nuovo periodo prosegue senza interruzioni dal giorno {end, date, long}.',
  'email.renewal_notice.customer.renew_no_partner':
    'Per rinnovare, chiedete una product key {product} a un partner del programma: la riscatta per questo abbonamento, e il nuovo periodo prosegue senza interruzioni dal giorno {end, date, long}.',
  'email.renewal_notice.customer.renew_direct':
    'In alternativa passate alla fatturazione diretta: un nuovo abbonamento fatturato direttamente a voi, attivo subito, che si rinnova da sé ogni 12 mesi. Il passaggio rinuncia ai giorni prepagati rimasti di questo abbonamento, quindi conviene farlo poco prima del giorno {end, date, long}.',
  'email.renewal_notice.partner.subject':
    'Rinnovo in scadenza: {organization} ({domain}), {product}, scade il giorno {end, date, long}',
  'email.renewal_notice.partner.intro':
    'L’abbonamento {product} del vostro cliente {organization}, di cui siete Partner of Record, scade il giorno {end, date, long}, tra {days, plural, one {# giorno} other {# giorni}}.',
  'email.renewal_notice.partner.action':
    'Per rinnovarlo, riscattate una product key {product} per l’abbonamento {subscriptionId} (nella console, oppure con l’API completando un riscatto con l’azione renew). Il nuovo periodo prosegue dal giorno {end, date, long}; le chiavi devono dare almeno {assigned, plural, one {# licenza} other {# licenze}}, quante ne sono assegnate ora.',
  'email.renewal_notice.partner.follows':
    'Se non viene rinnovato, il cliente mantiene l’uso completo fino al giorno {graceEnd, date, long}; poi l’abbonamento viene disattivato, e il giorno {deleteAt, date, long} i suoi utenti e dati vengono eliminati.',

  'email.subscription_expired.customer.subject':
    '{product} per {domain} è scaduto: uso completo fino al giorno {graceEnd, date, long}',
  'email.subscription_expired.customer.intro':
    'L’abbonamento {product} di {organization} ({domain}, abbonamento {subscriptionId}, {seats, plural, one {# licenza} other {# licenze}}) è scaduto il giorno {end, date, long}.',
  'email.subscription_expired.customer.now':
    'Tutti mantengono l’uso completo fino al giorno {graceEnd, date, long}. Poi l’abbonamento viene disattivato: solo gli Amministratori globali possono accedere, e non si possono aggiungere utenti né assegnare licenze. Il giorno {deleteAt, date, long} gli utenti e i dati della vostra organizzazione vengono eliminati.',
  'email.subscription_expired.customer.renew_partner':
    'Per rinnovare, chiedete a {partnerName}, il vostro Partner of Record (ID programma partner {programId}, {partnerEmail}), una product key {product}: il nuovo periodo prosegue dal giorno {end, date, long} e nessuno perde l’accesso.',
  'email.subscription_expired.customer.renew_no_partner':
    'Per rinnovare, chiedete una product key {product} a un partner del programma: il nuovo periodo prosegue dal giorno {end, date, long} e nessuno perde l’accesso.',
  'email.subscription_expired.customer.renew_direct':
    'In alternativa passate alla fatturazione diretta: un nuovo abbonamento fatturato direttamente a voi, attivo subito, che si rinnova da sé ogni 12 mesi.',
  'email.subscription_expired.partner.subject':
    'Scaduto: {organization} ({domain}), {product}; uso completo fino al giorno {graceEnd, date, long}',
  'email.subscription_expired.partner.intro':
    'L’abbonamento {product} del vostro cliente {organization}, di cui siete Partner of Record, è scaduto il giorno {end, date, long} senza essere rinnovato. Il cliente mantiene l’uso completo fino al giorno {graceEnd, date, long}.',
  'email.subscription_expired.partner.action':
    'Rinnovatelo ora con una product key {product} per l’abbonamento {subscriptionId}: il nuovo periodo prosegue dal giorno {end, date, long} e nessuno perde l’accesso. Senza rinnovo viene disattivato il giorno {graceEnd, date, long}, e i suoi utenti e dati vengono eliminati il giorno {deleteAt, date, long}.',

  'email.subscription_disabled.customer.subject': '{product} per {domain} è disattivato',
  'email.subscription_disabled.customer.intro':
    'L’abbonamento {product} di {organization} ({domain}, abbonamento {subscriptionId}) è scaduto il giorno {end, date, long} e non è stato rinnovato: ora è disattivato. Solo gli Amministratori globali possono accedere, e non si possono aggiungere utenti né assegnare licenze.',
  'email.subscription_disabled.customer.deletion':
    'Gli utenti e i dati della vostra organizzazione sono conservati fino al giorno {deleteAt, date, long}, poi vengono eliminati definitivamente.',
  'email.subscription_disabled.customer.renew_partner':
    'Il rinnovo restituisce subito l’accesso a tutti: chiedete a {partnerName}, il vostro Partner of Record (ID programma partner {programId}, {partnerEmail}), una product key {product}; il nuovo periodo inizia il giorno in cui viene riscattata.',
  'email.subscription_disabled.customer.renew_no_partner':
    'Il rinnovo restituisce subito l’accesso a tutti: chiedete una product key {product} a un partner del programma; il nuovo periodo inizia il giorno in cui viene riscattata.',
  'email.subscription_disabled.customer.renew_direct':
    'In alternativa passate alla fatturazione diretta: un nuovo abbonamento fatturato direttamente a voi, attivo subito, che si rinnova da sé ogni 12 mesi.',
  'email.subscription_disabled.partner.subject':
    'Disattivato: {organization} ({domain}), {product}; dati eliminati il giorno {deleteAt, date, long}',
  'email.subscription_disabled.partner.intro':
    'L’abbonamento {product} del vostro cliente {organization}, di cui siete Partner of Record, è disattivato dal giorno {graceEnd, date, long}: solo i suoi Amministratori globali possono accedere.',
  'email.subscription_disabled.partner.action':
    'Una product key {product} riscattata per l’abbonamento {subscriptionId} restituisce subito l’accesso a tutti; il nuovo periodo inizia il giorno in cui viene riscattata. Senza rinnovo i suoi utenti e dati vengono eliminati il giorno {deleteAt, date, long}.',

  'email.subscription_deleted.customer.subject': '{product} per {domain} e i suoi dati sono stati eliminati',
  'email.subscription_deleted.customer.body':
    'L’abbonamento {product} di {organization} ({domain}, abbonamento {subscriptionId}) è scaduto il giorno {end, date, long} e non è stato rinnovato. Come annunciato, i suoi utenti e i dati della vostra organizzazione sono stati eliminati, e il dominio {domain} è stato liberato.',
  'email.subscription_deleted.customer.again':
    'Per lavorare di nuovo con noi, un partner del programma può avviare per voi un nuovo abbonamento con una nuova product key.',
  'email.subscription_deleted.partner.subject': 'Eliminato: {organization} ({domain}), {product}',
  'email.subscription_deleted.partner.body':
    'L’abbonamento {product} {subscriptionId} di {organization} ({domain}), di cui eravate Partner of Record, è scaduto il giorno {end, date, long} e non è stato rinnovato: ora è eliminato, con i suoi utenti e i dati del cliente, e il dominio {domain} è stato liberato.',
  'email.subscription_deleted.partner.action':
    'Non può più essere rinnovato. Perché questo cliente torni, create per lui un nuovo tenant con una nuova product key.',

  'email.subscription_renewed.customer.subject':
    '{product} per {domain} rinnovato fino al giorno {end, date, long}',
  'email.subscription_renewed.customer.body':
    'L’abbonamento {product} di {organization} ({domain}, abbonamento {subscriptionId}) è stato rinnovato con product key riscattate da {redeemerName}: ora è valido fino al giorno {end, date, long}, con {newSeats, plural, one {# licenza} other {# licenze}} nel nuovo periodo.',
  'email.subscription_renewed.partner.subject':
    'Rinnovato: {organization} ({domain}), {product}, fino al giorno {end, date, long}',
  'email.subscription_renewed.partner.body':
    'L’abbonamento {product} {subscriptionId} del vostro cliente {organization} è stato rinnovato con product key riscattate da {redeemerName}: ora è valido fino al giorno {end, date, long}, con {newSeats, plural, one {# licenza} other {# licenze}} nel nuovo periodo.',
};
