import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { pilotageDemoJourney as journey } from '../src/server/modules/pilotage/pilotage.demo'
import { addMonths, parisDate } from '../src/shared/dates'
import { apiCall } from './support/api'
import { desktop, newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import {
  checkPage,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  screenshot,
  switchLanguage,
} from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'
import { downloadPdf } from './support/documents'

const platform = useJourneyPlatform()
const screenshots = fileURLToPath(new URL('./screenshots', import.meta.url))
const domain = () => platform.server.demo.accounts.direction.split('@')[1]!

async function signedIn(email: string) {
  const context = await newContext(platform.browser, platform.server.url)
  const page = await context.newPage()
  const errors = watchErrors(page)
  await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))
  return { context, page, errors }
}

const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name, exact: true }).click()

/** pdftotext lays a table out in columns: compare words, whatever the spaces and line breaks. */
const words = (text: string) => text.replace(/\s+/g, ' ')

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The dashboard's « Par axe » section. */
const byAxis = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Par axe', exact: true }) })

/** The journey's axis on the dashboard: its button in « Par axe », its light as a dot and a word. */
async function axisLight(page: Page): Promise<{ word: string; colour: string }> {
  const axis = page.getByRole('button', {
    name: new RegExp(`^Axe \\d+ · ${escape(journey.axisTitle)}`),
  })
  const light = axis.locator('.dash-light')
  await light.waitFor()
  const word = ((await light.textContent()) ?? '').trim()
  const colour = /dash-light--(\w+)/.exec((await light.getAttribute('class')) ?? '')?.[1] ?? ''
  return { word, colour }
}

