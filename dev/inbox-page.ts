import { escapeHtml } from '../shared/text/html';
import type { ReceivedMail } from './received-mail';

/** The links of an email's plain text (where every link of its HTML part is written out too). */
export function plainTextLinks(plainText: string | null): string[] {
  const found = (plainText ?? '').match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return [...new Set(found.map((url) => url.replace(/[.,;:!?]+$/, '')))];
}

/**
 * The email's HTML as the frame's document, its links opening in a new tab: the pages they lead to
 * (the customer's offer page) refuse to be framed, rightly, and must not open sandboxed.
 */
function framed(html: string): string {
  const base = '<base target="_blank">';
  if (/<head(\s[^>]*)?>/i.test(html)) return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${base}`);
  return `${base}${html}`;
}

/**
 * The local inbox as a page: every email the local ACS endpoint accepted, newest first, each with its
 * plain text, the links in it (each opening in a new tab) and its HTML in a titled frame whose links
 * open in a new tab too (the frame may open popups, and they escape its sandbox: no scripts run in the
 * email itself).
 */
export function inboxPage(mails: ReceivedMail[]): string {
  const rows = [...mails]
    .reverse()
    .map((mail, index) => {
      const links = plainTextLinks(mail.plainText);
      const id = `mail-${index + 1}`;
      // The email's own language (its HTML says it), for the subject and text read aloud.
      const language = /<html[^>]*\slang="([A-Za-z-]+)"/i.exec(mail.html ?? '')?.[1];
      const lang = language ? ` lang="${escapeHtml(language)}"` : '';
      return `<article aria-labelledby="${id}">
  <h2 id="${id}"${lang}>${escapeHtml(mail.subject)}</h2>
  <p class="meta">From ${escapeHtml(mail.from)} to ${escapeHtml(mail.to.join(', '))}${mail.cc.length ? ` cc ${escapeHtml(mail.cc.join(', '))}` : ''} · ${escapeHtml(mail.receivedAt)} (stack clock ${escapeHtml(mail.stackTime)})</p>
  <pre${lang}>${escapeHtml(mail.plainText ?? '')}</pre>
  ${
    links.length
      ? `<h3>Links (each opens in a new tab)</h3>
  <ul class="links">${links
    .map(
      (url) => `<li><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(url)}</a></li>`,
    )
    .join('')}</ul>`
      : ''
  }
  ${
    mail.html
      ? `<details><summary>HTML</summary><iframe sandbox="allow-popups allow-popups-to-escape-sandbox" title="${escapeHtml(mail.subject)}" srcdoc="${escapeHtml(framed(mail.html))}"></iframe></details>`
      : ''
  }
</article>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Keycard local inbox (${mails.length})</title>
<style>body{font:15px system-ui,sans-serif;color:#1b1b1b;background:#fff;max-width:60rem;margin:2rem auto;padding:0 1rem;overflow-wrap:anywhere}h2{font-size:1.15rem;margin:0 0 .25rem}h3{font-size:1rem}.meta{color:#4a4a4a;font-size:.9rem;margin:0}article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap;overflow-wrap:anywhere}a{color:#0b5cad}iframe{width:100%;height:20rem;border:1px solid #ccc}</style>
</head><body><main><h1>Local inbox</h1><p>${mails.length} email(s) accepted by the local Azure Communication Services endpoint, newest first.</p>
${rows || '<p>No email yet.</p>'}
</main></body></html>`;
}
