import type { en } from './en';

/** Italiano (facts): as emails/it.ts. Awaiting review by a native speaker (README). */
export const it: Readonly<Record<keyof typeof en, string>> = {
  'email.seats_added.customer.subject':
    '{added, plural, one {# licenza aggiunta} other {# licenze aggiunte}} a {product} per {domain}',
  'email.seats_added.customer.body':
    '{redeemerName} ha riscattato product key per {added, plural, one {# licenza in più} other {# licenze in più}} sull’abbonamento {product} di {organization} ({domain}, abbonamento {subscriptionId}). Ora ha {seats, plural, one {# licenza} other {# licenze}} fino al giorno {until, date, long}, e potete già assegnare le nuove licenze agli utenti.',
  'email.seats_added.partner.subject':
    'Licenze aggiunte: {organization} ({domain}), {product}, ora {seats, plural, one {# licenza} other {# licenze}}',
  'email.seats_added.partner.body':
    '{added, plural, one {È stata aggiunta # licenza} other {Sono state aggiunte # licenze}} all’abbonamento {product} {subscriptionId} del vostro cliente {organization}, con product key riscattate da {redeemerName}. Ora ha {seats, plural, one {# licenza} other {# licenze}} fino al giorno {until, date, long}.',

  'email.delegation_offer_declined.partner.subject':
    '{organization} ha rifiutato la vostra offerta di amministrare {domain}',
  'email.delegation_offer_declined.partner.body':
    '{organization} ({domain}) ha rifiutato la vostra offerta del giorno {offeredAt, date, long} di diventare uno dei suoi amministratori con delega. Non cambia nulla in ciò che potete fare per questo cliente; potete inviare una nuova offerta quando sarà pronto.',
  'email.delegation_offer_expired.partner.subject': 'La vostra offerta di amministrare {domain} è scaduta',
  'email.delegation_offer_expired.partner.body':
    'La vostra offerta del giorno {offeredAt, date, long} di diventare amministratore con delega di {organization} ({domain}) non ha avuto risposta entro il giorno {expiresAt, date, long} ed è scaduta; il suo link non funziona più. Potete inviare una nuova offerta.',

  'email.switched_to_direct_billing.customer.subject': '{product} per {domain} ora è fatturato direttamente',
  'email.switched_to_direct_billing.customer.body':
    'Il giorno {at, date, long} l’abbonamento {product} di {organization} ({domain}) è passato alla fatturazione diretta. Il suo successore, l’abbonamento {newSubscriptionId} con {seats, plural, one {# licenza} other {# licenze}}, è attivo, fatturato direttamente a voi, e si rinnova da sé ogni 12 mesi. I vostri utenti mantengono le loro licenze; le product key non si applicano più.',
  'email.switched_to_direct_billing.customer.forfeited':
    '{days, plural, =0 {L’abbonamento {oldSubscriptionId} è terminato; non si è rinunciato ad alcun giorno prepagato.} one {L’abbonamento {oldSubscriptionId} è terminato; il passaggio ha rinunciato al suo ultimo giorno prepagato.} other {L’abbonamento {oldSubscriptionId} è terminato; il passaggio ha rinunciato ai suoi # giorni prepagati rimasti.}}',
  'email.switched_to_direct_billing.partner.subject':
    'Fatturazione diretta: {organization} ({domain}), {product}',
  'email.switched_to_direct_billing.partner.body':
    'Il giorno {at, date, long} il vostro cliente {organization} ha passato il suo abbonamento {product} {oldSubscriptionId} alla fatturazione diretta. Il suo successore, l’abbonamento {newSubscriptionId}, è fatturato direttamente al cliente e si rinnova da sé ogni 12 mesi: le product key non lo rinnovano più né vi aggiungono licenze.',
  'email.switched_to_direct_billing.partner.remains':
    'Restate Partner of Record del suo successore, e continuate a vedere il tenant.',
  'email.switched_to_direct_billing.partner.forfeited':
    '{days, plural, =0 {Non si è rinunciato ad alcun giorno prepagato.} one {Il passaggio ha rinunciato a # giorno prepagato.} other {Il passaggio ha rinunciato a # giorni prepagati.}}',

  'email.delegated_admin_removed.partner.subject': 'Non amministrate più {domain}',
  'email.delegated_admin_removed.partner.by_customer':
    '{organization} ({domain}) ha revocato la vostra delega di amministrazione del suo tenant il giorno {at, date, long}: non potete più amministrarne utenti e abbonamenti.',
  'email.delegated_admin_removed.partner.by_partner':
    'Il giorno {at, date, long} avete rinunciato alla delega di amministrazione di {organization} ({domain}): non potete più amministrarne utenti e abbonamenti.',
  'email.delegated_admin_removed.partner.still_por':
    'Continuate a vedere il tenant, come Partner of Record di uno dei suoi abbonamenti.',
  'email.delegated_admin_removed.partner.no_access': 'Non vedete più il tenant.',

  'email.webhook_endpoint_disabled.partner.subject': 'Endpoint webhook disattivato: {endpointUrl}',
  'email.webhook_endpoint_disabled.partner.body':
    'Dal giorno {failingSince, date, long} ogni tentativo di consegnare i vostri eventi all’endpoint webhook qui sotto è fallito: il giorno {disabledAt, date, long} lo abbiamo quindi disattivato, e non verranno fatti altri tentativi di consegna.',
  'email.webhook_endpoint_disabled.partner.label_url': 'URL',
  'email.webhook_endpoint_disabled.partner.label_description': 'Descrizione',
  'email.webhook_endpoint_disabled.partner.label_failing_since': 'Consegne fallite dal',
  'email.webhook_endpoint_disabled.partner.label_disabled_at': 'Disattivato il',
  'email.webhook_endpoint_disabled.partner.value_at': '{at, date, long}, ore {at, time, short} UTC',
  'email.webhook_endpoint_disabled.partner.last_errors':
    '{count, plural, one {L’ultimo errore:} other {Gli ultimi # errori, dal più recente:}}',
  'email.webhook_endpoint_disabled.partner.held':
    'Nel frattempo i vostri eventi continuano a essere registrati e nessuno va perso: quando riattiverete l’endpoint, gli verranno inviati tutti quelli rimasti in attesa.',
  'email.webhook_endpoint_disabled.partner.enable':
    'Quando il vostro servizio tornerà a rispondere, riattivate l’endpoint dalla pagina Integrazioni della console partner, oppure tramite l’API con PATCH /webhook-endpoints/ seguito dal suo id e "enabled": true nel corpo della richiesta (GET /webhook-endpoints elenca i vostri endpoint con i relativi id).',
  'email.webhook_endpoint_disabled.partner.feed':
    'Potete anche leggere gli stessi eventi, con gli stessi id, dal vostro feed degli eventi: GET /events.',
};
