import type { en } from './en';

/**
 * Deutsch (emails): "Sie" throughout; Microsoft's German terms (Mandant, Globaler Administrator,
 * Product Key). Awaiting review by a native speaker (README).
 */
export const de: Readonly<Record<keyof typeof en, string>> = {
  'email.common.any.date': '{at, date, long}',
  'email.common.any.row': '{label}: {value}',
  'email.common.customer.greeting': 'Guten Tag,',
  'email.common.customer.your_partner':
    'Ihr Partner of Record ist {partnerName} (Partnerprogramm-ID {programId}, {partnerEmail}).',
  'email.common.customer.no_partner':
    'Dieses Abonnement hat keinen Partner of Record: Jeder Partner des Programms kann Ihnen Product Keys dafür verkaufen.',
  'email.common.partner.greeting': 'Guten Tag {partnerName},',
  'email.common.partner.label_customer': 'Kunde',
  'email.common.partner.label_domain': 'Domäne',
  'email.common.partner.label_subscription': 'Abonnement',
  'email.common.partner.label_product': 'Produkt',
  'email.common.partner.label_seats': 'Lizenzen',
  'email.common.partner.value_seats':
    '{seats, plural, one {# Lizenz} other {# Lizenzen}}, davon {assigned, number} zugewiesen',
  'email.common.partner.label_term_end': 'Laufzeitende',
  'email.common.partner.label_admins': 'Administratoren des Kunden',
  'email.common.partner.value_admin': '{name}, {email}',
  'email.common.partner.customer_told':
    'Die Administratoren des Kunden haben dazu eine eigene E-Mail in ihrer Sprache erhalten.',

  'email.welcome_admin.customer.subject': 'Ihr Mandant {domain} ist bereit',
  'email.welcome_admin.customer.greeting': 'Hallo {firstName},',
  'email.welcome_admin.customer.intro':
    'Ihre Organisation {organization} hat jetzt ihren Mandanten {domain}, und Sie sind einer seiner Globalen Administratoren (Benutzername {userName}).',
  'email.welcome_admin.customer.token_label': 'Ihr Administrator-Token:',
  'email.welcome_admin.customer.usage':
    'Senden Sie es im Header „{header}“ mit jeder Anfrage an die Keycard-API unter {apiBaseUrl}. Halten Sie es geheim: Wer es besitzt, kann Ihren Mandanten verwalten. Geht es verloren, kann ein anderer Administrator Ihres Mandanten oder Ihr delegierter Administrator Ihnen ein neues zusenden lassen.',
  'email.welcome_admin.customer.delegated_from_setup':
    '{partnerName} (Partnerprogramm-ID {programId}) ist seit der Einrichtung delegierter Administrator Ihres Mandanten: Der Partner kann Ihre Benutzer und Abonnements verwalten und belegt keine Lizenz.',
  'email.welcome_admin.customer.delegated_since':
    '{partnerName} (Partnerprogramm-ID {programId}) ist seit dem {since, date, long} delegierter Administrator Ihres Mandanten: Der Partner kann Ihre Benutzer und Abonnements verwalten und belegt keine Lizenz.',
  'email.welcome_admin.customer.end_delegation':
    'Sie können dies jederzeit beenden, indem Sie diese Anfrage mit Ihrem Token senden; danach verwaltet {partnerName} Ihren Mandanten nicht mehr:',

  'email.admin_token_reissued.customer.subject': 'Ein neues Administrator-Token für {domain}',
  'email.admin_token_reissued.customer.greeting': 'Hallo {firstName},',
  'email.admin_token_reissued.customer.by_partner':
    '{partnerName}, Ihr delegierter Administrator, hat ein neues Administrator-Token für Sie angefordert (Benutzername {userName}, Mandant {domain}). Ihr bisheriges Token funktioniert nicht mehr.',
  'email.admin_token_reissued.customer.by_admin':
    'Ein anderer Administrator Ihres Mandanten hat ein neues Administrator-Token für Sie angefordert (Benutzername {userName}, Mandant {domain}). Ihr bisheriges Token funktioniert nicht mehr.',
  'email.admin_token_reissued.customer.token_label': 'Ihr neues Token:',
  'email.admin_token_reissued.customer.usage':
    'Senden Sie es im Header „{header}“ mit jeder Anfrage an die Keycard-API unter {apiBaseUrl}. Halten Sie es geheim.',

  'email.delegation_offer.customer.subject': '{partnerName} bietet an, {domain} zu verwalten',
  'email.delegation_offer.customer.intro':
    '{partnerName} (Partnerprogramm-ID {programId}) bietet an, delegierter Administrator von {organization} ({domain}) zu werden.',
  'email.delegation_offer.customer.message_label': 'Die Nachricht des Partners:',
  'email.delegation_offer.customer.explain':
    'Ein delegierter Administrator kann jeden Dienst und jedes Abonnement Ihrer Organisation verwalten und belegt keine Lizenz. Ohne Ihre Zustimmung ändert sich nichts, und Sie können die Delegierung jederzeit beenden.',
  'email.delegation_offer.customer.answer':
    'Nehmen Sie das Angebot auf seiner Seite an oder lehnen Sie es ab, bis zum {expiresAt, date, long}:',
  'email.delegation_offer.customer.button': 'Angebot ansehen',

  'email.delegation_accepted.partner.subject': 'Sie verwalten jetzt {domain}',
  'email.delegation_accepted.partner.body':
    '{organization} ({domain}) hat Ihr Angebot vom {offeredAt, date, long} angenommen: Sie sind jetzt einer seiner delegierten Administratoren und können seine Benutzer und Abonnements verwalten. Der Kunde kann dies jederzeit beenden; Sie werden dann benachrichtigt.',

  'email.partner_of_record_changed.any.named': '{name} (Partnerprogramm-ID {programId})',
  'email.partner_of_record_changed.any.nobody': 'kein Partner',
  'email.partner_of_record_changed.customer.subject': 'Partner of Record für {domain} geändert',
  'email.partner_of_record_changed.customer.body':
    'Der Partner of Record des Abonnements {product} von {organization} ({domain}, Abonnement {subscriptionId}) ist jetzt {to}; bisher: {from}.',
  'email.partner_of_record_changed.customer.now_partner':
    '{partnerName} erhält ab jetzt die Verlängerungshinweise dieses Abonnements, sieht Ihren Mandanten und kann das Abonnement mit Product Keys verlängern.',
  'email.partner_of_record_changed.customer.now_nobody':
    'Kein Partner erhält mehr die Verlängerungshinweise dieses Abonnements; Sie erhalten sie weiterhin.',
  'email.partner_of_record_changed.partner.subject':
    'Sie sind jetzt Partner of Record für {organization} ({domain})',
  'email.partner_of_record_changed.partner.body':
    'Sie sind jetzt Partner of Record des Abonnements {product} von {organization} ({domain}); bisher: {from}. Ab jetzt erhalten Sie seine Verlängerungshinweise, sehen den Mandanten und können das Abonnement mit Product Keys verlängern oder ihm Lizenzen hinzufügen.',
  'email.partner_of_record_changed.former_partner.subject':
    'Sie sind nicht mehr Partner of Record für {organization} ({domain})',
  'email.partner_of_record_changed.former_partner.body':
    'Der Partner of Record des Abonnements {product} von {organization} ({domain}) ist jetzt {to}. Sie erhalten seine Verlängerungshinweise nicht mehr und können es nicht mehr verlängern. Den Mandanten sehen Sie weiterhin, solange Sie sein delegierter Administrator oder Partner of Record eines anderen seiner Abonnements sind.',

  'email.renewal_notice.customer.subject': '{product} für {domain} endet am {end, date, long}',
  'email.renewal_notice.customer.intro':
    'Das Abonnement {product} von {organization} ({domain}, Abonnement {subscriptionId}, {seats, plural, one {# Lizenz} other {# Lizenzen}}) endet am {end, date, long}, in {days, plural, one {# Tag} other {# Tagen}}.',
  'email.renewal_notice.customer.follows':
    'Nach dem Ende behalten alle {graceDays, plural, one {# Tag} other {# Tage}} lang die volle Nutzung, bis zum {graceEnd, date, long}. Danach wird das Abonnement deaktiviert: Nur Globale Administratoren können sich anmelden, und es kann weiterhin verlängert werden. Am {deleteAt, date, long} werden die Benutzer und Daten Ihrer Organisation gelöscht.',
  'email.renewal_notice.customer.renew_partner':
    'Zum Verlängern bitten Sie {partnerName}, Ihren Partner of Record (Partnerprogramm-ID {programId}, {partnerEmail}), um einen Product Key für {product}: Der Partner löst ihn für dieses Abonnement ein, und die neue Laufzeit schließt ohne Unterbrechung am {end, date, long} an.',
  'email.renewal_notice.customer.renew_no_partner':
    'Zum Verlängern bitten Sie einen Partner des Programms um einen Product Key für {product}: Der Partner löst ihn für dieses Abonnement ein, und die neue Laufzeit schließt ohne Unterbrechung am {end, date, long} an.',
  'email.renewal_notice.customer.renew_direct':
    'Oder wechseln Sie zur direkten Abrechnung: ein neues Abonnement, das Ihnen direkt berechnet wird, sofort aktiv ist und sich alle 12 Monate selbst verlängert. Der Wechsel gibt die verbleibenden vorausbezahlten Tage dieses Abonnements auf; wechseln Sie daher am besten kurz vor dem {end, date, long}.',
  'email.renewal_notice.partner.subject':
    'Verlängerung fällig: {organization} ({domain}), {product}, endet am {end, date, long}',
  'email.renewal_notice.partner.intro':
    'Das Abonnement {product} Ihres Kunden {organization}, dessen Partner of Record Sie sind, endet am {end, date, long}, in {days, plural, one {# Tag} other {# Tagen}}.',
  'email.renewal_notice.partner.action':
    'Zum Verlängern lösen Sie einen Product Key für {product} für das Abonnement {subscriptionId} ein (in der Konsole oder über die API, indem Sie eine Einlösung mit der Aktion renew abschließen). Die neue Laufzeit schließt am {end, date, long} an; die Keys müssen mindestens {assigned, plural, one {# Lizenz} other {# Lizenzen}} bieten, so viele sind derzeit zugewiesen.',
  'email.renewal_notice.partner.follows':
    'Ohne Verlängerung behält der Kunde die volle Nutzung bis zum {graceEnd, date, long}; danach wird das Abonnement deaktiviert, und am {deleteAt, date, long} werden seine Benutzer und Daten gelöscht.',

  'email.subscription_expired.customer.subject':
    '{product} für {domain} ist abgelaufen: volle Nutzung bis zum {graceEnd, date, long}',
  'email.subscription_expired.customer.intro':
    'Das Abonnement {product} von {organization} ({domain}, Abonnement {subscriptionId}, {seats, plural, one {# Lizenz} other {# Lizenzen}}) ist am {end, date, long} abgelaufen.',
  'email.subscription_expired.customer.now':
    'Alle behalten die volle Nutzung bis zum {graceEnd, date, long}. Danach wird das Abonnement deaktiviert: Nur Globale Administratoren können sich anmelden, und es können keine Benutzer hinzugefügt oder lizenziert werden. Am {deleteAt, date, long} werden die Benutzer und Daten Ihrer Organisation gelöscht.',
  'email.subscription_expired.customer.renew_partner':
    'Zum Verlängern bitten Sie {partnerName}, Ihren Partner of Record (Partnerprogramm-ID {programId}, {partnerEmail}), um einen Product Key für {product}: Die neue Laufzeit schließt am {end, date, long} an, und niemand verliert den Zugang.',
  'email.subscription_expired.customer.renew_no_partner':
    'Zum Verlängern bitten Sie einen Partner des Programms um einen Product Key für {product}: Die neue Laufzeit schließt am {end, date, long} an, und niemand verliert den Zugang.',
  'email.subscription_expired.customer.renew_direct':
    'Oder wechseln Sie zur direkten Abrechnung: ein neues Abonnement, das Ihnen direkt berechnet wird, sofort aktiv ist und sich alle 12 Monate selbst verlängert.',
  'email.subscription_expired.partner.subject':
    'Abgelaufen: {organization} ({domain}), {product}; volle Nutzung bis zum {graceEnd, date, long}',
  'email.subscription_expired.partner.intro':
    'Das Abonnement {product} Ihres Kunden {organization}, dessen Partner of Record Sie sind, ist am {end, date, long} ohne Verlängerung abgelaufen. Der Kunde behält die volle Nutzung bis zum {graceEnd, date, long}.',
  'email.subscription_expired.partner.action':
    'Verlängern Sie es jetzt mit einem Product Key für {product} für das Abonnement {subscriptionId}: Die neue Laufzeit schließt am {end, date, long} an, und niemand verliert den Zugang. Ohne Verlängerung wird es am {graceEnd, date, long} deaktiviert, und seine Benutzer und Daten werden am {deleteAt, date, long} gelöscht.',

  'email.subscription_disabled.customer.subject': '{product} für {domain} ist deaktiviert',
  'email.subscription_disabled.customer.intro':
    'Das Abonnement {product} von {organization} ({domain}, Abonnement {subscriptionId}) ist am {end, date, long} abgelaufen und wurde nicht verlängert: Es ist jetzt deaktiviert. Nur Globale Administratoren können sich anmelden, und es können keine Benutzer hinzugefügt oder lizenziert werden.',
  'email.subscription_disabled.customer.deletion':
    'Die Benutzer und Daten Ihrer Organisation werden bis zum {deleteAt, date, long} aufbewahrt und dann endgültig gelöscht.',
  'email.subscription_disabled.customer.renew_partner':
    'Eine Verlängerung gibt allen sofort wieder Zugang: Bitten Sie {partnerName}, Ihren Partner of Record (Partnerprogramm-ID {programId}, {partnerEmail}), um einen Product Key für {product}; die neue Laufzeit beginnt am Tag der Einlösung.',
  'email.subscription_disabled.customer.renew_no_partner':
    'Eine Verlängerung gibt allen sofort wieder Zugang: Bitten Sie einen Partner des Programms um einen Product Key für {product}; die neue Laufzeit beginnt am Tag der Einlösung.',
  'email.subscription_disabled.customer.renew_direct':
    'Oder wechseln Sie zur direkten Abrechnung: ein neues Abonnement, das Ihnen direkt berechnet wird, sofort aktiv ist und sich alle 12 Monate selbst verlängert.',
  'email.subscription_disabled.partner.subject':
    'Deaktiviert: {organization} ({domain}), {product}; Daten werden am {deleteAt, date, long} gelöscht',
  'email.subscription_disabled.partner.intro':
    'Das Abonnement {product} Ihres Kunden {organization}, dessen Partner of Record Sie sind, ist seit dem {graceEnd, date, long} deaktiviert: Nur seine Globalen Administratoren können sich anmelden.',
  'email.subscription_disabled.partner.action':
    'Ein für das Abonnement {subscriptionId} eingelöster Product Key für {product} gibt allen sofort wieder Zugang; die neue Laufzeit beginnt am Tag der Einlösung. Ohne Verlängerung werden seine Benutzer und Daten am {deleteAt, date, long} gelöscht.',

  'email.subscription_deleted.customer.subject': '{product} für {domain} und seine Daten sind gelöscht',
  'email.subscription_deleted.customer.body':
    'Das Abonnement {product} von {organization} ({domain}, Abonnement {subscriptionId}) ist am {end, date, long} abgelaufen und wurde nicht verlängert. Wie angekündigt sind seine Benutzer und die Daten Ihrer Organisation jetzt gelöscht, und die Domäne {domain} ist freigegeben.',
  'email.subscription_deleted.customer.again':
    'Um wieder mit uns zu arbeiten, kann ein Partner des Programms mit einem neuen Product Key ein neues Abonnement für Sie einrichten.',
  'email.subscription_deleted.partner.subject': 'Gelöscht: {organization} ({domain}), {product}',
  'email.subscription_deleted.partner.body':
    'Das Abonnement {product} {subscriptionId} von {organization} ({domain}), dessen Partner of Record Sie waren, ist am {end, date, long} abgelaufen und wurde nicht verlängert: Es ist jetzt gelöscht, mit seinen Benutzern und den Daten des Kunden, und die Domäne {domain} ist freigegeben.',
  'email.subscription_deleted.partner.action':
    'Es kann nicht mehr verlängert werden. Damit dieser Kunde zurückkehren kann, richten Sie mit einem neuen Product Key einen neuen Mandanten für ihn ein.',

  'email.subscription_renewed.customer.subject':
    '{product} für {domain} ist verlängert bis zum {end, date, long}',
  'email.subscription_renewed.customer.body':
    'Das Abonnement {product} von {organization} ({domain}, Abonnement {subscriptionId}) wurde mit Product Keys verlängert, die {redeemerName} eingelöst hat: Es läuft jetzt bis zum {end, date, long}, mit {newSeats, plural, one {# Lizenz} other {# Lizenzen}} in der neuen Laufzeit.',
  'email.subscription_renewed.partner.subject':
    'Verlängert: {organization} ({domain}), {product}, bis zum {end, date, long}',
  'email.subscription_renewed.partner.body':
    'Das Abonnement {product} {subscriptionId} Ihres Kunden {organization} wurde mit Product Keys verlängert, die {redeemerName} eingelöst hat: Es läuft jetzt bis zum {end, date, long}, mit {newSeats, plural, one {# Lizenz} other {# Lizenzen}} in der neuen Laufzeit.',
};
