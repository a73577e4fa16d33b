import { useTranslation } from 'react-i18next'

/** The public addresses of the organisation: contact form and service commitments. */
export function PublicAddresses({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const origin = window.location.origin
  const links = [
    { path: `/contact/${organisationId}`, label: t('accueil.public.contactLink') },
    { path: `/engagements/${organisationId}`, label: t('accueil.public.commitmentsLink') },
  ]
  return (
    <section className="card" aria-labelledby="adresses-publiques">
      <h2 id="adresses-publiques">{t('accueil.public.title')}</h2>
      <p>{t('accueil.public.intro')}</p>
      <ul className="public-links">
        {links.map((l) => (
          <li key={l.path}>
            <a href={l.path} className="link">
              {l.label}
            </a>
            <br />
            <code className="small" dir="ltr">
              {origin}
              {l.path}
            </code>
          </li>
        ))}
      </ul>
    </section>
  )
}
