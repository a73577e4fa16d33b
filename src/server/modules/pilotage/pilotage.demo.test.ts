import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMonths, parisDate } from '../../../shared/dates'
import type { ActionStatus, MeasurementFrequency } from '../../../shared/modules/pilotage/pilotage.constants'
import {
  actionLight,
  indicatorLight,
  milestoneLight,
  worstLight,
} from '../../../shared/modules/pilotage/traffic-lights'
import type { Db } from '../../db/client'
import { accounts } from '../auth/auth.table'
import { createTestApp, type TestApp } from '../../test/test-app'
import { databaseKinds } from '../../test/test-db'
import { ainMetiersDuLien, besanconProjetSocial } from './imports/seed-plans'
import { demoPlanSlugs, pilotageDemoJourney } from './pilotage.demo'
import {
  actionPlans,
  planActions,
  planAxes,
  planIndicators,
  planIndicatorTargets,
  planMeasurements,
  planMilestones,
} from './pilotage.table'

// ------------------------------------------------------------------ the seed documents
const seedDir = join(fileURLToPath(new URL('../../../../', import.meta.url)), '..', 'shared', 'seeds')
const seedText = (prefix: string): string | null => {
  if (!existsSync(seedDir)) return null
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))
  return file ? readFileSync(join(seedDir, file), 'utf8') : null
}

/**
 * The lines of seed 001 (`001_279d8f8d159bfb5c.txt`, Besançon's « Projet social 2022-2026 ») that
 * name the axes and the flagship projects, copied exactly, for a checkout without the seeds.
 */
const besanconLines = `### AXE 1
#### Intervenir auprès des publics prioritaires identifiés dans l'ABS
##### Projet phare n°1 : Faciliter le développement d'une ABS à l'échelle intercommunale du Grand Besançon
##### Projet phare n°2 : Proposer des chantiers d'insertion jeunes / intra CCAS
##### Projet phare n° 3 : Mettre en place une structure d'habitat inclusif intergénérationnel
### AXE 2
#### Maintenir ou accompagner vers l'autonomie les publics relevant du CCAS au sens de l'autonomie sociale et économique De « l'urgence vers l'autonomie »
##### Projet phare n°4 : Favoriser les liens entre dispositifs d'accompagnement social du CCAS et structures d'insertion par l'activité économique pour les jeunes isolés et les plus âgés
##### Projet phare n°5 : Mettre en place un dispositif d'animation en faveur des Sans Domicile Stable en logement pour créer du lien et rompre l'isolement
##### Projet phare n°6 : Faciliter l'accès aux mobilités pour les personnes les plus démunies et les personnes en transition entre dispositifs d'aide
### AXE 3
#### Faciliter l'accès aux droits et leur maintien
##### Projet phare n°7 : Favoriser l'intégration des usagers pour améliorer la qualité des services d'accès aux droits
##### Projet phare n°8 : Déployer un réseau de médiateurs numériques et de travailleurs sociaux référents numériques dans les services
##### Projet phare n°9 : Accompagner les associations et les bénévoles par la formation à l'accès aux droits et au numérique sous forme d'ateliers
### AXE 4
**Faire du CCAS l'interlocuteur majeur des politiques du handicap et de l'âge en lien avec la dimension accessibilité pour mieux vivre dans la ville**
**Projet phare n°10 : Renforcer la réponse aux conséquences du vieillissement et créer des dispositifs de prévention de la perte d'autonomie s'inscrivant dans le label Ville Amie des Aînés**
**Projet phare n°11 : Renforcer l'implantation de Groupe d'Entraide Mutuelle (GEM) dans un quartier prioritaire**
**Projet phare n°12 : Veiller à l'accessibilité des établissements recevant du publics et généraliser l'usage des documents faciles à comprendre**
### AXE 5
#### Optimiser les moyens, les ressources et le patrimoine du CCAS pour pérenniser son action de service public
##### Projet phare n°13 : Moderniser le patrimoine immobilier géré par le CCAS et développer des investissements éco-responsables
##### Projet phare n°14 : Etablir un plan d'actions pour favoriser le bien-être et la qualité de vie au travail des agents et prévenir la pénibilité au travail
##### Projet phare n°15 : Créer un réseau d'associations s'appuyant sur un répertoire partagé spécifiant les champs d'intervention dans le domaine de la solidarité
### AXE 6
#### Faire savoir et valoriser l'action du CCAS
##### Projet phare n°16 : Établir une charte municipale de l'action sociale avec les associations
##### Projet phare n°17 : Établir une politique de communication du CCAS pour mieux articuler valorisation des actions et mobilisation interne
##### Projet phare n°18 : Créer un évènement annuel ou semestriel dédié aux acteurs de l'action sociale`

