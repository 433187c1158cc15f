import type { en } from './en';

const STATE =
  '{state, select, active {aktiv} expired {abgelaufen} disabled {deaktiviert} deleted {gelöscht} migrated {migriert} other {{state}}}';

export const de: Readonly<Record<keyof typeof en, string>> = {
  'console.title': 'Keycard-Partnerkonsole',
  'console.language': 'Sprache',
  'console.nav.label': 'Konsole',
  'console.nav.who': '{name} ({partnerId})',
  'console.nav.redeem': 'Produktschlüssel einlösen',
  'console.nav.customers': 'Kunden',
  'console.nav.signOut': 'Abmelden',
  'console.signIn.heading': 'Bei Keycard anmelden',
  'console.signIn.token': 'Partner-Token',
  'console.signIn.tokenHelp':
    'Das kcp_-Token, das Ihr Betreiber Ihnen gegeben hat. Es wird nur aufbewahrt, bis Sie den Browser schließen.',
  'console.signIn.submit': 'Anmelden',
  'console.signIn.tokenStopped':
    'Ihr Token funktioniert nicht mehr (es wurde vielleicht ersetzt). Melden Sie sich erneut an.',

  'console.problem.unauthenticated':
    'Dieses Token ist ungültig. Es wurde vielleicht durch ein neueres ersetzt: Fragen Sie Ihren Betreiber.',
  'console.problem.network':
    'Keycard ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'console.problem.unavailable': 'Keycard ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  'console.problem.busy': 'Keycard ist gerade ausgelastet. Versuchen Sie es gleich noch einmal.',
  'console.problem.invalidKeyFormat':
    'Ein Produktschlüssel hat 25 Buchstaben und Ziffern in fünf Gruppen zu je fünf.',
  'console.problem.keyChecksumMismatch':
    'Dieser Schlüssel enthält einen Tippfehler. Vergleichen Sie jede Fünfergruppe mit der Karte.',
  'console.problem.keyNotFound': 'Dieser Schlüssel ist unbekannt. Vergleichen Sie ihn mit der Karte.',
  'console.problem.keyAlreadyRedeemed': 'Dieser Schlüssel wurde bereits eingelöst.',
  'console.problem.keyReserved': 'Dieser Schlüssel wird gerade in einem anderen Assistenten eingelöst.',
  'console.problem.keyRevoked': 'Dieser Schlüssel wurde widerrufen und kann nicht verwendet werden.',
  'console.problem.keySkuMismatch':
    'Alle Schlüssel einer Einlösung müssen für dasselbe Produkt und dieselbe Laufzeit sein.',
  'console.problem.keyAlreadyAdded': 'Dieser Schlüssel ist bereits in der Liste.',
  'console.problem.tooManyFailedKeyAttempts':
    'Es wurden zu viele unbekannte Schlüssel versucht. Warten Sie einige Minuten und versuchen Sie es erneut.',
  'console.problem.redemptionExpired':
    'Diese Einlösung ist abgelaufen, bevor sie abgeschlossen wurde, und ihre Schlüssel wurden freigegeben.',
  'console.problem.redemptionEmpty': 'Fügen Sie zuerst mindestens einen Produktschlüssel hinzu.',
  'console.problem.domainUnavailable': 'Dieser Domänenname ist vergeben. Wählen Sie einen anderen.',
  'console.problem.domainPrefixFormat':
    'Ein Domänenname hat 3 bis 27 Kleinbuchstaben und Ziffern und beginnt mit einem Buchstaben.',
  'console.problem.countryNotSupported': 'Keycard wird in diesem Land nicht angeboten.',
  'console.problem.partnerNotEligible':
    'Nur Partner, die bei Cloud Essentials angemeldet sind, können delegierte Administration anbieten.',
  'console.problem.offerAlreadyPending': 'Ein Angebot an diesen Kunden wartet bereits auf Antwort.',
  'console.problem.delegationAlreadyActive': 'Sie sind bereits delegierter Administrator dieses Kunden.',
  'console.problem.insufficientSeats':
    'Diese Schlüssel ergeben weniger Plätze als bereits Lizenzen zugewiesen sind.',
  'console.problem.subscriptionMigrated':
    'Dieses Abonnement wurde auf direkte Abrechnung umgestellt; Schlüssel gelten dafür nicht mehr.',
  'console.problem.validationFailed': 'Einige Felder müssen korrigiert werden.',
  'console.problem.fallback': 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',

  'console.wizard.heading': 'Produktschlüssel einlösen',
  'console.wizard.stepKeys':
    'Geben Sie jeden 25-stelligen Schlüssel von den Karten ein; fügen Sie so viele hinzu, wie Sie haben.',
  'console.wizard.stepVerify': 'Prüfen Sie, ob alles stimmt, und bestätigen Sie.',
  'console.wizard.stepCustomer':
    'Schritt 2: Legen Sie das Konto des Kunden an oder fügen Sie die Schlüssel einem bestehenden Abonnement hinzu.',
  'console.wizard.finishHere':
    'Schließen Sie in diesem Fenster ab: Wenn Sie es schließen, werden die Schlüssel freigegeben und Sie beginnen von vorn.',
  'console.wizard.attestation':
    'Ich bin die richtige Person, um Produktschlüssel für meine Organisation einzulösen',
  'console.wizard.attestationFirst': 'Bestätigen Sie zuerst, dass Sie die richtige Person sind.',
  'console.wizard.attestationTick': 'Kreuzen Sie dieses Kästchen an, um fortzufahren.',
  'console.wizard.start': 'Beginnen',
  'console.wizard.startAgain': 'Neu beginnen',

  'console.keys.heading': 'Produktschlüssel hinzufügen',
  'console.keys.field': 'Produktschlüssel',
  'console.keys.fieldHelp': '25 Buchstaben und Ziffern, wie auf der Karte gedruckt.',
  'console.keys.add': 'Produktschlüssel hinzufügen',
  'console.keys.addAnother': 'Weiteren Produktschlüssel hinzufügen',
  'console.keys.listHeading': 'Schlüssel in dieser Einlösung',
  'console.keys.listLabel': 'Hinzugefügte Schlüssel',
  'console.keys.item':
    '{product}, {seats, plural, one {# Platz} other {# Plätze}}, {months, plural, one {# Monat} other {# Monate}}',
  'console.keys.remove': 'Entfernen',
  'console.keys.removeLabel': 'Schlüssel {key} entfernen',
  'console.keys.next': 'Weiter: prüfen',

  'console.verify.heading': 'Prüfen Sie, ob alles stimmt',
  'console.verify.product': 'Produkt',
  'console.verify.seats': 'Plätze',
  'console.verify.term': 'Laufzeit',
  'console.verify.months': '{months, plural, one {# Monat} other {# Monate}}',
  'console.verify.keys': 'Schlüssel',
  'console.verify.back': 'Zurück zu den Schlüsseln',
  'console.verify.confirm': 'Bestätigen',

  'console.confirmed.heading': 'Produktschlüssel hinzugefügt',
  'console.confirmed.text':
    'Die Schlüssel sind für diese Einlösung reserviert. Verwenden Sie sie jetzt für einen Kunden.',
  'console.confirmed.next': 'Schritt 2 beginnen',

  'console.customer.heading': 'Schritt 2: der Kunde',
  'console.customer.new': 'Ein neuer Kunde',
  'console.customer.country': 'Land oder Region',
  'console.customer.countryHelp': 'Ein Land, das nicht in dieser Liste steht, wird nicht bedient.',
  'console.customer.chooseCountry': 'Land wählen',
  'console.customer.organization': 'Name der Organisation',
  'console.customer.domain': 'Domänenname',
  'console.customer.available': '{domain} ist verfügbar.',
  'console.customer.taken': '{domain} ist vergeben.',
  'console.customer.adminHeading': 'Der Administrator des Kunden',
  'console.customer.firstName': 'Vorname',
  'console.customer.lastName': 'Nachname',
  'console.customer.email': 'E-Mail',
  'console.customer.emailHelp': 'Hierhin geht die Willkommens-E-Mail mit dem Anmeldetoken.',
  'console.customer.roleHeading': 'Ihre Rolle',
  'console.customer.partnerOfRecord': 'Partner of Record dieses Abonnements sein',
  'console.customer.delegated': 'Delegierte Administration anbieten (der Kunde muss annehmen)',
  'console.customer.create': 'Konto anlegen',
  'console.customer.existing': 'Oder ein bestehendes Abonnement',
  'console.customer.subscription': 'Abonnement',
  'console.customer.subscriptionOption':
    '{product}, {seats, plural, one {# Platz} other {# Plätze}}, endet am {end, date, long} ({ref})',
  'console.customer.renew': 'Mit diesen Schlüsseln verlängern',
  'console.customer.addSeats': 'Diese Plätze hinzufügen',

  'console.done.heading': 'Fertig',
  'console.done.customer': 'Kunde',
  'console.done.subscription': 'Abonnement',
  'console.done.subscriptionValue': `{product}, {seats, plural, one {# Platz} other {# Plätze}}, ${STATE}`,
  'console.done.term': 'Laufzeit',
  'console.done.administrator': 'Administrator',
  'console.done.administratorValue': '{name} ({userName}), lizenziert',
  'console.done.welcomeSent':
    'Der Administrator hat eine Willkommens-E-Mail mit seinem Anmeldetoken erhalten.',
  'console.done.applied': 'Die Schlüssel sind angewendet.',
  'console.done.notices':
    'Verlängerungshinweise gehen 60, 30, 7 und 1 Tag vor dem {end, date, long} an die Administratoren des Kunden und den Partner of Record.',
  'console.done.again': 'Weitere Schlüssel einlösen',

  'console.customers.heading': 'Kunden',
  'console.customers.none': 'Noch keine Kunden. Lösen Sie Produktschlüssel ein, um einen anzulegen.',
  'console.tenant.name': '{organization} ({domain})',
  'console.tenant.place': '{domain}, {country}',
  'console.tenant.subscriptions': 'Abonnements',
  'console.tenant.subscription': `{product}: ${STATE}`,
  'console.tenant.seatsUsed':
    '{assigned} von {seats, plural, one {# Platz} other {# Plätzen}} belegt, {start, date, long} bis {end, date, long}',
  'console.term.span': '{start, date, long} bis {end, date, long}',
  'console.term.label': 'Laufzeit {start, date, long} bis {end, date, long}',
  'console.term.ends': 'Endet am {at, date, long}',
  'console.term.notice':
    'Hinweis {days, plural, one {# Tag} other {# Tage}} vorher, {at, date, long} ({status, select, scheduled {geplant} sent {gesendet} skipped {übersprungen} done {erledigt} other {{status}}})',
  'console.tenant.users': 'Benutzer',
  'console.tenant.user':
    '{name} ({userName}){licensed, select, yes {, lizenziert} other {}}{admin, select, yes {, globaler Administrator} other {}}',
  'console.tenant.usersHidden': 'Nur ein delegierter Administrator sieht die Benutzer.',
  'console.tenant.delegates': 'Delegierte Administratoren',
  'console.tenant.delegate': '{name} seit {since, date, long}',
  'console.tenant.none': 'Keine.',
  'console.tenant.offerMessage': 'Nachricht an den Kunden',
  'console.tenant.offer': 'Delegierte Administration anbieten',
  'console.tenant.offerSent':
    'Gesendet: Die Administratoren des Kunden haben per E-Mail einen Link zum Annehmen oder Ablehnen erhalten.',
  'console.tenant.notifications': 'Gesendete Benachrichtigungen',
  'console.tenant.notification': '{type}: {status}, {at, date, long}',
  'console.tenant.noneYet': 'Noch keine.',
  'console.tenant.all': 'Alle Kunden',
};
