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
  'console.outage.heading': 'Keycard-Partnerkonsole',
  'console.outage.retry': 'Erneut versuchen',
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
  'console.problem.forbidden': 'Sie dürfen das für diesen Kunden oder dieses Abonnement nicht tun.',
  'console.problem.notFound': 'Nicht gefunden. Es wurde vielleicht entfernt, oder es gehört nicht zu Ihnen.',
  'console.problem.consoleRequest':
    'Die Konsole hat eine Anfrage gesendet, die Keycard nicht annehmen kann. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'console.problem.invalidText':
    'Dieser Text enthält unsichtbare Steuerzeichen (vielleicht aus einem anderen Dokument eingefügt). Geben Sie ihn neu ein.',
  'console.problem.invalidContinuationToken':
    'Die Liste hat sich beim Lesen geändert. Öffnen Sie sie erneut.',
  'console.problem.idempotencyKeyReused':
    'Diese Anfrage wurde bereits mit anderen Angaben gesendet. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'console.problem.requestInProgress':
    'Das wird bereits ausgeführt. Warten Sie einen Moment und prüfen Sie das Ergebnis, bevor Sie es erneut versuchen.',
  'console.problem.preconditionFailed':
    'Jemand hat das inzwischen geändert. Laden Sie es neu und nehmen Sie Ihre Änderung erneut vor.',
  'console.problem.partnerExists': 'Ein Partner mit dieser Programm-ID ist bereits registriert.',
  'console.problem.attestationRequired':
    'Bestätigen Sie zuerst, dass Sie die richtige Person sind, um Produktschlüssel für Ihre Organisation einzulösen.',
  'console.problem.tooManyKeys':
    'Diese Einlösung enthält bereits so viele Schlüssel wie möglich. Schließen Sie sie ab und lösen Sie die übrigen in einer neuen ein.',
  'console.problem.redemptionNotOpen':
    'Diese Schlüssel sind bereits bestätigt und können nicht mehr geändert werden. Fahren Sie mit Schritt 2 fort.',
  'console.problem.redemptionNotConfirmed': 'Prüfen und bestätigen Sie die Schlüssel vor Schritt 2.',
  'console.problem.redemptionCompleted':
    'Diese Einlösung ist bereits abgeschlossen und ihre Schlüssel sind verbraucht. Lösen Sie weitere Schlüssel ein, um neu zu beginnen.',
  'console.problem.partnerNotFound': 'Dieser Partner ist bei Keycard nicht registriert.',
  'console.problem.invalidCountryCode': 'Wählen Sie das Land oder die Region des Kunden aus der Liste.',
  'console.problem.unsupportedLanguage':
    'Keycard schreibt nicht in dieser Sprache. Wählen Sie Englisch, Italienisch, Deutsch, Französisch oder Spanisch.',
  'console.problem.keyTermTooShort':
    'Diese Schlüssel enden vor der laufenden Laufzeit des Abonnements und können ihm daher keine Plätze hinzufügen. Verlängern Sie es stattdessen damit, oder verwenden Sie Schlüssel mit längerer Laufzeit.',
  'console.problem.keyTermExceedsRemaining':
    'Diese Schlüssel laufen mehr als 30 Tage über das Ende der laufenden Laufzeit des Abonnements hinaus: Diese Tage blieben ungenutzt. Verlängern Sie es stattdessen damit, oder verwenden Sie Schlüssel mit kürzerer Laufzeit.',
  'console.problem.prepaidTermRemaining':
    'Ein Wechsel zur direkten Abrechnung würde jetzt vorausbezahlte Tage dieses Abonnements aufgeben. Bestätigen Sie, dass Sie darauf verzichten.',
  'console.problem.subscriptionNotActive':
    'Dieses Abonnement ist nicht aktiv (abgelaufen oder deaktiviert), daher können keine Plätze hinzugefügt werden. Verlängern Sie es stattdessen mit diesen Schlüsseln.',
  'console.problem.subscriptionDisabled':
    'Dieses Abonnement ist deaktiviert. Verlängern Sie es, bevor Sie Benutzer hinzufügen.',
  'console.problem.subscriptionDeleted':
    'Dieses Abonnement wurde gelöscht und kann nicht mehr geändert werden.',
  'console.problem.noLicensesAvailable':
    'Alle Lizenzen dieses Abonnements sind zugewiesen. Fügen Sie Plätze hinzu, oder legen Sie den Benutzer ohne Lizenz an.',
  'console.problem.userExists': 'Dieser Kunde hat bereits einen Benutzer mit diesem Benutzernamen.',
  'console.problem.lastAdmin':
    'Dies ist der letzte globale Administrator des Kunden. Machen Sie zuerst jemand anderen zum globalen Administrator.',
  'console.problem.userNotAdministrator':
    'Ein neues Anmeldetoken kann nur an einen globalen Administrator mit Kontakt-E-Mail gesendet werden.',
  'console.problem.offerExpired':
    'Dieses Angebot ist abgelaufen (Angebote gelten 90 Tage). Senden Sie ein neues.',
  'console.problem.offerUsed': 'Dieses Angebot wurde bereits beantwortet.',
  'console.problem.offerWithdrawn': 'Dieses Angebot wurde zurückgezogen.',
  'console.problem.notificationNotFailed':
    'Nur eine fehlgeschlagene Benachrichtigung kann erneut gesendet werden.',
  'console.problem.internalError':
    'Bei Keycard ist ein interner Fehler aufgetreten. Versuchen Sie es noch einmal; wenn es wieder passiert, informieren Sie Ihren Betreiber.',

  'console.field.key':
    'Geben Sie die 25 Buchstaben und Ziffern des Schlüssels ein, wie auf der Karte gedruckt.',
  'console.field.organizationName':
    'Geben Sie den Namen der Organisation des Kunden ein (höchstens 256 Zeichen).',
  'console.field.firstName': 'Geben Sie den Vornamen des Administrators ein (höchstens 64 Zeichen).',
  'console.field.lastName': 'Geben Sie den Nachnamen des Administrators ein (höchstens 64 Zeichen).',
  'console.field.email': 'Geben Sie die E-Mail-Adresse des Administrators ein, etwa name@beispiel.de.',
  'console.field.phone': 'Geben Sie eine Telefonnummer ein, etwa +49 30 1234567.',
  'console.field.choice': 'Kreuzen Sie dieses Feld an oder lassen Sie es leer.',
  'console.field.subscription': 'Wählen Sie eines Ihrer Abonnements aus der Liste.',
  'console.field.offerMessage': 'Schreiben Sie eine Nachricht an den Kunden (höchstens 2000 Zeichen).',
  'console.field.other':
    'Keycard hat diesen Wert nicht angenommen. Laden Sie die Seite neu und versuchen Sie es noch einmal.',

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
  'console.customer.delegated':
    'Sofort delegierter Administrator des Kunden werden (der Kunde kann das jederzeit beenden)',
  'console.customer.create': 'Konto anlegen',
  'console.customer.existing': 'Oder ein bestehendes Abonnement',
  'console.customer.subscription': 'Abonnement',
  'console.customer.subscriptionOption':
    '{product}, {seats, plural, one {# Platz} other {# Plätze}}, endet am {end, date, long} ({ref})',
  'console.customer.renew': 'Mit diesen Schlüsseln verlängern',
  'console.customer.addSeats': 'Diese Plätze hinzufügen',
  'console.customer.addSeatsAnyway': 'Plätze trotzdem hinzufügen',
  'console.customer.unusedDays':
    'Diese Schlüssel laufen {days, plural, one {# Tag} other {# Tage}} über das Ende der laufenden Laufzeit des Abonnements hinaus: Diese Tage blieben ungenutzt. Fügen Sie die Plätze trotzdem hinzu, oder verlängern Sie das Abonnement stattdessen mit diesen Schlüsseln.',

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
