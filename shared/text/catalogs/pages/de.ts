import { de as console } from './console/de';
import type { en } from './en';

export const de: Readonly<Record<keyof typeof en, string>> = {
  'page.offer.title': 'Angebot zur delegierten Administration',
  'page.offer.loading': 'Das Angebot wird gelesen…',
  'page.offer.noscript': 'Diese Seite braucht JavaScript, um das Angebot aus seinem Link zu lesen.',
  'page.offer.heading': '{partner} bietet an, {organization} zu verwalten',
  'page.offer.intro':
    'Der Partner {partner} (Partnerprogramm-ID {programId}) möchte delegierter Administrator von {domain} werden. Seine Nachricht:',
  'page.offer.grants.heading': 'Was Sie mit der Annahme gewähren',
  'page.offer.grants.text':
    'Ein delegierter Administrator kann jeden Dienst und jedes Abonnement Ihrer Organisation verwalten: Benutzer hinzufügen und entfernen, Lizenzen zuweisen, Abonnements verlängern und ändern. Er belegt keine Lizenz. Sie können dies jederzeit beenden: Jeder globale Administrator Ihrer Organisation entfernt den Partner aus den delegierten Administratoren.',
  'page.offer.validUntil': 'Dieses Angebot gilt bis zum {expires}.',
  'page.offer.accept': 'Annehmen',
  'page.offer.decline': 'Ablehnen',
  'page.offer.accepted.heading': 'Angenommen',
  'page.offer.accepted.text':
    '{partner} ist jetzt delegierter Administrator von {domain}. Sie können dies jederzeit beenden.',
  'page.offer.declined.heading': 'Abgelehnt',
  'page.offer.declined.text': '{partner} wird {domain} nicht verwalten.',
  'page.offer.gone.heading': 'Angebot nicht verfügbar',
  'page.offer.gone.notFound':
    'Dieser Link führt zu keinem Angebot. Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.',
  'page.offer.gone.expired':
    'Dieses Angebot ist abgelaufen. Bitten Sie den Partner um ein neues, wenn Sie es weiterhin möchten.',
  'page.offer.gone.used': 'Dieses Angebot wurde bereits beantwortet.',
  'page.offer.gone.withdrawn': 'Der Partner hat dieses Angebot zurückgezogen.',
  'page.offer.gone.unavailable':
    'Der Dienst ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal: Der Link bleibt gültig.',
  'page.offer.gone.failed': 'Etwas ist schiefgelaufen ({detail}). Versuchen Sie es gleich noch einmal.',
  'page.offer.gone.noAnswer': 'keine Antwort',
  'page.offer.accepted.on': 'Sie haben dieses Angebot am {date} angenommen.',
  'page.offer.declined.on': 'Sie haben dieses Angebot am {date} abgelehnt.',
  'page.offer.decline.confirm':
    'Dieses Angebot ablehnen? {partner} wird {domain} nicht verwalten, und dieser Link funktioniert dann nicht mehr.',
  'page.offer.decline.yes': 'Ja, ablehnen',
  'page.offer.decline.no': 'Angebot behalten',
  'page.offer.retry': 'Erneut versuchen',
  ...console,
};
