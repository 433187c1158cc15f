import { createHash } from 'node:crypto';
import { OFFER_TOKEN } from './parse';
import { html, type Reply } from './responses';

/**
 * The customer's offer page, the same for every offer: the emailed link is
 * `/api/v1/offers#<token>`, and a fragment is never sent to a server, so the token is in no request
 * line, log, telemetry, proxy or Referer. The script reads it, takes it out of the address bar,
 * looks the offer up and sends the answer, the token always in a POST body. Everything the offer
 * says is set as text (`textContent`), never parsed as HTML. Script and style are inline and allowed
 * by their hashes in the Content-Security-Policy: nothing else may run or load.
 */
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem;line-height:1.3}blockquote{border-left:4px solid #8a8a8a;margin:1rem 0;padding:.5rem 1rem;white-space:pre-wrap;background:#f4f4f4}
.actions{display:flex;gap:1rem;flex-wrap:wrap;margin:1.5rem 0}button{font-size:1rem;padding:.7rem 1.5rem;border-radius:4px;border:2px solid #0b5cad;cursor:pointer}
#accept{background:#0b5cad;color:#fff}#decline{background:#fff;color:#0b5cad}button:focus-visible{outline:3px solid #e8a000;outline-offset:2px}
.note{color:#444}[hidden]{display:none}h1[tabindex]:focus{outline:none}`;

function script(paths: { lookup: string; accept: string; decline: string }): string {
  return `(() => {
  const paths = ${JSON.stringify(paths)};
  const OFFER_TOKEN = new RegExp(${JSON.stringify(OFFER_TOKEN.source)});
  const token = decodeURIComponent(location.hash.slice(1));
  // Read once, then gone from the address bar, the history and any bookmark.
  history.replaceState(null, '', location.pathname + location.search);
  const $ = (id) => document.getElementById(id);
  const show = (id) => { for (const view of document.querySelectorAll('main > section')) view.hidden = view.id !== id; const h = $(id).querySelector('h1'); if (h) h.focus(); };
  const GONE = {
    not_found: 'This link does not lead to any offer. Check that you opened the whole link from the email.',
    offer_expired: 'This offer has expired. Ask the partner for a new one if you still want it.',
    offer_used: 'This offer has already been answered.',
    offer_withdrawn: 'The partner withdrew this offer.',
  };
  const trouble = (problem) => {
    const text = problem && GONE[problem.code];
    $('gone-text').textContent = text || (problem && problem.status === 503
      ? 'The service is not available right now. Try again in a moment: the link still works.'
      : 'Something went wrong (' + ((problem && (problem.detail || problem.title)) || 'no answer') + '). Try again in a moment.');
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
  const answer = async (verb) => {
    for (const b of document.querySelectorAll('button')) b.disabled = true;
    const result = await post(paths[verb], { token });
    if (result.problem) return trouble(result.problem);
    show(verb === 'accept' ? 'accepted' : 'declined');
  };
  const start = async () => {
    if (!OFFER_TOKEN.test(token)) return trouble({ code: 'not_found' });
    const result = await post(paths.lookup, { token });
    if (result.problem) return trouble(result.problem);
    const { offer, partner, tenant } = result.ok;
    for (const el of document.querySelectorAll('[data-partner]')) el.textContent = partner.name;
    for (const el of document.querySelectorAll('[data-domain]')) el.textContent = tenant.domain;
    $('organization').textContent = tenant.organizationName;
    $('program').textContent = partner.partnerId;
    $('message').textContent = offer.message;
    $('expires').textContent = new Date(offer.expiresAt).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    $('accept').addEventListener('click', () => answer('accept'));
    $('decline').addEventListener('click', () => answer('decline'));
    show('offer');
  };
  start();
})();`;
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The page's answer, built once (the page and its hashes never change while the app runs). */
export function offerPageReplier(paths: { lookup: string; accept: string; decline: string }): () => Reply {
  const code = script(paths);
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Delegated administration offer</title>
<style>${STYLE}</style>
</head><body><main>
<section id="loading"><h1 tabindex="-1">Reading the offer…</h1>
<noscript><p>This page needs JavaScript to read the offer from its link.</p></noscript></section>
<section id="offer" hidden>
<h1 tabindex="-1"><span data-partner></span> offers to administer <span id="organization"></span></h1>
<p>The partner <strong data-partner></strong> (partner program id <span id="program"></span>) asks to become a
delegated administrator of <strong data-domain></strong>. Their message:</p>
<blockquote id="message"></blockquote>
<h2>What accepting grants</h2>
<p>A delegated administrator can administer every service and subscription of your organization: add and
remove users, assign licenses, renew and change subscriptions. It uses no license. You can end it at any
time: any Global Administrator of your organization removes the partner from its delegated administrators.</p>
<p class="note">This offer is valid until <span id="expires"></span>.</p>
<div class="actions"><button id="accept" type="button">Accept</button><button id="decline" type="button">Decline</button></div>
</section>
<section id="accepted" hidden><h1 tabindex="-1">Accepted</h1>
<p><strong data-partner></strong> is now a delegated administrator of <strong data-domain></strong>. You can end it at any time.</p></section>
<section id="declined" hidden><h1 tabindex="-1">Declined</h1>
<p><strong data-partner></strong> will not administer <strong data-domain></strong>.</p></section>
<section id="gone" hidden><h1 tabindex="-1">Offer not available</h1><p id="gone-text"></p></section>
</main>
<script>${code}</script>
</body></html>`;
  const allow = { scriptHashes: [sha256(code)], styleHashes: [sha256(STYLE)] };
  return () => html(200, page, allow);
}