/** The lines of seed 004 (`004_490818a4b9c89e47.txt`, the Ain plan) naming its axes, counts and example actions. */
const ainLines = `Les axes d'action
Promouvoir les métiers
  • 22 actions pour attirer les jeunes en scolarité, les personnes en recherche d’emploi ou en reconversion professionnelle.
    • cartographie des centres de formation, fiches-métiers, spots radio, vidéos sur les réseaux sociaux, jeu grandeur nature…
    • création d’un réseau d’ambassadeurs avec à disposition un contenu de formation
    • Immersions dans les structures, parcours de découverte des métiers, focus sur le public masculin…
Renforcer l’alternance et la formation
  • 13 actions pour former et fidéliser les jeunes à travers les contrats d’apprentissage et de professionnalisation
    • Création d’un outil numérique en ligne croisant l’offre et la demande d’apprentissage
    • Création d’une «\u00a0mallette\u00a0» numérique de l’alternance (veille documentaire, juridique, suivi des évolutions des formations en alternance – modalités de stage)
    • Elaboration d’un kit d’accueil de l’apprenti pour faciliter son arrivée dans l’établissement ou service et alléger la charge de travail des professionnels de la structure
    • Recenser les ESMS ayant des possibilités de logement, favoriser cette dynamique et diffuser la ressource…
Améliorer la qualité de vie et les conditions de travail
  • 34 actions pour maintenir dans l’emploi les professionnels du secteur
    • Création d’un club QVCT 01, avec l’animation d’un webinaire mensuel
    • Ouvrir une permanence téléphonique d’écoute et d’orientation une matinée par semaine pour les professionnels souhaitant évoluer et se qualifier
    • Création d’un réseau des référents santé et sécurité au travail
    • Création d’un réseau «\u00a0Point de chute\u00a0» pour les professionnels du domicile en leur donnant accès aux sanitaires, salle de pause de Mairie, EHPAD…
    • Développement d’établissements d’accueil du jeune enfant proposant des modes de garde sur des horaires décalés
Logement, mobilité, transition écologique, innovation, observatoire
  • 18 actions en faveur d’enjeux communs communs autour du logement, de la mobilité, de la transition écologique, de l’innovation et de l’observation des données
    • Proposer des logements en proximité des lieux d’exercice, de stage, d’apprentissage
    • Informer et développer l’offre de transports doux
    • Création d’un «\u00a0lab\u00a0» innovation
    • Création d’un observatoire départemental…
Un projet cofinancé`

interface ParsedPlan {
  axes: { title: string; count?: number; actions: string[] }[]
}

/** Axes (the line after « ### AXE n ») and flagship projects (their first mention) of seed 001. */
function parseBesancon(text: string): ParsedPlan {
  const lines = text.split('\n').map((l) => l.trim())
  const axes: ParsedPlan['axes'] = []
  const seen = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    if (/^### AXE \d$/.test(lines[i]!)) {
      let j = i + 1
      while (lines[j] === '') j++
      axes.push({ title: lines[j]!.replace(/^#+\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1'), actions: [] })
      continue
    }
    const phare = /^(?:#{5}\s*|\*\*)Projet phare n°\s*(\d+) : (.+?)(?:\*\*)?$/.exec(lines[i]!)
    if (phare && !seen.has(Number(phare[1])) && axes.length > 0) {
      seen.add(Number(phare[1]))
      axes.at(-1)!.actions.push(phare[2]!)
    }
  }
  return { axes }
}

/** Axes, their counts of actions and their example actions in seed 004. */
function parseAin(text: string): ParsedPlan {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.trim() === "Les axes d'action")
  const axes: ParsedPlan['axes'] = []
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === 'Un projet cofinancé') break
    if (line.trim() === '') continue
    const count = /^ {2}• (\d+) actions/.exec(line)
    if (count) axes.at(-1)!.count = Number(count[1])
    else if (/^ {4}• /.test(line)) {
      const title = line.replace(/^ {4}• /, '').trim()
      axes.at(-1)!.actions.push(title.charAt(0).toUpperCase() + title.slice(1))
    } else if (!/^\s/.test(line)) axes.push({ title: line.trim(), actions: [] })
  }
  return { axes }
}

