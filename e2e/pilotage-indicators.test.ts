import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, screenshot } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

const indicatorTitle = 'Demandes répondues dans le délai annoncé'

describe('pilotage indicators', () => {
  test('a pilot enters a month’s measurement, is told of a wrong unit and a value out of range, and sees it on the chart', async () => {
    const demo = platform.server.demo
    const context = await newContext(platform.browser, platform.server.url)
    const director = await context.newPage()
    onTestFailed(() => screenshotOpenPages('pilotage-indicateurs'))
    await signIn(director, demo.accounts.direction, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.direction),
    )

    // The direction sets up a plan, an action piloted by the social worker and its indicator (through the API).
    const plan = await apiCall(director, 'POST', '/api/pilotage/plans', {
      title: 'Plan des indicateurs 2025-2027',
      periodStart: '2025-01-01',
      periodEnd: '2027-12-31',
    })
    expect(plan.status, JSON.stringify(plan.body)).toBe(201)
    const withAxis = await apiCall(director, 'POST', `/api/pilotage/plans/${plan.body.id}/axes`, {
      title: 'Répondre à chacun',
    })
    expect(withAxis.status, JSON.stringify(withAxis.body)).toBe(201)
    const axisId = withAxis.body.axes[0].id as string
    const withAction = await apiCall(director, 'POST', `/api/pilotage/axes/${axisId}/actions`, {
      title: 'Une réponse à chaque demande',
    })
    expect(withAction.status, JSON.stringify(withAction.body)).toBe(201)
    const actionId = withAction.body.axes[0].actions[0].id as string
    const choices = await apiCall(director, 'GET', '/api/pilotage/choix')
    const pilotId = (choices.body.members as { accountId: string; displayName: string }[]).find(
      (m) => m.displayName === 'Démo travailleur social',
    )!.accountId
    const fiche = await apiCall(director, 'PATCH', `/api/pilotage/actions/${actionId}`, {
      pilotAccountIds: [pilotId],
    })
    expect(fiche.status, JSON.stringify(fiche.body)).toBe(200)
    const indicator = await apiCall(director, 'POST', '/api/pilotage/indicateurs', {
      actionId,
      title: indicatorTitle,
      unit: 'pourcentage',
      baseline: 60,
      baselineDate: '2025-01-01',
    })
    expect(indicator.status, JSON.stringify(indicator.body)).toBe(201)
    const targets = await apiCall(director, 'PUT', `/api/pilotage/indicateurs/${indicator.body.id}/cibles`, {
      targets: [{ dueDate: '2027-12-31', value: 90 }],
    })
    expect(targets.status, JSON.stringify(targets.body)).toBe(200)

    // The pilot opens their fiche and the measurement form of the indicator.
    const pilotContext = await newContext(platform.browser, platform.server.url)
    const pilot = await pilotContext.newPage()
    const errors = watchErrors(pilot)
    await signIn(pilot, demo.accounts.travailleur_social, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.travailleur_social),
    )
    await pilot.goto(`/pilotage/fiches/${actionId}`)
    await pilot.getByRole('link', { name: indicatorTitle }).waitFor()
    await expect.poll(() => pilot.locator('.ind-card').textContent()).toContain('Pas encore évalué')
    await pilot.getByRole('button', { name: `Saisir une mesure pour « ${indicatorTitle} »` }).click()
    const form = pilot.getByRole('form', { name: `Saisir une mesure pour « ${indicatorTitle} »` })
    await expect
      .poll(() => form.getByRole('textbox', { name: /^Mois mesuré/ }).inputValue())
      .toMatch(/^\d{4}-\d{2}$/)

    // A value above 100 %: refused, the message beside the value.
    await form.getByRole('textbox', { name: /^Valeur/ }).fill('120')
    await form.getByRole('button', { name: 'Enregistrer la mesure' }).click()
    const valueError = form.locator('.field:has(input[name="value"]) .field__error')
    await expect.poll(() => valueError.textContent()).toContain('hors des valeurs permises : entre 0 et 100')
    await expect
      .poll(() => form.getByRole('textbox', { name: /^Valeur/ }).getAttribute('aria-invalid'))
      .toBe('true')
    await expectNoAxeViolations(pilot, 'fiche : mesure hors des valeurs permises')
    await screenshot(pilot, 'pilotage-indicateurs-erreur-valeur')

    // The right value in the wrong unit: refused, the message beside the unit.
    await form.getByRole('textbox', { name: /^Valeur/ }).fill('78,5')
    await form.getByLabel('Unité').selectOption('nombre')
    await form.getByRole('button', { name: 'Enregistrer la mesure' }).click()
    const unitError = form.locator('.field:has(select[name="unit"]) .field__error')
    await expect.poll(() => unitError.textContent()).toContain('cet indicateur se mesure en %, pas en nombre')
    await screenshot(pilot, 'pilotage-indicateurs-erreur-unite')

    // Corrected: saved, the card shows the value and its light in words.
    await form.getByLabel('Unité').selectOption('pourcentage')
    await form.getByRole('textbox', { name: 'Commentaire' }).fill('Relevé du logiciel de l’accueil')
    await form.getByRole('button', { name: 'Enregistrer la mesure' }).click()
    await pilot.getByText(/^Mesure enregistrée pour/).waitFor()
    await expect.poll(() => pilot.locator('.ind-card').textContent()).toContain('78,5')
    const light = await pilot.locator('.ind-card .ind-light').textContent()
    expect(
      ['Atteint', 'À surveiller', 'En retard'].some((word) => light?.includes(word)),
      light ?? '',
    ).toBe(true)

    // The indicator's page: the chart shows the measurement, its table and the history say it in words.
    await pilot.getByRole('link', { name: indicatorTitle }).click()
    await pilot.getByRole('heading', { level: 1, name: indicatorTitle }).waitFor()
    await expect.poll(() => pilot.locator('.ind-chart__svg circle.ind-chart__dot').count()).toBe(1)
    await expect.poll(() => pilot.locator('.ind-chart__svg .ind-chart__target').count()).toBe(1)
    const chartTable = pilot.getByRole('table', { name: 'Valeurs du graphique' })
    await expect.poll(() => chartTable.textContent()).toContain('78,5\u00a0%')
    const history = pilot.getByRole('table', { name: 'Toutes les saisies, les plus récentes d’abord' })
    await expect.poll(() => history.textContent()).toContain('Démo travailleur social')
    expect(await history.textContent()).toContain('Relevé du logiciel de l’accueil')
    // A pilot measures; only the direction changes the definition.
    expect(await pilot.getByRole('heading', { name: 'Définition de l’indicateur' }).count()).toBe(0)

    // A correction of the same month keeps the former value in the history.
    const pageForm = pilot.getByRole('form', { name: `Saisir une mesure pour « ${indicatorTitle} »` })
    await pageForm.getByRole('textbox', { name: /^Valeur/ }).fill('81')
    await pilot.getByText(/la nouvelle valeur le corrige/).waitFor()
    await pageForm.getByRole('button', { name: 'Enregistrer la mesure' }).click()
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2)
    expect(await history.textContent()).toContain('corrigée ensuite')
    await expect.poll(() => pilot.locator('.ind-chart__svg circle.ind-chart__dot').count()).toBe(1)
    await expect.poll(() => chartTable.textContent()).toContain('81\u00a0%')

    await checkPage(pilot, 'pilotage-indicateur')
    expect(errors).toEqual([])

    // The direction sees the definition and targets forms.
    await director.goto(`/pilotage/indicateurs/${indicator.body.id}`)
    await director.getByRole('heading', { name: 'Définition de l’indicateur' }).waitFor()
    await director.getByRole('heading', { name: 'Cibles par date' }).waitFor()
    await checkPage(director, 'pilotage-indicateur-direction', { languages: ['fr'] })

    // A target after the plan's end is refused beside its date.
    const targetsForm = director.getByRole('form', { name: 'Cibles par date' })
    await targetsForm.getByLabel('Échéance').fill('2030-06-30')
    await targetsForm.getByRole('button', { name: 'Enregistrer les cibles' }).click()
    await expect
      .poll(() =>
        targetsForm.locator('.field:has(input[name="targets.0.dueDate"]) .field__error').textContent(),
      )
      .toContain('hors de la période du plan')

    // The direction adds a second indicator from the fiche.
    await director.goto(`/pilotage/fiches/${actionId}`)
    await director.getByRole('button', { name: 'Ajouter un indicateur' }).click()
    const addForm = director.getByRole('form', { name: 'Ajouter un indicateur' })
    await addForm.getByRole('textbox', { name: 'Intitulé' }).fill('Personnes reçues sans rendez-vous')
    await addForm.getByLabel('Unité').selectOption('personnes')
    await addForm.getByRole('button', { name: 'Créer l’indicateur' }).click()
    await director.getByRole('link', { name: 'Personnes reçues sans rendez-vous' }).waitFor()
    await expect.poll(() => director.locator('.ind-card').count()).toBe(2)
  })
})
