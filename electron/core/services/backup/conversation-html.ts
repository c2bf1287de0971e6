/**
 * The HTML of a conversation export: one page that reads well printed or on screen, light and dark,
 * every value escaped, no script, and a CSP that loads nothing (images are data: URLs inside it).
 */
import type { AttachmentRef, MessageRecord } from '../../store';

export interface ExportedImage {
  readonly ref: AttachmentRef;
  /** The image inlined, or null when it is not an image or not on this device. */
  readonly dataUrl: string | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

function when(ms: number): { iso: string; text: string } {
  const iso = new Date(ms).toISOString();
  return { iso, text: `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` };
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0;background:#f4f4f5;color:#18181b}
header{padding:24px;background:#fff;border-bottom:1px solid #ddd}h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#52525b;font-size:13px;word-break:break-all}
ol{list-style:none;margin:0;padding:16px 24px;max-width:760px}
li.msg{margin:10px 0;padding:10px 14px;border-radius:12px;background:#fff;max-width:80%;break-inside:avoid}
li.out{margin-left:auto;background:#dcfce7}
.meta{font-size:12px;color:#52525b;margin-bottom:4px}.from{font-weight:600;color:#18181b}
.body{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}.notice{font-style:italic;color:#52525b;margin:0}
blockquote{margin:0 0 6px;padding:4px 8px;border-left:3px solid #a1a1aa;color:#52525b;font-size:13px}
img{max-width:100%;border-radius:8px;display:block;margin-top:6px}
.file{font-size:13px;color:#52525b}.reactions{margin-top:4px;font-size:13px}
footer{padding:16px 24px;color:#52525b;font-size:12px}
@media (prefers-color-scheme:dark){body{background:#18181b;color:#f4f4f5}header,li.msg{background:#27272a;border-color:#3f3f46}
li.out{background:#14532d}.from{color:#f4f4f5}.meta,header p,.notice,blockquote,.file,footer{color:#a1a1aa}}
`;

export function htmlStart(title: string, conversationId: string, exportedAt: number): string {
  const t = escapeHtml(title);
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${t} — Shallot</title><style>${STYLE}</style></head><body>\n` +
    `<header><h1>${t}</h1><p>${escapeHtml(conversationId)}</p>` +
    `<p>Exported from Shallot on ${when(exportedAt).text}</p></header>\n<ol>\n`
  );
}

function attachmentHtml(img: ExportedImage): string {
  const name = escapeHtml(img.ref.fileName ?? img.ref.contentType);
  if (img.dataUrl) return `<img src="${img.dataUrl}" alt="${name}">`;
  return `<p class="file">📎 ${name} (${img.ref.size.toLocaleString('en')} bytes, not included)</p>`;
}

export function htmlMessage(
  m: MessageRecord,
  sender: string,
  quoteAuthor: string,
  images: readonly ExportedImage[],
): string {
  const t = when(m.sentAt);
  const quote = m.quote
    ? `<blockquote><b>${escapeHtml(quoteAuthor)}</b><br>${escapeHtml(m.quote.body ?? '')}</blockquote>`
    : '';
  const body =
    m.body !== null
      ? `<p class="body">${escapeHtml(m.body)}</p>`
      : m.attachments.length === 0
        ? `<p class="notice">${escapeHtml(m.kind === 'text' ? 'Message without text' : `(${m.kind})`)}</p>`
        : '';
  const reactions =
    m.reactions.length > 0
      ? `<div class="reactions">${m.reactions.map((r) => escapeHtml(r.emoji)).join(' ')}</div>`
      : '';
  return (
    `<li class="msg ${m.outgoing ? 'out' : 'in'}" id="m${m.id}"><div class="meta"><span class="from">${escapeHtml(sender)}</span> · ` +
    `<time datetime="${t.iso}">${t.text}</time></div>${quote}${body}${images.map(attachmentHtml).join('')}${reactions}</li>\n`
  );
}

export function htmlEnd(count: number): string {
  return `</ol>\n<footer>${count.toLocaleString('en')} messages.</footer>\n</body></html>\n`;
}