const besanconSeed = seedText('001_')
const ainSeed = seedText('004_')

describe('the seed plans', () => {
  it('copies the seed lines exactly when the seeds are here', () => {
    if (besanconSeed) for (const line of besanconLines.split('\n')) expect(besanconSeed).toContain(line)
    if (ainSeed) for (const line of ainLines.split('\n')) expect(ainSeed).toContain(line)
  })

  it('gives Besançon its 6 axes and 18 flagship projects as the seed writes them', () => {
    const parsed = parseBesancon(besanconSeed ?? besanconLines)
    expect(parsed.axes).toHaveLength(6)
    expect(parsed.axes.flatMap((a) => a.actions)).toHaveLength(18)
    expect(
      besanconProjetSocial.axes.map((a) => ({ title: a.title, actions: a.actions.map((x) => x.title) })),
    ).toEqual(parsed.axes)
    expect(besanconProjetSocial.axes.every((a) => a.actions.every((x) => x.kind === 'projet_phare'))).toBe(
      true,
    )
  })

  it('gives the Ain plan its 4 axes, their counts (87 actions) and the example actions the seed names', () => {
    const parsed = parseAin(ainSeed ?? ainLines)
    expect(parsed.axes.map((a) => a.count)).toEqual([22, 13, 34, 18])
    expect(
      ainMetiersDuLien.axes.map((a) => ({
        title: a.title,
        count: a.announcedActions,
        actions: a.actions.map((x) => x.title),
      })),
    ).toEqual(parsed.axes)
    expect(ainMetiersDuLien.axes.every((a) => a.objective.startsWith(`${a.announcedActions} actions`))).toBe(
      true,
    )
  })
})

// ------------------------------------------------------------------ the demo in the database
async function planLights(tx: Db, planId: string, today: string) {
  const axes = await tx
    .select()
    .from(planAxes)
    .where(eq(planAxes.planId, planId))
    .orderBy(asc(planAxes.position))
  const actions = await tx.select().from(planActions).where(eq(planActions.planId, planId))
  const indicators = await tx.select().from(planIndicators).where(eq(planIndicators.planId, planId))
  const targets = await tx.select().from(planIndicatorTargets).where(eq(planIndicatorTargets.planId, planId))
  const measures = await tx.select().from(planMeasurements).where(eq(planMeasurements.planId, planId))
  const milestones = await tx.select().from(planMilestones).where(eq(planMilestones.planId, planId))
  const indicator = new Map(
    indicators.map((ind) => {
      const own = measures
        .filter((m) => m.indicatorId === ind.id)
        .sort((a, b) => a.period.localeCompare(b.period) || a.enteredAt.getTime() - b.enteredAt.getTime())
      const latest = own.at(-1)
      const light = indicatorLight(
        {
          direction: ind.direction as 'hausse' | 'baisse',
          baseline: ind.baseline,
          baselineDate: ind.baselineDate,
          targets: targets.filter((t) => t.indicatorId === ind.id),
          frequency: ind.frequency as MeasurementFrequency,
          latest: latest ? { period: latest.period, value: latest.value } : null,
        },
        today,
      )
      return [ind.id, { title: ind.title, actionId: ind.actionId, axisId: ind.axisId, light }] as const
    }),
  )
  const action = new Map(
    actions.map((a) => {
      const children = [
        ...[...indicator.values()].filter((i) => i.actionId === a.id).map((i) => i.light),
        ...milestones.filter((m) => m.actionId === a.id).map((m) => milestoneLight(m, today)),
      ]
      const light = actionLight({ status: a.status as ActionStatus, startDate: a.startDate }, children, today)
      return [a.id, { title: a.title, axisId: a.axisId, light }] as const
    }),
  )
  const axis = axes.map((x) => ({
    title: x.title,
    light: worstLight([
      ...[...action.values()].filter((a) => a.axisId === x.id).map((a) => a.light),
      ...[...indicator.values()].filter((i) => i.axisId === x.id && i.actionId === null).map((i) => i.light),
    ]),
  }))
  return { axis, action: [...action.values()], indicator: [...indicator.values()] }
}

