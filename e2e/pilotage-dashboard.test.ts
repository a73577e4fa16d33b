import { describe, expect, onTestFailed, test } from 'vitest'
import type { DashboardView } from '../src/shared/modules/pilotage/dashboard.contract'
import { demoPlanSlugs } from '../src/server/modules/pilotage/pilotage.demo'
import { apiCall } from './support/api'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

describe('pilotage dashboard', () => {
  test('the director opens the demo plan’s dashboard from the plan, filters an axis by clicking it, and the address keeps it', async () => {
    const email = platform.server.demo.accounts.direction
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    onTestFailed(() => screenshotOpenPages('pilotage-tableau-de-bord'))
    await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))

    const list = await apiCall(page, 'GET', '/api/pilotage/plans')
    expect(list.status).toBe(200)
    const plan = (list.body.plans as { id: string; slug: string; title: string }[]).find(
      (p) => p.slug === demoPlanSlugs.besancon,
    )
    expect(plan, 'le plan de démonstration de Besançon').toBeDefined()

    await page.goto(`/pilotage/plans/${plan!.id}`)
    await page.getByRole('link', { name: 'Tableau de bord' }).click()
    await page.getByRole('heading', { level: 1, name: `Tableau de bord : ${plan!.title}` }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Par axe' }).waitFor()
    const axes = page.locator('.dash-axis')
    expect(await axes.count()).toBe(6)

    // What the server says, to compare with what the page shows.
    const view = (await apiCall(page, 'GET', `/api/pilotage/plans/${plan!.id}/tableau-de-bord`))
      .body as DashboardView
    const actionsTable = page.getByRole('table', { name: 'Actions' })
    const firstAction = view.actions[0]!
    await expect
      .poll(async () =>
        (await actionsTable.locator('tbody tr').first().locator('td').first().textContent())?.trim(),
      )
      .toBe(firstAction.number)

    await checkPage(page, 'pilotage-tableau-de-bord')

    // Clicking the third axis filters to it: the address keeps it and only its actions are listed.
    const third = view.axes[2]!
    await page.getByRole('button', { name: `Axe 3 · ${third.title}` }).click()
    await page.waitForURL((url) => url.searchParams.get('axe') === third.id)
    await page.getByRole('heading', { level: 2, name: 'Éléments de l’axe 3' }).waitFor()
    await expect
      .poll(() => page.getByRole('button', { name: `Axe 3 · ${third.title}` }).getAttribute('aria-pressed'))
      .toBe('true')
    const filtered = (
      await apiCall(page, 'GET', `/api/pilotage/plans/${plan!.id}/tableau-de-bord?axe=${third.id}`)
    ).body as DashboardView
    expect(filtered.actions.length).toBeGreaterThan(0)
    expect(filtered.actions.every((a) => a.number.startsWith('3.'))).toBe(true)
    await expect.poll(() => actionsTable.locator('tbody tr').count()).toBe(filtered.actions.length)
    const numbers = await actionsTable.locator('tbody tr td:first-child').allTextContents()
    expect(numbers.map((n) => n.trim())).toEqual(filtered.actions.map((a) => a.number))

    // Reloading the address shows the same selection.
    await page.reload()
    await page.getByRole('heading', { level: 2, name: 'Éléments de l’axe 3' }).waitFor()
    await expect.poll(() => page.getByLabel('Axe', { exact: true }).inputValue()).toBe(third.id)

    await checkPage(page, 'pilotage-tableau-de-bord-axe', { languages: ['fr'] })

    // By keyboard: « Tout effacer » returns to the whole plan.
    await page.getByRole('button', { name: 'Tout effacer' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: 'Éléments du mois' }).waitFor()
    expect(new URL(page.url()).search).toBe('')
    expect(errors).toEqual([])
    await context.close()
  })
})
