import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, screenshot, switchLanguage } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'
import { downloadPdf } from './support/documents'

const platform = useJourneyPlatform()
const screenshots = fileURLToPath(new URL('./screenshots', import.meta.url))

describe('pilotage governance', () => {
  test('a board review records a decision and freezes the plan; the yearly recap shows the Gantt and prints', async () => {
    const demo = platform.server.demo
    const context = await newContext(platform.browser, platform.server.url)
    const director = await context.newPage()
    const errors = watchErrors(director)
    onTestFailed(() => screenshotOpenPages('pilotage-governance'))
    await signIn(director, demo.accounts.direction, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.direction),
    )
    const plans = await apiCall(director, 'GET', '/api/pilotage/plans')
    const plan = (plans.body.plans as { id: string; title: string }[]).find((p) =>
      /projet social/i.test(p.title),
    )!
    expect(plan).toBeTruthy()

    // From the plan's page to its reviews; a board session is created.
    await director.goto(`/pilotage/plans/${plan.id}`)
    await director.getByRole('link', { name: 'Instances et décisions' }).click()
    await director.getByRole('heading', { level: 1, name: /^Séances/ }).waitFor()
    await checkPage(director, 'pilotage-instances')
    const form = director.getByRole('form', { name: 'Nouvelle séance' })
    await form.getByRole('button', { name: /Type/ }).click()
    await director.getByRole('option', { name: 'Conseil d’administration' }).click()
    await form.getByLabel('Date').fill('2026-06-15')
    await form.getByRole('textbox', { name: 'Intitulé' }).fill('Conseil d’administration de juin')
    await form.getByRole('textbox', { name: /^Notes/ }).fill('Bilan à mi-parcours du projet social')
    await form.getByRole('button', { name: 'Créer la séance' }).click()
    await director.getByRole('heading', { level: 1, name: 'Conseil d’administration de juin' }).waitFor()

    // A decision about one action.
    const decision = director.getByRole('form', { name: 'Noter une décision' })
    await decision
      .getByRole('textbox', { name: /^Décision/ })
      .fill('Renforcer l’observatoire social avec la métropole.')
    await decision.getByRole('button', { name: /Action concernée/ }).click()
    await director.getByRole('option').nth(1).click()
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click()
    await director.getByText('Renforcer l’observatoire social avec la métropole.').waitFor()
    await director.getByText(/^À propos de : 1\.1/).waitFor()
    await checkPage(director, 'pilotage-instance-ouverte')

    // Freezing asks first, then shows the plan as it stood, read-only.
    await director.getByRole('button', { name: 'Figer l’état du plan' }).click()
    const dialog = director.getByRole('dialog', { name: 'Figer l’état du plan ?' })
    await dialog.getByRole('button', { name: 'Oui, figer' }).click()
    await director.getByRole('heading', { level: 2, name: /^État du plan figé le/ }).waitFor()
    expect(await director.getByRole('button', { name: 'Figer l’état du plan' }).count()).toBe(0)
    expect(await director.getByRole('form', { name: 'Noter une décision' }).count()).toBe(0)
    await director
      .getByText('Ceci est l’état du plan au moment de la séance, pas celui d’aujourd’hui.')
      .waitFor()
    const reviewId = /\/pilotage\/instances\/([0-9a-f-]+)/.exec(director.url())![1]!
    const frozen = await apiCall(director, 'GET', `/api/pilotage/instances/${reviewId}`)
    expect(frozen.body.snapshot.axes.length).toBeGreaterThan(0)
    const firstAxis = frozen.body.snapshot.axes[0] as { number: string; title: string }
    await director
      .getByRole('table', { name: new RegExp(`^Axe ${firstAxis.number} — `) })
      .first()
      .waitFor()
    const late = await apiCall(director, 'POST', `/api/pilotage/instances/${reviewId}/decisions`, {
      text: 'Après coup',
    })
    expect(late.status).toBe(409)
    await checkPage(director, 'pilotage-instance-figee')

    // The yearly recap with its Gantt calendar.
    await director.getByRole('link', { name: 'Toutes les séances' }).click()
    await director.getByRole('link', { name: 'Liste récapitulative annuelle' }).click()
    await director.getByRole('heading', { level: 1, name: /^Liste récapitulative \d{4}$/ }).waitFor()
    await director.getByRole('spinbutton', { name: 'Année' }).fill('2024')
    await director.getByRole('button', { name: 'Afficher' }).click()
    await director.getByRole('heading', { level: 1, name: 'Liste récapitulative 2024' }).waitFor()
    expect(director.url()).toContain('/bilan?annee=2024')
    const recap = await apiCall(director, 'GET', `/api/pilotage/plans/${plan.id}/bilan?annee=2024`)
    const actions = (
      recap.body.axes as { actions: { number: string; title: string; startDate: string | null }[] }[]
    ).flatMap((a) => a.actions)
    expect(actions.length).toBeGreaterThan(0)
    const gantt = director.getByRole('img', { name: /Diagramme de Gantt de 2024/ })
    await gantt.waitFor()
    const dated = actions.filter((a) => a.startDate !== null)
    expect(await gantt.locator('.gv-gantt__bar').count()).toBe(dated.length)
    expect(await gantt.locator('text', { hasText: `${actions[0]!.number} ` }).count()).toBeGreaterThan(0)
    // The table is the accessible equivalent: the same actions, in rows.
    expect(
      await director
        .getByRole('row', { name: new RegExp(`^${actions[0]!.number.replace('.', '\\.')} `) })
        .count(),
    ).toBe(1)
    await checkPage(director, 'pilotage-bilan')
    // On a phone the calendar scrolls inside its own region.
    await director.setViewportSize(phone)
    const region = director.getByRole('region', { name: 'Calendrier 2024' })
    expect(await region.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true)
    await director.setViewportSize({ width: 1280, height: 900 })
    // The calendar itself, looked at in French and mirrored in Arabic.
    await region.screenshot({ path: join(screenshots, 'pilotage-bilan-gantt-fr.png') })
    await switchLanguage(director, 'ar')
    await director
      .getByRole('region', { name: /2024/ })
      .screenshot({ path: join(screenshots, 'pilotage-bilan-gantt-ar.png') })
    await switchLanguage(director, 'fr')
    await screenshot(director, 'pilotage-bilan-gantt')

    // The PDF, looked at.
    const text = await downloadPdf(
      director,
      director.getByRole('link', { name: 'Télécharger en PDF' }),
      'pilotage-bilan-2024',
    )
    expect(text).toContain('Liste récapitulative annuelle 2024')
    expect(text).toContain(plan.title)
    expect(text).toContain('Calendrier 2024')
    const [xlsx] = await Promise.all([
      director.waitForEvent('download'),
      director.getByRole('link', { name: 'Télécharger en tableur (XLSX)' }).click(),
    ])
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
    expect(errors).toEqual([])
    await context.close()
  })
})
