import { useTranslation } from 'react-i18next'
import { employerSectors, type EmployerSector } from '../../../../../shared/modules/metiers/metiers.constants'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Select } from '../../../../ui/Select'
import { TextField } from '../../../../ui/TextField'
import type { PayGrid } from '../fiches.queries'

export interface PayScaleDraft {
  employerLabel: string
  sector: EmployerSector
  gridName: string
  grades: string[]
  note: string
}

/**
 * Pay by employer type: each line names an imported grid and some of its grades; the amounts
 * are computed by the server from the grid, never typed here.
 */
export function PayScalesEditor({
  value,
  onChange,
  grids,
}: {
  value: PayScaleDraft[]
  onChange: (v: PayScaleDraft[]) => void
  grids: PayGrid[]
}) {
  const { t } = useTranslation()
  const set = (i: number, patch: Partial<PayScaleDraft>) =>
    onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)))
  const names = [...new Set(grids.map((g) => g.name))]
  const gradesOf = (name: string) => [
    ...new Set(grids.filter((g) => g.name === name).flatMap((g) => g.grades)),
  ]
  return (
    <fieldset className="fiche-section">
      <legend>{t('metiers_fiches.pay.title')}</legend>
      <p className="field__help">{t('metiers_fiches.pay.help')}</p>
      {value.map((s, i) => {
        const options = [
          ...(names.includes(s.gridName) || !s.gridName
            ? []
            : [{ id: s.gridName, label: t('metiers_fiches.pay.missingGrid', { name: s.gridName }) }]),
          ...names.map((n) => ({ id: n, label: n })),
        ]
        return (
          <div className="fiche-block" key={i}>
            <TextField
              label={t('metiers_fiches.pay.employer', { n: i + 1 })}
              description={t('metiers_fiches.pay.employerHelp')}
              name={`payScales.${i}.employerLabel`}
              value={s.employerLabel}
              onChange={(employerLabel) => set(i, { employerLabel })}
              isRequired
            />
            <Select
              label={t('metiers_fiches.pay.sector')}
              name={`payScales.${i}.sector`}
              options={employerSectors.map((id) => ({ id, label: t(`metiers_fiches.sectors.${id}`) }))}
              value={s.sector}
              onChange={(v) => set(i, { sector: (v as EmployerSector | null) ?? s.sector })}
            />
            <Select
              label={t('metiers_fiches.pay.grid')}
              name={`payScales.${i}.gridName`}
              options={options}
              value={s.gridName || null}
              placeholder={t('metiers_fiches.pay.chooseGrid')}
              onChange={(v) => set(i, { gridName: v ?? '', grades: [] })}
              isRequired
            />
            {s.gridName && gradesOf(s.gridName).length > 0 ? (
              <CheckboxGroup
                label={t('metiers_fiches.pay.grades')}
                description={t('metiers_fiches.pay.gradesHelp')}
                name={`payScales.${i}.grades`}
                options={gradesOf(s.gridName).map((g) => ({ id: g, label: g }))}
                value={s.grades}
                onChange={(grades) => set(i, { grades })}
              />
            ) : null}
            <TextField
              label={t('metiers_fiches.pay.note')}
              description={t('metiers_fiches.pay.noteHelp')}
              name={`payScales.${i}.note`}
              value={s.note}
              onChange={(note) => set(i, { note })}
            />
            <Button variant="quiet" onPress={() => onChange(value.filter((_, j) => j !== i))}>
              {t('metiers_fiches.pay.remove', { n: i + 1 })}
            </Button>
          </div>
        )
      })}
      <Button
        onPress={() =>
          onChange([
            ...value,
            { employerLabel: '', sector: 'public', gridName: names[0] ?? '', grades: [], note: '' },
          ])
        }
      >
        {t('metiers_fiches.pay.add')}
      </Button>
    </fieldset>
  )
}
