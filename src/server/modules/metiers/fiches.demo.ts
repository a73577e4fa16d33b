import { readFileSync } from 'node:fs'
import type { Db } from '../../db/client'
import { educatifEtSocial } from './fiches-content/educatif-et-social'
import { departement } from './fiches-content/departement'
import { demoGrids, type DemoFiche } from './fiches-content/fiche-shape'
import { soinEtDomicile } from './fiches-content/soin-et-domicile'
import { fichesRepository } from './fiches.repository'
import { importPayGrid, type PayGridMeta } from './pay-grids.service'
import { sanitizeRichText } from './rich-text'
import { importRome } from './rome-import.service'

/** The Ain plan's eight priority jobs first, then home help, assistant familial and médecin. */
export const demoFiches: DemoFiche[] = [
  soinEtDomicile[0]!, // aide-soignant
  soinEtDomicile[1]!, // AES
  soinEtDomicile[2]!, // ADVF
  educatifEtSocial[0]!, // éducateur spécialisé
  educatifEtSocial[1]!, // EJE
  educatifEtSocial[2]!, // moniteur éducateur
  educatifEtSocial[3]!, // assistant de service social
  educatifEtSocial[4]!, // TISF
  soinEtDomicile[3]!, // aide à domicile
  departement[0]!, // assistant familial
  departement[1]!, // médecin
]

const demoFile = (name: string) => readFileSync(new URL(`./demo-data/${name}`, import.meta.url))

/** Point value of the demonstration grids (euros per year). */
const DEMO_POINT = 59.0734
const DEMO_VALID_FROM = '2024-01-01'

const grids: { file: string; meta: Omit<PayGridMeta, 'validFrom' | 'source'> }[] = [
  {
    file: 'fpt-aides-soignants.csv',
    meta: { name: demoGrids.aidesSoignants, kind: 'fpt', category: 'B', pointValue: DEMO_POINT },
  },
  {
    file: 'fpt-agents-sociaux.csv',
    meta: { name: demoGrids.agentsSociaux, kind: 'fpt', category: 'C', pointValue: DEMO_POINT },
  },
  {
    file: 'fpt-moniteurs-educateurs.csv',
    meta: { name: demoGrids.moniteursEducateurs, kind: 'fpt', category: 'B', pointValue: DEMO_POINT },
  },
  {
    file: 'fpt-assistants-socio-educatifs.csv',
    meta: { name: demoGrids.assistantsSocioEducatifs, kind: 'fpt', category: 'A', pointValue: DEMO_POINT },
  },
  {
    file: 'fpt-educateurs-jeunes-enfants.csv',
    meta: { name: demoGrids.educateursJeunesEnfants, kind: 'fpt', category: 'A', pointValue: DEMO_POINT },
  },
  {
    file: 'fpt-medecins-territoriaux.csv',
    meta: { name: demoGrids.medecins, kind: 'fpt', category: 'A', pointValue: DEMO_POINT },
  },
  { file: 'convention-aide-a-domicile.csv', meta: { name: demoGrids.aideADomicile, kind: 'convention' } },
]

/**
 * The platform's demonstration content: a small ROME file and the pay grids, imported through
 * the same functions as the editors' imports (their values are marked as demonstration values),
 * then the eleven fiches, published, with their portraits.
 */
export async function createDemoFiches(tx: Db) {
  const repo = fichesRepository(tx)
  if (await repo.bySlug(demoFiches[0]!.slug, false)) return
  const romeFile = 'rome-appellations-demonstration_v460.csv'
  const rome = await importRome(tx, demoFile(romeFile), { fileName: romeFile, write: true })
  for (const grid of grids) {
    await importPayGrid(
      tx,
      demoFile(grid.file),
      // The file's own « # source » line says these are demonstration values.
      { ...grid.meta, validFrom: DEMO_VALID_FROM, source: '' },
      { write: true, importedBy: null },
    )
  }
  for (const [position, fiche] of demoFiches.entries()) {
    const { portraits, ...fields } = fiche
    const row = await repo.insert({
      ...fields,
      whatHtml: sanitizeRichText(fields.whatHtml),
      dayHtml: sanitizeRichText(fields.dayHtml),
      routesHtml: sanitizeRichText(fields.routesHtml),
      romeVersion: rome.version,
      position: position + 1,
      published: true,
    })
    for (const [i, portrait] of portraits.entries())
      await repo.insertPortrait({
        ...portrait,
        storyHtml: sanitizeRichText(portrait.storyHtml),
        jobId: row.id,
        position: i,
      })
  }
}
