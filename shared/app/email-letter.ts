import { skuName } from '../domain/catalog';
import type { EmailContent } from '../domain/notification';
import type { MessageId } from '../text/catalogs';
import { escapeHtml } from '../text/html';
import type { Language } from '../text/languages';
import { message, type MessageValues } from '../text/messages';

/**
 * The shape every email Keycard sends is written in: blocks of text from the catalogs, rendered twice,
 * as an HTML part (with `lang`, a `<title>`, the token in a monospaced font where l, I and 1 differ)
 * and as a plain-text part that says everything the HTML says (each link's address, each row of a
 * table). No sentence is put together here: every sentence is one catalog message.
 */
export type Block =
  /** A paragraph (line breaks kept). */
  | string
  /**
   * Something to copy exactly (an administrator's token, a request): its label, then the text on a
   * line of its own, in a monospaced font where l, I and 1 differ.
   */
  | { label: string; token: string }
  /** A link shown as a button; in the plain text, the label and the address. */
  | { button: string; href: string }
  /** Facts as label and value, one a row. */
  | { rows: (readonly [string, string])[] }
  /** Someone else's words (a partner's message), quoted. */
  | { quote: string };

/** The catalog's message in the letter's language: a shorthand for the emails' texts. */
export type Say = (id: MessageId, values?: MessageValues) => string;

export function sayIn(language: Language): Say {
  return (id, values) => message(language, id, values);
}

/** A product's name as people know it ("Business Basic"), never its SKU code. */
export function productName(sku: string): string {
  return skuName(sku) ?? sku.replace(/_/g, ' ').toLowerCase();
}

const MONOSPACE = "Consolas, 'DejaVu Sans Mono', monospace";
const TEXT_STYLE = 'margin:0 0 16px';

function paragraphHtml(text: string): string {
  return `<p style="${TEXT_STYLE}">${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
}

function blockHtml(block: Block): string {
  if (typeof block === 'string') return paragraphHtml(block);
  if ('token' in block)
    return `${paragraphHtml(block.label)}<p style="${TEXT_STYLE}"><code style="font-family:${MONOSPACE};font-size:15px;background:#f1f3f5;border:1px solid #d0d7de;border-radius:4px;padding:6px 8px;word-break:break-all">${escapeHtml(block.token)}</code></p>`;
  if ('button' in block)
    return `<p style="${TEXT_STYLE}"><a href="${escapeHtml(block.href)}" style="display:inline-block;padding:10px 20px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(block.button)}</a></p>`;
  if ('rows' in block) {
    const rows = block.rows
      .map(
        ([label, value]) =>
          `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:600;white-space:nowrap">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value).replace(/\n/g, '<br>')}</td></tr>`,
      )
      .join('');
    return `<table style="border-collapse:collapse;margin:0 0 16px">${rows}</table>`;
  }
  return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #d0d7de;color:#333333">${escapeHtml(block.quote).replace(/\n/g, '<br>')}</blockquote>`;
}

function blockText(language: Language, block: Block): string {
  const row = (label: string, value: string) => message(language, 'email.common.any.row', { label, value });
  if (typeof block === 'string') return block;
  if ('token' in block) return `${block.label}\n${block.token}`;
  if ('button' in block) return row(block.button, block.href);
  if ('rows' in block)
    return block.rows.map(([label, value]) => row(label, value.replace(/\n/g, '\n  '))).join('\n');
  return block.quote
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** The email: the subject, then the blocks and the signature, as HTML and as plain text. */
export function letter(language: Language, subject: string, blocks: Block[]): EmailContent {
  const all: Block[] = [...blocks, message(language, 'email.signature')];
  const body = all.map(blockHtml).join('\n');
  const html =
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="margin:0;padding:24px;background:#f6f8fa;color:#1f2328;font-family:'Segoe UI', Arial, sans-serif;font-size:15px;line-height:1.5">` +
    `\n<div style="max-width:640px;margin:0 auto;padding:24px 28px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px">\n${body}\n</div>` +
    `\n</body></html>\n`;
  return { subject, plainText: all.map((block) => blockText(language, block)).join('\n\n'), html };
}
