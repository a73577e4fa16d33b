import type { StoredSms } from './sms'

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/** The development SMS outbox as a page: without a provider (SMS_HTTP_URL), messages wait here. */
export function devSmsPage(messages: StoredSms[]): string {
  const items = messages
    .map(
      (m) =>
        `<article><p>À : ${escape(m.to)} — ${escape(new Date(m.date).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }))}</p><pre>${escape(m.text)}</pre></article>`,
    )
    .join('\n')
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>SMS de développement — Lien</title></head>
<body><main><h1>SMS de développement</h1><p>Sans fournisseur de SMS (SMS_HTTP_URL), les SMS sont écrits ici au lieu d'être envoyés.</p>${items || '<p>Aucun SMS.</p>'}</main></body></html>`
}