describe('pilotage: the monthly loop of the social project', () => {
  test('the pilot updates their fiche and enters last month’s measurement; the director sees the axis turn from orange to green, freezes a board review and prints the yearly recap', async () => {
    onTestFailed(() => screenshotOpenPages('echec-pilotage'))
    const today = parisDate(new Date())
    const lastMonth = addMonths(today, -1).slice(0, 7)
    const year = today.slice(0, 4)

    // —— The director opens the plan's dashboard: the journey's axis is orange ——
    const director = await signedIn(journey.directorEmail(domain()))
    const page = director.page
    await menu(page, 'Plans d’action')
    await page.getByRole('heading', { level: 1, name: 'Plans d’action' }).waitFor()
    const plans = (await apiCall(page, 'GET', '/api/pilotage/plans')).body.plans as {
      id: string
      slug: string
      title: string
    }[]
    const plan = plans.find((p) => p.slug === journey.planSlug)!
    expect(plan, `plan ${journey.planSlug}`).toBeTruthy()
    await page.getByRole('link', { name: plan.title, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: plan.title }).waitFor()
    await checkPage(page, 'pilotage-parcours-plan', { languages: ['fr'] })
    await page.getByRole('link', { name: 'Tableau de bord' }).click()
    await page.waitForURL(`**/pilotage/plans/${plan.id}/tableau-de-bord**`)
    await expect.poll(() => axisLight(page)).toEqual({ word: 'Orange', colour: 'orange' })
    await screenshot(page, 'pilotage-parcours-tableau-avant')
    await byAxis(page).screenshot({ path: join(screenshots, 'pilotage-parcours-axes-avant.png') })

    // —— The pilot: « Mes fiches », the fiche, one field updated, last month measured ——
    const pilot = await signedIn(journey.pilotEmail(domain()))
    const fiche = pilot.page
    await menu(fiche, 'Mes fiches')
    await fiche.getByRole('heading', { level: 1, name: 'Mes fiches' }).waitFor()
    await expectNoAxeViolations(fiche, 'mes fiches')
    await fiche.getByRole('link', { name: journey.actionTitle, exact: true }).click()
    await fiche
      .getByRole('heading', { level: 1, name: new RegExp(`^Fiche \\d+\\.\\d+ : ${journey.actionTitle}`) })
      .waitFor()
    const involvement = `Les agents d’accueil repèrent les droits non ouverts (mise à jour du ${today}).`
    await fiche.getByRole('button', { name: 'Modifier la fiche' }).click()
    const form = fiche.getByRole('form', { name: 'Modifier la fiche' })
    await form.getByRole('textbox', { name: 'Implication des agents' }).fill(involvement)
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await fiche.getByText(involvement).waitFor()
    await expect.poll(() => fiche.getByRole('form', { name: 'Modifier la fiche' }).count()).toBe(0)

    // The indicator is flagged on the fiche as « À surveiller » (late: last month not measured).
    const card = fiche.locator('.ind-card').filter({ hasText: journey.indicatorTitle })
    await expect.poll(() => card.locator('.ind-light').textContent()).toContain('À surveiller')
    await fiche.getByRole('button', { name: `Saisir une mesure pour « ${journey.indicatorTitle} »` }).click()
    const measure = fiche.getByRole('form', { name: `Saisir une mesure pour « ${journey.indicatorTitle} »` })
    await measure.getByRole('textbox', { name: /^Mois mesuré/ }).fill(lastMonth)
    await measure.getByRole('textbox', { name: /^Valeur/ }).fill(journey.valueToEnter)
    const comment = 'Permanences d’accès aux droits du mois, relevé du tableau de suivi'
    await measure.getByRole('textbox', { name: 'Commentaire' }).fill(comment)
    await measure.getByRole('button', { name: 'Enregistrer la mesure' }).click()
    await fiche.getByText(/^Mesure enregistrée pour/).waitFor()
    await expect.poll(() => card.locator('.ind-light').textContent()).toContain('Atteint')
    await checkPage(fiche, 'pilotage-parcours-fiche', { languages: ['fr'] })

    // The history on the indicator's page: the value, its month, who, the comment.
    await fiche.getByRole('link', { name: journey.indicatorTitle, exact: true }).click()
    await fiche.getByRole('heading', { level: 1, name: journey.indicatorTitle }).waitFor()
    const history = fiche.getByRole('table', { name: 'Toutes les saisies, les plus récentes d’abord' })
    const newest = history.locator('tbody tr').first()
    await expect.poll(() => newest.textContent()).toContain(comment)
    expect(await newest.textContent()).toContain(journey.valueToEnter)
    expect(await newest.textContent()).toContain('Démo travailleur social')
    await expectNoAxeViolations(fiche, 'indicateur')
    await screenshot(fiche, 'pilotage-parcours-indicateur')
    expect(pilot.errors).toEqual([])
    await pilot.context.close()

    // —— The director reloads the dashboard: the axis is green, in words ——
    await page.reload()
    await expect.poll(() => axisLight(page)).toEqual({ word: 'Vert', colour: 'vert' })
    await byAxis(page).screenshot({ path: join(screenshots, 'pilotage-parcours-axes-apres.png') })
    await checkPage(page, 'pilotage-parcours-tableau')
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, 'tableau de bord (320 px)')
    await expectNoAxeViolations(page, 'tableau de bord (320 px)')
    await screenshot(page, 'pilotage-parcours-tableau-320')
    await byAxis(page).screenshot({ path: join(screenshots, 'pilotage-parcours-axes-320.png') })
    await page.setViewportSize(desktop)

    // —— A board review: a decision, then the plan's state frozen, once ——
    await page.goto(`/pilotage/plans/${plan.id}`)
    await page.getByRole('link', { name: 'Instances et décisions' }).click()
    await page.getByRole('heading', { level: 1, name: /^Séances/ }).waitFor()
    const session = page.getByRole('form', { name: 'Nouvelle séance' })
    await session.getByRole('button', { name: /Type/ }).click()
    await page.getByRole('option', { name: 'Conseil d’administration' }).click()
    await session.getByLabel('Date').fill(today)
    const reviewTitle = `Conseil d’administration du ${today}`
    await session.getByRole('textbox', { name: 'Intitulé' }).fill(reviewTitle)
    await session.getByRole('button', { name: 'Créer la séance' }).click()
    await page.getByRole('heading', { level: 1, name: reviewTitle }).waitFor()
    const decisionText = 'Étendre les permanences d’accès aux droits aux quartiers prioritaires.'
    const decision = page.getByRole('form', { name: 'Noter une décision' })
    await decision.getByRole('textbox', { name: /^Décision/ }).fill(decisionText)
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click()
    await page.getByText(decisionText).waitFor()
    await page.getByRole('button', { name: 'Figer l’état du plan' }).click()
    await page
      .getByRole('dialog', { name: 'Figer l’état du plan ?' })
      .getByRole('button', { name: 'Oui, figer' })
      .click()
    await page.getByRole('heading', { level: 2, name: /^État du plan figé le/ }).waitFor()
    // The snapshot holds the axis as it stood: green, now that the month is measured.
    const frozenAxis = page
      .locator('caption, h3')
      .filter({ hasText: new RegExp(`^Axe \\d+ — ${escape(journey.axisTitle)}`) })
      .first()
    await frozenAxis.waitFor()
    expect(await frozenAxis.textContent()).toContain('Vert')
    const reviewId = /\/pilotage\/instances\/([0-9a-f-]+)/.exec(page.url())![1]!
    const frozen = await apiCall(page, 'GET', `/api/pilotage/instances/${reviewId}`)
    const snapshotAxis = (frozen.body.snapshot.axes as { title: string; light: string }[]).find(
      (a) => a.title === journey.axisTitle,
    )!
    expect(snapshotAxis.light).toBe('vert')
    expect(await page.getByRole('button', { name: 'Figer l’état du plan' }).count()).toBe(0)
    const again = await apiCall(page, 'POST', `/api/pilotage/instances/${reviewId}/figer`, {
      confirm: true,
    })
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toMatch(/figé/)
    await checkPage(page, 'pilotage-parcours-seance', { languages: ['fr'] })

    // —— The yearly recap: the Gantt calendar, then the PDF, looked at ——
    await page.goto(`/pilotage/plans/${plan.id}/bilan?annee=${year}`)
    await page.getByRole('heading', { level: 1, name: `Liste récapitulative ${year}` }).waitFor()
    const gantt = page.getByRole('img', { name: new RegExp(`Diagramme de Gantt de ${year}`) })
    await gantt.waitFor()
    // One bar per action dated in the year, as the recap says; the twelve months on top.
    const recap = await apiCall(page, 'GET', `/api/pilotage/plans/${plan.id}/bilan?annee=${year}`)
    const dated = (recap.body.axes as { actions: { startDate: string | null }[] }[])
      .flatMap((a) => a.actions)
      .filter((a) => a.startDate !== null)
    expect(dated.length).toBeGreaterThan(0)
    expect(await gantt.locator('.gv-gantt__bar').count()).toBe(dated.length)
    const labels = await gantt.locator('text').allTextContents()
    const monthNames = Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat('fr', { month: 'short', timeZone: 'UTC' }).format(
        new Date(Date.UTC(Number(year), m, 1)),
      ),
    )
    expect(labels.slice(0, 12)).toEqual(monthNames)
    await page
      .getByRole('row', { name: new RegExp(escape(journey.actionTitle)) })
      .first()
      .waitFor()
    await checkPage(page, 'pilotage-parcours-bilan', { languages: ['fr'] })
    await page
      .getByRole('region', { name: `Calendrier ${year}` })
      .screenshot({ path: join(screenshots, 'pilotage-parcours-gantt.png') })
    await page
      .locator('table')
      .first()
      .screenshot({ path: join(screenshots, 'pilotage-parcours-bilan-tableau.png') })
    const text = words(
      await downloadPdf(
        page,
        page.getByRole('link', { name: 'Télécharger en PDF' }),
        `pilotage-parcours-bilan-${year}`,
      ),
    )
    expect(text).toContain(words(plan.title))
    expect(text).toContain(words(journey.actionTitle).slice(0, 30))
    expect(text).toContain(`Calendrier ${year}`)

    // —— One page in Arabic, right to left ——
    await switchLanguage(page, 'ar')
    await expectNoAxeViolations(page, 'bilan (ar)')
    await screenshot(page, 'pilotage-parcours-bilan-ar')
    await switchLanguage(page, 'fr')

    expect(director.errors).toEqual([])
    await director.context.close()
  })
})
