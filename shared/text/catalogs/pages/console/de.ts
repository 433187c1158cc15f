import { deCustomer } from './customer/de';
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
  'console.nav.renewals': 'Fällige Verlängerungen',
  'console.nav.integrations': 'Integrationen',
  'console.integrations.heading': 'Integrationen',
  'console.integrations.title': 'Integrationen · Keycard',
  'console.integrations.intro':
    'Keycard sendet seine Ereignisse (eine abgeschlossene Einlösung, eine fällige Verlängerung, ein abgelaufenes Abonnement …) als Webhooks an Ihre Tools: eine HTTPS-Anfrage an jeden Endpunkt, den Sie hier hinzufügen, signiert mit dem Geheimnis dieses Endpunkts nach der Spezifikation Standard Webhooks.',
  'console.integrations.endpoints': 'Ihre Endpunkte',
  'console.integrations.count':
    '{count, plural, =0 {Noch kein Endpunkt: Fügen Sie unten einen hinzu.} one {# Endpunkt von höchstens 10.} other {# Endpunkte von höchstens 10.}}',
  'console.integrations.url': 'URL',
  'console.integrations.description': 'Beschreibung',
  'console.integrations.events': 'Ereignisse',
  'console.integrations.state': 'Status',
  'console.integrations.allEvents': 'Alle Ereignisse, auch später hinzukommende Typen',
  'console.integrations.enabled': 'Aktiv: Ereignisse werden gesendet, sobald sie eintreten.',
  'console.integrations.disabledByYou':
    'Von Ihnen am {at} deaktiviert. Seine Ereignisse werden zurückgehalten und gesendet, wenn Sie ihn wieder aktivieren.',
  'console.integrations.disabledFailing':
    'Von Keycard am {at} deaktiviert: Seit {since} ist jede Zustellung fehlgeschlagen. Seine Ereignisse werden zurückgehalten und gesendet, wenn Sie ihn wieder aktivieren.',
  'console.integrations.failing':
    'Seit {since} schlägt jede Zustellung fehl. Nach 3 Tagen mit Fehlern deaktiviert Keycard den Endpunkt und benachrichtigt Sie per E-Mail.',
  'console.integrations.lastErrors': 'Letzte Fehler',
  'console.integrations.errorAt': '{at}: {error}',
  'console.integrations.enableAgain': 'Wieder aktivieren',
  'console.integrations.enableNote':
    'Beim erneuten Aktivieren werden die Ereignisse gesendet, die während der Deaktivierung zurückgehalten wurden.',
  'console.integrations.disable': 'Deaktivieren',
  'console.integrations.disabledNow':
    'Der Endpunkt ist deaktiviert. Seine Ereignisse werden zurückgehalten, bis Sie ihn wieder aktivieren.',
  'console.integrations.enabledNow':
    'Der Endpunkt ist wieder aktiv: Die zwischenzeitlich zurückgehaltenen Ereignisse werden gesendet.',
  'console.integrations.test': 'Testereignis senden',
  'console.integrations.testSent': 'Testereignis gesendet. Seine Zustellung erscheint gleich unten.',
  'console.integrations.testOutcome':
    '{status, select, delivered {Das Testereignis wurde zugestellt.} failed {Das Testereignis konnte nicht zugestellt werden: Die Versuche stehen unten.} other {Das Testereignis ist noch unterwegs: Aktualisieren Sie die Zustellungen, um es ankommen zu sehen.}}',
  'console.integrations.rotate': 'Geheimnis erneuern',
  'console.integrations.rotateConfirm':
    'Ein neues Signaturgeheimnis für diesen Endpunkt erstellen? Das aktuelle signiert Nachrichten noch 24 Stunden lang, damit Sie Zeit haben, das neue einzurichten.',
  'console.integrations.rotateYes': 'Neues Geheimnis erstellen',
  'console.integrations.rotateNo': 'Das aktuelle behalten',
  'console.integrations.delete': 'Löschen',
  'console.integrations.deleteConfirm':
    'Den Endpunkt {url} löschen? Es wird nichts mehr an ihn gesendet, und das lässt sich nicht rückgängig machen.',
  'console.integrations.deleteYes': 'Endpunkt löschen',
  'console.integrations.deleteNo': 'Behalten',
  'console.integrations.deleted': 'Der Endpunkt {url} wurde gelöscht.',
  'console.integrations.secretHeading': 'Das Signaturgeheimnis von {url}',
  'console.integrations.secretOnce':
    'Kopieren Sie es jetzt und hinterlegen Sie es in Ihrem Tool: Keycard zeigt es nicht noch einmal an.',
  'console.integrations.secretLabel': 'Signaturgeheimnis',
  'console.integrations.copy': 'Geheimnis kopieren',
  'console.integrations.copied': 'Kopiert.',
  'console.integrations.copyFailed':
    'Es konnte nicht kopiert werden: Markieren Sie es und kopieren Sie es selbst.',
  'console.integrations.secretDone': 'Ich habe es gespeichert',
  'console.integrations.rotated':
    'Bis {until} signiert auch das vorherige Geheimnis jede Nachricht (24 Stunden lang), sodass Ihr Tool beide akzeptiert, während Sie das neue einrichten.',
  'console.integrations.add': 'Endpunkt hinzufügen',
  'console.integrations.urlHelp':
    'Wohin Keycard die Ereignisse sendet: eine https-Adresse, unter der Ihr Tool innerhalb von 10 Sekunden mit 2xx antwortet.',
  'console.integrations.descriptionHelp': 'Wofür er da ist, für Ihr Team (optional, höchstens 200 Zeichen).',
  'console.integrations.eventsLegend': 'Zu sendende Ereignisse',
  'console.integrations.typesNeeded': 'Wählen Sie mindestens ein Ereignis oder alle Ereignisse.',
  'console.integrations.addSubmit': 'Endpunkt hinzufügen',
  'console.integrations.urlField':
    'Geben Sie die vollständige Adresse Ihres Endpunkts ein, beginnend mit https://.',
  'console.integrations.descriptionField': 'Eine Beschreibung hat höchstens 200 Zeichen.',
  'console.integrations.sinceField':
    'Geben Sie einen Zeitpunkt innerhalb der letzten 30 Tage ein, nicht in der Zukunft.',
  'console.integrations.eventType':
    '{type, select, redemption_completed {Einlösung abgeschlossen} subscription_created {Abonnement erstellt} subscription_renewed {Abonnement verlängert} subscription_seats_added {Lizenzen hinzugefügt} subscription_renewal_due {Verlängerung fällig} subscription_expired {Abonnement abgelaufen} subscription_disabled {Abonnement deaktiviert} subscription_deleted {Abonnement gelöscht} subscription_switched_to_direct_billing {Zur direkten Abrechnung gewechselt} partner_of_record_changed {Partner of Record geändert} delegation_offer_accepted {Angebot der delegierten Administration angenommen} delegation_offer_declined {Angebot der delegierten Administration abgelehnt} delegation_offer_expired {Angebot der delegierten Administration abgelaufen} delegated_admin_removed {Delegierter Administrator entfernt} ping {Testereignis} other {{type}}}',
  'console.integrations.deliveries': 'Letzte Zustellungen',
  'console.integrations.noDeliveries': 'An diesen Endpunkt wurde noch nichts gesendet.',
  'console.integrations.deliveryStatus':
    '{status, select, pending {Ausstehend} delivered {Zugestellt} failed {Fehlgeschlagen: Jeder Versuch ist fehlgeschlagen} held {Zurückgehalten, solange der Endpunkt deaktiviert ist} other {{status}}}',
  'console.integrations.nextAttempt': 'Nächster Versuch: {at}.',
  'console.integrations.eventAt': 'Ereignis vom {at}',
  'console.integrations.attempt':
    '{at}: {answered, select, yes {HTTP {status}} other {keine Antwort}} nach {ms} ms',
  'console.integrations.noAttempts': 'Noch kein Versuch.',
  'console.integrations.redeliver': 'Erneut senden',
  'console.integrations.redelivered': 'Erneut gesendet: Die neuen Versuche erscheinen in der Liste.',
  'console.integrations.refresh': 'Zustellungen aktualisieren',
  'console.integrations.more': 'Weitere Zustellungen anzeigen',
  'console.integrations.redeliverSince': 'Erneut senden seit …',
  'console.integrations.sinceLabel': 'Alle Ereignisse seit (UTC)',
  'console.integrations.sinceHelp':
    'Innerhalb der letzten 30 Tage: Jedes Ereignis seitdem, von den Typen, die dieser Endpunkt erhält, wird erneut gesendet.',
  'console.integrations.sinceSubmit': 'Diese Ereignisse erneut senden',
  'console.integrations.queued':
    '{queued, plural, =0 {Seitdem gibt es kein Ereignis, das erneut zu senden wäre.} one {# Ereignis wird erneut gesendet.} other {# Ereignisse werden erneut gesendet.}}',
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
  'console.problem.tooManyWebhookEndpoints':
    'Keycard speichert höchstens 10 Webhook-Endpunkte pro Partner. Entfernen Sie zuerst einen, den Sie nicht mehr nutzen.',
  'console.problem.webhookUrlForbidden':
    'Keycard darf an diese Adresse keine Ereignisse senden. Verwenden Sie eine https-URL eines öffentlichen Servers, keine Adresse eines privaten oder lokalen Netzes.',
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
  'console.done.resumed': 'Diese Einlösung ist abgeschlossen: Ihre Schlüssel sind angewendet.',
  'console.title.wizardStart': 'Produktschlüssel einlösen — Schritt {step} von {steps} · Keycard',
  'console.title.wizard': '{heading} — Produktschlüssel einlösen, Schritt {step} von {steps} · Keycard',
  'console.wizard.progress': 'Schritt {step} von {steps}',
  'console.wizard.renewing':
    'Sie haben ein Abonnement zum Verlängern gewählt: Fügen Sie die Schlüssel hinzu, Schritt 2 bietet an, es damit zu verlängern.',
  'console.wizard.cancel': 'Einlösung abbrechen',
  'console.wizard.cancelAsk':
    'Diese Einlösung abbrechen? {keys, plural, =0 {Sie beginnen von vorn.} one {Ihr Schlüssel wird sofort freigegeben, und Sie beginnen von vorn.} other {Ihre # Schlüssel werden sofort freigegeben, und Sie beginnen von vorn.}}',
  'console.wizard.cancelYes': 'Ja, abbrechen',
  'console.wizard.cancelNo': 'Nein, weitermachen',
  'console.wizard.cancelled':
    'Die Einlösung ist abgebrochen und ihre Schlüssel sind freigegeben. Beginnen Sie eine neue, wann Sie möchten.',
  'console.wizard.cancelFailed': 'Die Einlösung ist noch nicht abgebrochen: Versuchen Sie es erneut.',
  'console.wizard.cancelCompleted':
    'Diese Einlösung ist bereits abgeschlossen: Ihre Schlüssel sind verbraucht, sie kann nicht mehr abgebrochen werden.',
  'console.wizard.cancelInProgress':
    'Diese Einlösung wird gerade abgeschlossen und kann daher nicht abgebrochen werden. Warten Sie einen Moment und laden Sie dann die Seite neu, um das Ergebnis zu sehen.',
  'console.wizard.resumedExpired':
    'Die Einlösung, die Sie offen hatten, ist abgelaufen, bevor sie abgeschlossen war; ihre Schlüssel wurden freigegeben. Beginnen Sie eine neue.',
  'console.wizard.resumedAbandoned':
    'Die Einlösung, die Sie offen hatten, wurde abgebrochen; ihre Schlüssel wurden freigegeben. Beginnen Sie eine neue.',
  'console.wizard.resumedGone':
    'Die Einlösung, die Sie offen hatten, gibt es nicht mehr. Beginnen Sie eine neue.',
  'console.keys.confirmedNote':
    'Diese Schlüssel sind bestätigt, die Liste kann sich nicht mehr ändern. Fahren Sie mit Schritt 2 fort oder brechen Sie die Einlösung ab, um neu zu beginnen.',
  'console.keys.elsewhere':
    'Dieser Schlüssel ist in einer anderen Ihrer Einlösungen, begonnen am {at, date, long}.',
  'console.keys.openElsewhere': 'Diesen Assistenten öffnen',
  'console.keys.openElsewhereNote':
    '{keys, plural, =0 {Dieser noch leere Assistent wird dann geschlossen.} one {Dieser Assistent wird dann abgebrochen und sein Schlüssel freigegeben.} other {Dieser Assistent wird dann abgebrochen und seine # Schlüssel freigegeben.}}',
  'console.customer.renewing': 'Das gewählte Abonnement verlängern',
  'console.customer.renewingNote':
    'Sie haben gewählt, dieses Abonnement mit diesen Schlüsseln zu verlängern. Um stattdessen einen neuen Kunden anzulegen, nutzen Sie das Formular unten.',
  'console.signOut.ask':
    'Eine Einlösung läuft. Wenn Sie sich abmelden, wird sie abgebrochen und ihre Schlüssel werden freigegeben.',
  'console.signOut.yes': 'Abmelden und Einlösung abbrechen',
  'console.signOut.no': 'Angemeldet bleiben',
  'console.signOut.failed': 'Sie sind noch angemeldet, und die Einlösung ist nicht abgebrochen.',

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
  'console.renewals.heading': 'Fällige Verlängerungen',
  'console.renewals.intro':
    'Die Abonnements Ihrer Kunden, die bald enden, das nächste zuerst. Verlängern Sie eines mit Produktschlüsseln, bevor es endet, damit niemand den Zugang verliert.',
  'console.renewals.horizon': 'Abonnements mit Ende in',
  'console.renewals.within': 'den nächsten {days} Tagen',
  'console.renewals.found':
    'Angezeigt: {count, plural, one {# Abonnement} other {# Abonnements}} mit Ende in den nächsten {days} Tagen.',
  'console.renewals.none': 'Kein Abonnement Ihrer Kunden endet in den nächsten {days} Tagen.',
  'console.renewals.subscription': '{product} für {customer}',
  'console.renewals.state':
    '{state, select, active {Aktiv} expired {Abgelaufen: in der Kulanzzeit von 30 Tagen weiter voll nutzbar} disabled {Deaktiviert: Bis zur Verlängerung können sich nur die Administratoren anmelden} other {{state}}}',
  'console.renewals.seats': '{seats, plural, one {# Platz} other {# Plätze}}, {assigned} belegt',
  'console.renewals.ends': '{past, select, yes {Endete am} other {Endet am}} {end, date, long} ({relative})',
  'console.renewals.noticesSent':
    'Gesendete Verlängerungshinweise: {list} {last, plural, one {Tag} other {Tage}} vor dem Ende.',
  'console.renewals.noNotices': 'Noch kein Verlängerungshinweis gesendet.',
  'console.renewals.renew': 'Mit Schlüsseln verlängern',
  'console.renewals.direct': 'Direkt abgerechnet: verlängert sich selbst.',
  'console.renewals.more': 'Mehr anzeigen',
  ...deCustomer,
};
