import type { StoredMail } from './mailer'

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const linkify = (s: string) => escape(s).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')

/** The development outbox as a page: mails are not sent without SMTP_URL, they wait here. */
export function devMailsPage(mails: StoredMail[]): string {
  const items = mails
    .map(
      (m) => `<article><h2>${escape(m.subject)}</h2><p>À : ${escape(m.to)} — ${escape(new Date(m.date).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' }))}</p><pre>${linkify(m.text)}</pre></article>`,
    )
    .join('\n')
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>E-mails de développement — Lien</title></head>
<body><main><h1>E-mails de développement</h1><p>Sans serveur SMTP (SMTP_URL), les e-mails sont écrits ici au lieu d'être envoyés.</p>${items || '<p>Aucun e-mail.</p>'}</main></body></html>`
}
