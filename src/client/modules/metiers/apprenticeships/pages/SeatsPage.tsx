import { useTranslation } from 'react-i18next'
import { call } from '../../../../api'
import { useLoad } from '../../../../app/useLoad'
import { Alert } from '../../../../ui/Alert'
import { Link } from '../../../../ui/Link'
import { Page } from '../../../../ui/Page'
import { Table } from '../../../../ui/Table'
import { apprenticeshipsApi, monthName, newSeatHref, seatHref } from '../apprenticeships.queries'
import '../apprenticeships.css'

/** The employer's apprenticeship seats, with the requests that match and the contacts to answer. */
export function SeatsPage() {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(() => call(apprenticeshipsApi.employerSeats, {}))
  return (
    <Page title={t('metiers_apprenticeships.list.title')} intro={t('metiers_apprenticeships.list.intro')}>
      <p>
        <Link href={newSeatHref} className="button button--primary">
          {t('metiers_apprenticeships.list.new')}
        </Link>
      </p>
      {loaded.error ? <Alert tone="error">{loaded.error}</Alert> : null}
      {!loaded.data ? (
        loaded.error ? null : (
          <p className="loading">{t('common.loading')}</p>
        )
      ) : loaded.data.length === 0 ? (
        <p>{t('metiers_apprenticeships.list.empty')}</p>
      ) : (
        <Table
          caption={t('metiers_apprenticeships.list.caption')}
          columns={[
            t('metiers_apprenticeships.list.seat'),
            t('metiers_apprenticeships.list.place'),
            t('metiers_apprenticeships.list.start'),
            t('metiers_apprenticeships.list.state'),
            t('metiers_apprenticeships.list.matches'),
            t('metiers_apprenticeships.list.waiting'),
          ]}
        >
          {loaded.data.map((seat) => (
            <tr key={seat.id}>
              <th scope="row">
                <Link href={seatHref(seat.id)}>{seat.title}</Link>
              </th>
              <td>{seat.commune}</td>
              <td>{monthName(seat.startMonth, i18n.language)}</td>
              <td>{t(`metiers_apprenticeships.states.${seat.state}`)}</td>
              <td>{seat.matches}</td>
              <td>{seat.waiting}</td>
            </tr>
          ))}
        </Table>
      )}
    </Page>
  )
}
