import { createHash } from 'node:crypto';
import type { MessageId } from '../text/catalogs';
import type { Language } from '../text/languages';
import { message, type MessageValues } from '../text/messages';
import { OFFER_TOKEN } from './parse';
import { html, type Reply } from './responses';

/**
 * The customer's offer page, the same for every offer: the emailed link is
 * `/api/v1/offers#<token>`, and a fragment is never sent to a server, so the token is in no request
 * line, log, telemetry, proxy or Referer. The script reads it, takes it out of the address bar,
 * looks the offer up and sends the answer, the token always in a POST body. Everything the offer
 * says is set as text (`textContent`), never parsed as HTML. Script and style are inline and allowed
 * by their hashes in the Content-Security-Policy: nothing else may run or load. The page speaks the
 * reader's language (Accept-Language; English otherwise): its sentences are the catalogs'
 * `page.offer.*` messages, rendered here, the script's own words among them (so each language's
 * script, and its hash, is its own).
 */
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem;line-height:1.3}blockquote{border-left:4px solid #8a8a8a;margin:1rem 0;padding:.5rem 1rem;white-space:pre-wrap;background:#f4f4f4}
.actions{display:flex;gap:1rem;flex-wrap:wrap;margin:1.5rem 0}button{font-size:1rem;padding:.7rem 1.5rem;border-radius:4px;border:2px solid #0b5cad;cursor:pointer}
#accept,#decline-yes,#retry{background:#0b5cad;color:#fff}#decline,#decline-no{background:#fff;color:#0b5cad}button:focus-visible{outline:3px solid #e8a000;outline-offset:2px}
.note{color:#444}[hidden]{display:none}h1[tabindex]:focus{outline:none}`;

/**
 * A placeholder's stand-in (private-use characters) while a message is rendered: markup replaces it,
 * or the script does.
 */
const slot = (name: string) => `\uE000${name}\uE000`;

/** JSON that is safe inside a `<script>` element (no `</script>` can close it early). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The words the script sets by itself: why an offer cannot be shown, in the page's language. */
function scriptWords(language: Language) {
  const say = (id: MessageId, values: MessageValues = {}) => message(language, id, values);
  return {
    gone: {
      not_found: say('page.offer.gone.notFound'),
      offer_expired: say('page.offer.gone.expired'),
      offer_used: say('page.offer.gone.used'),
      offer_withdrawn: say('page.offer.gone.withdrawn'),
    },
    unavailable: say('page.offer.gone.unavailable'),
    failed: say('page.offer.gone.failed', { detail: slot('detail') }),
    noAnswer: say('page.offer.gone.noAnswer'),
    acceptedOn: say('page.offer.accepted.on', { date: slot('date') }),
    declinedOn: say('page.offer.declined.on', { date: slot('date') }),
  };
}

function script(paths: { lookup: string; accept: string; decline: string }, language: Language): string {
  return `(() => {
  const paths = ${JSON.stringify(paths)};
  const OFFER_TOKEN = new RegExp(${JSON.stringify(OFFER_TOKEN.source)});
  const WORDS = ${scriptJson(scriptWords(language))};
  const DETAIL = ${scriptJson(slot('detail'))};
  const DATE = ${scriptJson(slot('date'))};
  // The token, once read from the fragment, is kept for this tab only (sessionStorage) and taken out
  // of the address bar, the history and any bookmark; a reload, Back/Forward or the link pasted
  // again (hashchange) finds it. After an answer, what was answered is kept beside it.
  const KEPT = 'offer-token';
  const ANSWERED = 'offer-answered';
  const store = { get: (k) => { try { return sessionStorage.getItem(k); } catch { return null; } }, set: (k, v) => { try { sessionStorage.setItem(k, v); } catch {} } };
  let token = '';
  const readToken = () => {
    const fragment = decodeURIComponent(location.hash.slice(1));
    if (fragment) {
      token = fragment;
      store.set(KEPT, token);
      history.replaceState(null, '', location.pathname + location.search);
    } else {
      token = store.get(KEPT) || '';
    }
  };
  const $ = (id) => document.getElementById(id);
  const show = (id) => { for (const view of document.querySelectorAll('main > section')) view.hidden = view.id !== id; const h = $(id).querySelector('h1'); if (h) h.focus(); };
  const day = (at) => new Date(at).toLocaleDateString(document.documentElement.lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const names = (partner, domain) => {
    for (const el of document.querySelectorAll('[data-partner]')) el.textContent = partner;
    for (const el of document.querySelectorAll('[data-domain]')) el.textContent = domain;
  };
  const showAnswered = (kept) => {
    names(kept.partner, kept.domain);
    $(kept.verb + '-on').textContent = WORDS[kept.verb === 'accept' ? 'acceptedOn' : 'declinedOn'].replace(DATE, () => day(kept.at));
    show(kept.verb === 'accept' ? 'accepted' : 'declined');
  };
  const trouble = (problem) => {
    const text = problem && WORDS.gone[problem.code];
    const outage = !text && !!problem && problem.status === 503;
    $('gone-text').textContent = text || (outage
      ? WORDS.unavailable
      : WORDS.failed.replace(DETAIL, () => (problem && (problem.detail || problem.title)) || WORDS.noAnswer));
    $('retry').hidden = !outage;
    show('gone');
  };
  const post = async (path, body) => {
    try {
      const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit', referrerPolicy: 'no-referrer' });
      const answer = await response.json().catch(() => null);
      return response.ok ? { ok: answer } : { problem: answer || { status: response.status } };
    } catch {
      return { problem: { status: 503 } };
    }
  };
  let shown = null;
  const answer = async (verb) => {
    for (const b of document.querySelectorAll('button')) b.disabled = true;
    const result = await post(paths[verb], { token });
    for (const b of document.querySelectorAll('button')) b.disabled = false;
    if (result.problem) return trouble(result.problem);
    const kept = { token, verb, at: new Date().toISOString(), partner: shown.partner.name, domain: shown.tenant.domain };
    store.set(ANSWERED, JSON.stringify(kept));
    showAnswered(kept);
  };
  const confirming = (on) => {
    $('decline-confirm').hidden = !on;
    $('decline').setAttribute('aria-expanded', String(on));
    if (on) $('decline-yes').focus(); else $('decline').focus();
  };
  const start = async () => {
    $('decline-confirm').hidden = true;
    if (!OFFER_TOKEN.test(token)) return trouble({ code: 'not_found' });
    const result = await post(paths.lookup, { token });
    if (result.problem) {
      let kept = null;
      try { kept = JSON.parse(store.get(ANSWERED) || 'null'); } catch {}
      if (result.problem.code === 'offer_used' && kept && kept.token === token) return showAnswered(kept);
      return trouble(result.problem);
    }
    shown = result.ok;
    const { offer, partner, tenant } = shown;
    names(partner.name, tenant.domain);
    $('organization').textContent = tenant.organizationName;
    $('program').textContent = partner.partnerId;
    $('message').textContent = offer.message;
    $('expires').textContent = day(offer.expiresAt);
    show('offer');
  };
  $('accept').addEventListener('click', () => answer('accept'));
  $('decline').addEventListener('click', () => confirming(true));
  $('decline-no').addEventListener('click', () => confirming(false));
  $('decline-yes').addEventListener('click', () => answer('decline'));
  $('retry').addEventListener('click', () => { show('loading'); start(); });
  window.addEventListener('hashchange', () => { if (location.hash.length > 1) { readToken(); start(); } });
  readToken();
  start();
})();`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A sentence of the page in its language, as HTML: the message's text escaped, each placeholder the
 * element the script fills (a partner's name, a domain), so word order is the translation's.
 */
function sentence(language: Language, id: MessageId, slots: Record<string, string> = {}): string {
  const values = Object.fromEntries(Object.keys(slots).map((name) => [name, slot(name)]));
  return escapeHtml(message(language, id, values)).replace(
    /\uE000(\w+)\uE000/g,
    (_, name: string) => slots[name] ?? '',
  );
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * The page's answer in a language, built once for each (the page and its hashes never change while
 * the app runs). It varies with the request's Accept-Language, and says so (`Vary`).
 */
export function offerPageReplier(paths: {
  lookup: string;
  accept: string;
  decline: string;
}): (language: Language) => Reply {
  const built = new Map<Language, Reply>();
  return (language) => {
    let reply = built.get(language);
    if (!reply) {
      reply = offerPage(paths, language);
      built.set(language, reply);
    }
    return reply;
  };
}

function offerPage(paths: { lookup: string; accept: string; decline: string }, language: Language): Reply {
  const code = script(paths, language);
  const say = (id: MessageId, slots?: Record<string, string>) => sentence(language, id, slots);
  const partner = '<strong data-partner></strong>';
  const domain = '<strong data-domain></strong>';
  const page = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${say('page.offer.title')}</title>
<style>${STYLE}</style>
</head><body><main>
<section id="loading"><h1 tabindex="-1">${say('page.offer.loading')}</h1>
<noscript><p>${say('page.offer.noscript')}</p></noscript></section>
<section id="offer" hidden>
<h1 tabindex="-1">${say('page.offer.heading', { partner: '<span data-partner></span>', organization: '<span id="organization"></span>' })}</h1>
<p>${say('page.offer.intro', { partner, programId: '<span id="program"></span>', domain })}</p>
<blockquote id="message"></blockquote>
<h2>${say('page.offer.grants.heading')}</h2>
<p>${say('page.offer.grants.text')}</p>
<p class="note">${say('page.offer.validUntil', { expires: '<span id="expires"></span>' })}</p>
<div class="actions"><button id="accept" type="button">${say('page.offer.accept')}</button><button id="decline" type="button" aria-expanded="false" aria-controls="decline-confirm">${say('page.offer.decline')}</button></div>
<div id="decline-confirm" role="group" aria-labelledby="decline-question" hidden><p id="decline-question">${say('page.offer.decline.confirm', { partner, domain })}</p>
<div class="actions"><button id="decline-yes" type="button">${say('page.offer.decline.yes')}</button><button id="decline-no" type="button">${say('page.offer.decline.no')}</button></div></div>
</section>
<section id="accepted" hidden><h1 tabindex="-1">${say('page.offer.accepted.heading')}</h1>
<p>${say('page.offer.accepted.text', { partner, domain })}</p><p id="accept-on"></p></section>
<section id="declined" hidden><h1 tabindex="-1">${say('page.offer.declined.heading')}</h1>
<p>${say('page.offer.declined.text', { partner, domain })}</p><p id="decline-on"></p></section>
<section id="gone" hidden><h1 tabindex="-1">${say('page.offer.gone.heading')}</h1><p id="gone-text"></p>
<div class="actions"><button id="retry" type="button" hidden>${say('page.offer.retry')}</button></div></section>
</main>
<script>${code}</script>
</body></html>`;
  const allow = { scriptHashes: [sha256(code)], styleHashes: [sha256(STYLE)] };
  const reply = html(200, page, allow);
  return { ...reply, headers: { ...reply.headers, vary: 'Accept-Language' } };
}
