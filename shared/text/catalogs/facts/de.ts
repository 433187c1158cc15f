import type { en } from './en';

/** Deutsch (facts): as emails/de.ts. Awaiting review by a native speaker (README). */
export const de: Readonly<Record<keyof typeof en, string>> = {
  'email.seats_added.customer.subject':
    '{added, plural, one {# Lizenz} other {# Lizenzen}} für {product} auf {domain} hinzugefügt',
  'email.seats_added.customer.body':
    '{redeemerName} hat Product Keys für {added, plural, one {# weitere Lizenz} other {# weitere Lizenzen}} für das Abonnement {product} von {organization} ({domain}, Abonnement {subscriptionId}) eingelöst. Es hat jetzt {seats, plural, one {# Lizenz} other {# Lizenzen}} bis zum {until, date, long}, und Sie können die neuen Lizenzen ab sofort Benutzern zuweisen.',
  'email.seats_added.partner.subject':
    'Lizenzen hinzugefügt: {organization} ({domain}), {product}, jetzt {seats, plural, one {# Lizenz} other {# Lizenzen}}',
  'email.seats_added.partner.body':
    '{added, plural, one {# Lizenz wurde} other {# Lizenzen wurden}} dem Abonnement {product} {subscriptionId} Ihres Kunden {organization} hinzugefügt, mit Product Keys, die {redeemerName} eingelöst hat. Es hat jetzt {seats, plural, one {# Lizenz} other {# Lizenzen}} bis zum {until, date, long}.',

  'email.delegation_offer_declined.partner.subject':
    '{organization} hat Ihr Angebot abgelehnt, {domain} zu verwalten',
  'email.delegation_offer_declined.partner.body':
    '{organization} ({domain}) hat Ihr Angebot vom {offeredAt, date, long} abgelehnt, einer seiner delegierten Administratoren zu werden. An dem, was Sie für diesen Kunden tun können, ändert sich nichts; Sie können ein neues Angebot senden, sobald er bereit ist.',
  'email.delegation_offer_expired.partner.subject': 'Ihr Angebot, {domain} zu verwalten, ist abgelaufen',
  'email.delegation_offer_expired.partner.body':
    'Ihr Angebot vom {offeredAt, date, long}, delegierter Administrator von {organization} ({domain}) zu werden, wurde bis zum {expiresAt, date, long} nicht beantwortet und ist abgelaufen; sein Link funktioniert nicht mehr. Sie können ein neues Angebot senden.',

  'email.switched_to_direct_billing.customer.subject': '{product} für {domain} wird jetzt direkt abgerechnet',
  'email.switched_to_direct_billing.customer.body':
    'Am {at, date, long} ist das Abonnement {product} von {organization} ({domain}) zur direkten Abrechnung gewechselt. Sein Nachfolger, das Abonnement {newSubscriptionId} mit {seats, plural, one {# Lizenz} other {# Lizenzen}}, ist aktiv, wird Ihnen direkt berechnet und verlängert sich alle 12 Monate selbst. Ihre Benutzer behalten ihre Lizenzen; Product Keys gelten dafür nicht mehr.',
  'email.switched_to_direct_billing.customer.forfeited':
    '{days, plural, =0 {Das Abonnement {oldSubscriptionId} ist beendet; es wurde kein vorausbezahlter Tag aufgegeben.} one {Das Abonnement {oldSubscriptionId} ist beendet; der Wechsel hat seinen letzten vorausbezahlten Tag aufgegeben.} other {Das Abonnement {oldSubscriptionId} ist beendet; der Wechsel hat seine # verbleibenden vorausbezahlten Tage aufgegeben.}}',
  'email.switched_to_direct_billing.partner.subject':
    'Direkte Abrechnung: {organization} ({domain}), {product}',
  'email.switched_to_direct_billing.partner.body':
    'Am {at, date, long} hat Ihr Kunde {organization} sein Abonnement {product} {oldSubscriptionId} auf direkte Abrechnung umgestellt. Sein Nachfolger, das Abonnement {newSubscriptionId}, wird dem Kunden direkt berechnet und verlängert sich alle 12 Monate selbst: Product Keys verlängern es nicht mehr und fügen ihm keine Lizenzen hinzu.',
  'email.switched_to_direct_billing.partner.remains':
    'Sie bleiben Partner of Record seines Nachfolgers und sehen den Mandanten weiterhin.',
  'email.switched_to_direct_billing.partner.forfeited':
    '{days, plural, =0 {Es wurde kein vorausbezahlter Tag aufgegeben.} one {Der Wechsel hat # vorausbezahlten Tag aufgegeben.} other {Der Wechsel hat # vorausbezahlte Tage aufgegeben.}}',

  'email.delegated_admin_removed.partner.subject': 'Sie verwalten {domain} nicht mehr',
  'email.delegated_admin_removed.partner.by_customer':
    '{organization} ({domain}) hat Ihre delegierte Administration seines Mandanten am {at, date, long} beendet: Sie können seine Benutzer und Abonnements nicht mehr verwalten.',
  'email.delegated_admin_removed.partner.by_partner':
    'Sie haben am {at, date, long} Ihre Rolle als delegierter Administrator von {organization} ({domain}) aufgegeben: Sie können seine Benutzer und Abonnements nicht mehr verwalten.',
  'email.delegated_admin_removed.partner.still_por':
    'Den Mandanten sehen Sie weiterhin, als Partner of Record eines seiner Abonnements.',
  'email.delegated_admin_removed.partner.no_access': 'Sie sehen den Mandanten nicht mehr.',

  'email.webhook_endpoint_disabled.partner.subject': 'Webhook-Endpunkt deaktiviert: {endpointUrl}',
  'email.webhook_endpoint_disabled.partner.body':
    'Seit dem {failingSince, date, long} ist jeder Versuch fehlgeschlagen, Ihre Ereignisse an den unten genannten Webhook-Endpunkt zuzustellen. Deshalb haben wir ihn am {disabledAt, date, long} deaktiviert; es werden keine weiteren Zustellversuche unternommen.',
  'email.webhook_endpoint_disabled.partner.label_url': 'URL',
  'email.webhook_endpoint_disabled.partner.label_description': 'Beschreibung',
  'email.webhook_endpoint_disabled.partner.label_failing_since': 'Fehlgeschlagen seit',
  'email.webhook_endpoint_disabled.partner.label_disabled_at': 'Deaktiviert am',
  'email.webhook_endpoint_disabled.partner.value_at': '{at, date, long}, {at, time, short} Uhr UTC',
  'email.webhook_endpoint_disabled.partner.last_errors':
    '{count, plural, one {Der letzte Fehler:} other {Die letzten # Fehler, der neueste zuerst:}}',
  'email.webhook_endpoint_disabled.partner.held':
    'Ihre Ereignisse werden weiterhin aufgezeichnet, und keines geht verloren: Sobald Sie den Endpunkt wieder aktivieren, erhält er alle Ereignisse, die inzwischen für ihn zurückgehalten wurden.',
  'email.webhook_endpoint_disabled.partner.enable':
    'Sobald Ihr Empfänger wieder antwortet, aktivieren Sie den Endpunkt auf der Seite „Integrationen“ der Partnerkonsole oder über die API mit PATCH /webhook-endpoints/, gefolgt von seiner ID, und "enabled": true im Body (GET /webhook-endpoints listet Ihre Endpunkte mit ihren IDs auf).',
  'email.webhook_endpoint_disabled.partner.feed':
    'Dieselben Ereignisse mit denselben IDs können Sie auch aus Ihrem Ereignis-Feed lesen: GET /events.',
};