describe.each(databaseKinds)('the demo plans (%s)', (kind) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(kind)
  })
  afterAll(async () => t?.close())

  const structure = async (slug: string) => {
    const db = t.database.db.owner
    const [plan] = await db.select().from(actionPlans).where(eq(actionPlans.slug, slug))
    const axes = await db
      .select()
      .from(planAxes)
      .where(eq(planAxes.planId, plan!.id))
      .orderBy(asc(planAxes.position))
    const actions = await db.select().from(planActions).where(eq(planActions.planId, plan!.id))
    return {
      plan: plan!,
      axes: axes.map((a) => ({
        title: a.title,
        actions: actions
          .filter((x) => x.axisId === a.id)
          .sort((x, y) => x.position - y.position)
          .map((x) => x.title),
      })),
    }
  }

  it('stores Besançon’s axes and flagship projects with the seed’s titles, owned by the CCAS, sourced', async () => {
    const { plan, axes } = await structure(demoPlanSlugs.besancon)
    expect(plan.organisationId).toBe(t.tenantA.organisationId)
    expect(plan.source).toMatch(/Projet social.*2022-2026.*mars 2022/)
    expect(axes).toEqual(
      parseBesancon(besanconSeed ?? besanconLines).axes.map(({ title, actions }) => ({ title, actions })),
    )
  })

  it('stores the Ain plan with its axes and example actions, owned by the Département de l’Ain', async () => {
    const { plan, axes } = await structure(demoPlanSlugs.ain)
    expect(plan.source).toMatch(/4 novembre 2024/)
    expect(axes).toEqual(parseAin(ainSeed ?? ainLines).axes.map(({ title, actions }) => ({ title, actions })))
  })

  it('has one orange axis only because one indicator is late, which a value for last month turns green', async () => {
    const db = t.database.db.owner
    const today = parisDate(new Date())
    const { plan } = await structure(pilotageDemoJourney.planSlug)
    const before = await planLights(db, plan.id, today)
    expect(before.axis.find((a) => a.title === pilotageDemoJourney.axisTitle)?.light).toBe('orange')
    const axisId = (
      await db.select().from(planAxes).where(eq(planAxes.title, pilotageDemoJourney.axisTitle))
    )[0]!.id
    const axisActions = before.action.filter((a) => a.axisId === axisId)
    expect(axisActions.find((a) => a.title === pilotageDemoJourney.actionTitle)?.light).toBe('orange')
    expect(axisActions.filter((a) => a.light === 'orange')).toHaveLength(1)
    expect(axisActions.every((a) => ['vert', 'gris', 'orange'].includes(a.light))).toBe(true)
    const axisIndicators = before.indicator.filter((i) => i.axisId === axisId)
    expect(
      axisIndicators.filter((i) => i.light !== 'vert' && i.light !== 'gris').map((i) => i.title),
    ).toEqual([pilotageDemoJourney.indicatorTitle])
    // The pilot of that action is the social worker.
    const [action] = await db
      .select()
      .from(planActions)
      .where(eq(planActions.title, pilotageDemoJourney.actionTitle))
    const [pilot] = await db.select().from(accounts).where(eq(accounts.id, action!.pilotAccountIds[0]!))
    expect(pilot!.email).toBe(pilotageDemoJourney.pilotEmail('demo-lien.test'))

    // Last month's value entered: indicator, action and axis turn green.
    const [indicator] = await db
      .select()
      .from(planIndicators)
      .where(eq(planIndicators.title, pilotageDemoJourney.indicatorTitle))
    await db.insert(planMeasurements).values({
      organisationId: indicator!.organisationId,
      planId: plan.id,
      indicatorId: indicator!.id,
      period: addMonths(`${today.slice(0, 7)}-01`, -1),
      value: pilotageDemoJourney.valueToEnter,
    })
    const after = await planLights(db, plan.id, today)
    expect(after.indicator.find((i) => i.title === pilotageDemoJourney.indicatorTitle)?.light).toBe('vert')
    expect(after.action.find((a) => a.title === pilotageDemoJourney.actionTitle)?.light).toBe('vert')
    expect(after.axis.find((a) => a.title === pilotageDemoJourney.axisTitle)?.light).toBe('vert')
  })
})
