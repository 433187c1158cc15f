import { escapeHtml } from '../shared/text/html';
import type { ReceivedMail } from './received-mail';

/** The local inbox as a page: every email the local ACS endpoint accepted, newest first. */
export function inboxPage(mails: ReceivedMail[]): string {
  const rows = [...mails]
    .reverse()
    .map(
      (mail) => `<article>
  <header><strong>${escapeHtml(mail.subject)}</strong><br>
  <small>From ${escapeHtml(mail.from)} to ${escapeHtml(mail.to.join(', '))}${mail.cc.length ? ` cc ${escapeHtml(mail.cc.join(', '))}` : ''} · ${escapeHtml(mail.receivedAt)} (stack clock ${escapeHtml(mail.stackTime)})</small></header>
  <pre>${escapeHtml(mail.plainText ?? '')}</pre>
  ${mail.html ? `<details><summary>HTML</summary><iframe sandbox srcdoc="${escapeHtml(mail.html)}"></iframe></details>` : ''}
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Keycard local inbox (${mails.length})</title>
<style>body{font:15px system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}iframe{width:100%;height:20rem;border:1px solid #eee}</style>
</head><body><h1>Local inbox</h1><p>${mails.length} email(s) accepted by the local Azure Communication Services endpoint, newest first.</p>
${rows || '<p>No email yet.</p>'}
</body></html>`;
}
