import { it as console } from './console/it';
import type { en } from './en';

export const it: Readonly<Record<keyof typeof en, string>> = {
  'page.offer.title': 'Offerta di amministrazione delegata',
  'page.offer.loading': 'Lettura dell’offerta…',
  'page.offer.noscript': 'Questa pagina richiede JavaScript per leggere l’offerta dal suo link.',
  'page.offer.heading': '{partner} si offre di amministrare {organization}',
  'page.offer.intro':
    'Il partner {partner} (ID programma partner {programId}) chiede di diventare amministratore delegato di {domain}. Il suo messaggio:',
  'page.offer.grants.heading': 'Che cosa concedi accettando',
  'page.offer.grants.text':
    'Un amministratore delegato può amministrare ogni servizio e abbonamento della tua organizzazione: aggiungere e rimuovere utenti, assegnare licenze, rinnovare e modificare abbonamenti. Non usa alcuna licenza. Puoi porvi fine in qualsiasi momento: qualunque amministratore globale della tua organizzazione rimuove il partner dagli amministratori delegati.',
  'page.offer.validUntil': 'Questa offerta è valida fino al {expires}.',
  'page.offer.accept': 'Accetta',
  'page.offer.decline': 'Rifiuta',
  'page.offer.accepted.heading': 'Accettata',
  'page.offer.accepted.text':
    '{partner} è ora amministratore delegato di {domain}. Puoi porvi fine in qualsiasi momento.',
  'page.offer.declined.heading': 'Rifiutata',
  'page.offer.declined.text': '{partner} non amministrerà {domain}.',
  'page.offer.gone.heading': 'Offerta non disponibile',
  'page.offer.gone.notFound':
    'Questo link non porta ad alcuna offerta. Verifica di aver aperto il link completo dall’email.',
  'page.offer.gone.expired':
    'Questa offerta è scaduta. Se la desideri ancora, chiedine una nuova al partner.',
  'page.offer.gone.used': 'Questa offerta ha già ricevuto una risposta.',
  'page.offer.gone.withdrawn': 'Il partner ha ritirato questa offerta.',
  'page.offer.gone.unavailable':
    'Il servizio non è disponibile in questo momento. Riprova tra poco: il link funziona ancora.',
  'page.offer.gone.failed': 'Qualcosa è andato storto ({detail}). Riprova tra poco.',
  'page.offer.gone.noAnswer': 'nessuna risposta',
  'page.offer.accepted.on': 'Hai accettato questa offerta il {date}.',
  'page.offer.declined.on': 'Hai rifiutato questa offerta il {date}.',
  'page.offer.decline.confirm':
    'Rifiutare questa offerta? {partner} non amministrerà {domain} e questo link non funzionerà più.',
  'page.offer.decline.yes': 'Sì, rifiuta',
  'page.offer.decline.no': 'Mantieni l’offerta',
  'page.offer.retry': 'Riprova',
  ...console,
};
