import { escapeHtml } from '../shared/text/html';
import type { ReceivedWebhook, WebhookBehaviour } from './webhook-receiver';

function verdict(delivery: ReceivedWebhook): string {
  if (delivery.verified === null) return 'not checked (no secret known for this URL)';
  return delivery.verified ? 'yes' : `no: ${delivery.verifyError ?? ''}`;
}

function behaviourText(b: WebhookBehaviour): string {
  const every = b.failEvery === null ? '' : `, 500 every ${b.failEvery}th request`;
  return `answers ${b.status}${b.delayMs ? ` after ${b.delayMs} ms` : ''}${every} (${b.requests} request(s) since set)`;
}

/**
 * The local webhook receiver as a page: every delivery it received, newest first, with whether its
 * signature verified and what it answered; `base` is the host's origin (`http://localhost:7071`).
 */
export function webhookPage(
  deliveries: ReceivedWebhook[],
  behaviours: Record<string, WebhookBehaviour>,
  base: string,
): string {
  const rows = [...deliveries]
    .reverse()
    .map(
      (d) => `<article>
  <h2>${escapeHtml(d.name)}: ${escapeHtml(d.type ?? '(no type)')}</h2>
  <dl>
    <dt>Verified</dt><dd>${escapeHtml(verdict(d))}</dd>
    <dt>Answered</dt><dd>${d.answeredStatus}${d.delayMs ? ` after ${d.delayMs} ms` : ''}</dd>
    <dt>Received</dt><dd>${escapeHtml(d.receivedAt)} (stack clock ${escapeHtml(d.stackTime)})</dd>
    <dt>webhook-id</dt><dd>${escapeHtml(d.headers['webhook-id'] ?? '(none)')}</dd>
  </dl>
  <pre>${escapeHtml(d.body)}${d.bodyBytes > Buffer.byteLength(d.body) ? '\n…' : ''}</pre>
</article>`,
    )
    .join('\n');
  const behaviourRows = Object.entries(behaviours)
    .map(([name, b]) => `<li><code>${escapeHtml(name)}</code> ${escapeHtml(behaviourText(b))}</li>`)
    .join('');
  const receiveUrl = `${base}/admin/webhooks/receive/<name>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Keycard local webhook receiver (${deliveries.length})</title>
<style>body{font:15px system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}h2{font-size:1.1rem;margin:0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dd{margin:0}pre{white-space:pre-wrap;word-break:break-all}</style>
</head><body><main><h1>Local webhook receiver</h1>
<p>Point a webhook endpoint at <code>${escapeHtml(receiveUrl)}</code> (any name of letters, digits, <code>_</code> and <code>-</code>; the local stack allows loopback <code>http</code> endpoints). Each delivery's Standard Webhooks signature is checked against the endpoint's secrets and the stack clock.</p>
<p>Make a name fail: <code>POST ${escapeHtml(base)}/admin/webhooks/behaviour</code> with <code>{"name": "a", "status": 503, "delayMs": 0, "failEvery": 5}</code>, back with <code>{"name": "a", "reset": true}</code>; then move <code>/admin/clock</code> to watch the retries. JSON: <code>GET /admin/webhooks</code>.</p>
${behaviourRows ? `<h2>Behaviours</h2><ul>${behaviourRows}</ul>` : ''}
<p>${deliveries.length} delivery(ies) received, newest first.</p>
${rows || '<p>No delivery yet.</p>'}
</main></body></html>`;
}
