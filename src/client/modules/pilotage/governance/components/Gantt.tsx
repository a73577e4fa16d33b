import { useTranslation } from 'react-i18next'
import type { RecapView } from '../../../../../shared/modules/pilotage/governance.contract'

const LABEL = 280
const CHART = 720
const WIDTH = LABEL + CHART
const ROW = 26
const HEAD = 30

const statusColours: Record<string, string> = {
  a_lancer: '#5b6472',
  en_cours: '#1c5c9e',
  en_retard: '#b42e1f',
  realise: '#21773f',
  abandonne: '#6b6b6b',
}

const dayOfYear = (year: number, date: string) =>
  (Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/**
 * The year's calendar: one row per action grouped by axis, a bar from its start to its end clipped
 * to the year, its milestones as diamonds, a line for today, the months on top. Mirrored in a
 * right-to-left language. The recap's table is its accessible equivalent.
 */
export function Gantt({ recap, today }: { recap: RecapView; today: string }) {
  const { t, i18n } = useTranslation()
  const rtl = i18n.dir(i18n.language) === 'rtl'
  const year = recap.year
  const days = dayOfYear(year, `${year + 1}-01-01`)
  const xOf = (day: number) => LABEL + (CHART * Math.max(0, Math.min(days, day))) / days
  /** Mirrors a box [x, x + w] in right-to-left pages. */
  const place = (x: number, w = 0) => (rtl ? WIDTH - x - w : x)
  const months = Array.from({ length: 12 }, (_, m) => {
    const from = xOf(dayOfYear(year, `${year}-${String(m + 1).padStart(2, '0')}-01`))
    const to = m === 11 ? LABEL + CHART : xOf(dayOfYear(year, `${year}-${String(m + 2).padStart(2, '0')}-01`))
    const name = new Intl.DateTimeFormat(i18n.language === 'ar' ? 'ar-u-nu-latn' : i18n.language, {
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, m, 1)))
    return { from, to, name }
  })
  const rows: (
    { kind: 'axis'; text: string } | { kind: 'action'; action: RecapView['axes'][number]['actions'][number] }
  )[] = []
  for (const axis of recap.axes) {
    rows.push({
      kind: 'axis',
      text: t('pilotage_governance.recap.axis', { number: axis.number, title: axis.title }),
    })
    for (const action of axis.actions) rows.push({ kind: 'action', action })
  }
  const height = HEAD + rows.length * ROW + 4
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const showToday = today >= first && today <= last
  const anchor = rtl ? 'end' : 'start'

  return (
    <div
      className="gv-gantt"
      role="region"
      aria-label={t('pilotage_governance.recap.gantt', { year })}
      tabIndex={0}
    >
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-label={t('pilotage_governance.recap.ganttLabel', { year })}
        className="gv-gantt__svg"
        // Physical coordinates: anchors are placed by `place`, mirrored by hand in right-to-left pages.
        direction="ltr"
      >
        <rect x={place(LABEL, CHART)} y={0} width={CHART} height={HEAD - 4} fill="#e6e8ef" />
        {months.map((m, i) => (
          <g key={i}>
            <line x1={place(m.from)} x2={place(m.from)} y1={0} y2={height} stroke="#c4c7d0" strokeWidth={1} />
            <text
              x={place((m.from + m.to) / 2)}
              y={18}
              textAnchor="middle"
              fontSize={13}
              fontWeight={700}
              fill="#1b1d24"
            >
              {m.name}
            </text>
          </g>
        ))}
        <line x1={place(LABEL + CHART)} x2={place(LABEL + CHART)} y1={0} y2={height} stroke="#c4c7d0" />
        {rows.map((row, i) => {
          const y = HEAD + i * ROW
          if (row.kind === 'axis')
            return (
              <g key={i}>
                <rect x={0} y={y} width={WIDTH} height={ROW} fill="#f3f4f7" />
                <text
                  x={place(6)}
                  y={y + 17}
                  textAnchor={anchor}
                  fontSize={13}
                  fontWeight={700}
                  fill="#1b1d24"
                >
                  {cut(row.text, 110)}
                </text>
              </g>
            )
          const a = row.action
          const from = a.startDate && a.startDate > first ? a.startDate : first
          const to = a.endDate && a.endDate < last ? a.endDate : last
          const hasBar = (a.startDate !== null || a.endDate !== null) && from <= to
          const x1 = xOf(dayOfYear(year, from))
          const x2 = xOf(dayOfYear(year, to) + 1)
          return (
            <g key={i} data-action={a.number}>
              <text x={place(10)} y={y + 17} textAnchor={anchor} fontSize={12.5} fill="#1b1d24">
                <title>{`${a.number} ${a.title}`}</title>
                {cut(`${a.number} ${a.title}`, 40)}
              </text>
              {hasBar ? (
                <rect
                  className="gv-gantt__bar"
                  x={place(x1, Math.max(3, x2 - x1))}
                  y={y + 7}
                  width={Math.max(3, x2 - x1)}
                  height={ROW - 14}
                  rx={3}
                  fill={statusColours[a.status] ?? '#1b1d24'}
                >
                  <title>{`${a.number} ${a.title} : ${a.startDate ?? '…'} → ${a.endDate ?? '…'}`}</title>
                </rect>
              ) : null}
              {a.milestones.map((m) => {
                const cx = place(xOf(dayOfYear(year, m.dueDate) + 0.5))
                const cy = y + ROW / 2
                return (
                  <polygon
                    key={m.id}
                    className="gv-gantt__milestone"
                    points={`${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`}
                    fill={m.doneOn ? '#7a2f7d' : '#ffffff'}
                    stroke="#7a2f7d"
                    strokeWidth={2}
                  >
                    <title>{`${m.title} — ${m.dueDate}`}</title>
                  </polygon>
                )
              })}
              <line x1={0} x2={WIDTH} y1={y + ROW} y2={y + ROW} stroke="#e3e5ea" />
            </g>
          )
        })}
        {showToday ? (
          <g className="gv-gantt__today">
            <line
              x1={place(xOf(dayOfYear(year, today) + 0.5))}
              x2={place(xOf(dayOfYear(year, today) + 0.5))}
              y1={HEAD - 4}
              y2={height}
              stroke="#b42e1f"
              strokeWidth={2}
              strokeDasharray="5 3"
            />
            <title>{t('pilotage_governance.recap.today')}</title>
          </g>
        ) : null}
      </svg>
    </div>
  )
}
