import { useTranslation } from 'react-i18next'
import { trainingRoutes, type TrainingRoute } from '../../../../../shared/modules/metiers/metiers.constants'
import { Button } from '../../../../ui/Button'
import { CheckboxGroup } from '../../../../ui/CheckboxGroup'
import { Select } from '../../../../ui/Select'
import { TextField } from '../../../../ui/TextField'

export interface DiplomaDraft {
  name: string
  rncpLevel: number | null
  routes: TrainingRoute[]
  note: string
}

/** The diplomas of a fiche: name, RNCP level and the routes to it, one block each. */
export function DiplomasEditor({
  value,
  onChange,
}: {
  value: DiplomaDraft[]
  onChange: (v: DiplomaDraft[]) => void
}) {
  const { t } = useTranslation()
  const set = (i: number, patch: Partial<DiplomaDraft>) =>
    onChange(value.map((d, j) => (j === i ? { ...d, ...patch } : d)))
  const levels = [
    { id: '', label: t('metiers_fiches.diplomas.noLevel') },
    ...[3, 4, 5, 6, 7, 8].map((n) => ({ id: String(n), label: t('metiers_fiches.diplomas.level', { n }) })),
  ]
  return (
    <fieldset className="fiche-section">
      <legend>{t('metiers_fiches.diplomas.title')}</legend>
      {value.map((d, i) => (
        <div className="fiche-block" key={i}>
          <TextField
            label={t('metiers_fiches.diplomas.name', { n: i + 1 })}
            name={`diplomas.${i}.name`}
            value={d.name}
            onChange={(name) => set(i, { name })}
            isRequired
          />
          <Select
            label={t('metiers_fiches.diplomas.rncp')}
            name={`diplomas.${i}.rncpLevel`}
            options={levels}
            value={d.rncpLevel === null ? '' : String(d.rncpLevel)}
            onChange={(v) => set(i, { rncpLevel: v ? Number(v) : null })}
          />
          <CheckboxGroup
            label={t('metiers_fiches.diplomas.routes')}
            name={`diplomas.${i}.routes`}
            options={trainingRoutes.map((r) => ({ id: r, label: t(`metiers_fiches.routes.${r}`) }))}
            value={d.routes}
            onChange={(routes) => set(i, { routes: routes as TrainingRoute[] })}
          />
          <TextField
            label={t('metiers_fiches.diplomas.note')}
            name={`diplomas.${i}.note`}
            value={d.note}
            onChange={(note) => set(i, { note })}
          />
          <Button variant="quiet" onPress={() => onChange(value.filter((_, j) => j !== i))}>
            {t('metiers_fiches.diplomas.remove', { name: d.name || i + 1 })}
          </Button>
        </div>
      ))}
      <Button onPress={() => onChange([...value, { name: '', rncpLevel: null, routes: [], note: '' }])}>
        {t('metiers_fiches.diplomas.add')}
      </Button>
    </fieldset>
  )
}
