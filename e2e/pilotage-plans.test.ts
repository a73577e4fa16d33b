import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, screenshot, switchLanguage } from './support/checks'
import { setChecked, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

/** The action titles of the plan page, in the order shown, with their numbers. */
const shownActions = (page: Page) =>
  page.locator('.pl-item .pl-item__main').evaluateAll((items) =>
    items.map((li) => {
      const number = li.querySelector('.pl-number')?.textContent ?? ''
      const title = li.querySelector('a')?.textContent ?? ''
      return `${number} ${title}`
    }),
  )

describe('pilotage plans', () => {
  test('a manager builds a plan and reorders its actions by keyboard; the pilot keeps their fiche current', async () => {
    const demo = platform.server.demo
    const context = await newContext(platform.browser, platform.server.url)
    const director = await context.newPage()
    const errors = watchErrors(director)
    onTestFailed(() => screenshotOpenPages('pilotage-plans'))
    await signIn(director, demo.accounts.direction, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.direction),
    )

    // A blank plan from the list.
    await director.getByRole('link', { name: 'Plans d’action' }).first().click()
    await director.getByRole('heading', { level: 1, name: 'Plans d’action' }).waitFor()
    await expect.poll(() => director.getByRole('link', { name: 'À partir d’un modèle' }).count()).toBe(1)
    await checkPage(director, 'pilotage-plans-liste')
    await director.getByRole('link', { name: 'Nouveau plan' }).click()
    await director.getByRole('textbox', { name: 'Titre du plan' }).fill('Plan d’accueil 2025-2027')
    await director.getByLabel('Début de la période').fill('2025-01-01')
    await director.getByLabel('Fin de la période').fill('2027-12-31')
    await director
      .getByRole('textbox', { name: /^Source/ })
      .fill('Délibération du conseil d’administration, mars 2025')
    await director.getByRole('button', { name: 'Créer le plan' }).click()
    await director.getByRole('heading', { level: 1, name: 'Plan d’accueil 2025-2027' }).waitFor()
    const planId = /\/pilotage\/plans\/([0-9a-f-]+)/.exec(director.url())![1]!

    // An axis and two actions.
    await director.getByRole('textbox', { name: 'Titre de l’axe' }).fill('Accueillir dignement')
    await director.getByRole('button', { name: 'Ajouter un axe' }).click()
    await director.getByRole('heading', { level: 3, name: /Axe 1 : Accueillir dignement/ }).waitFor()
    const actionTitle = director.getByRole('textbox', { name: 'Titre de l’action (Axe 1)' })
    await actionTitle.fill('Guichet unique des droits')
    await director.getByRole('button', { name: 'Ajouter une action' }).click()
    await director.getByRole('link', { name: 'Guichet unique des droits' }).waitFor()
    await actionTitle.fill('Écrivain public')
    await director.getByRole('button', { name: 'Ajouter une action' }).click()
    await director.getByRole('link', { name: 'Écrivain public' }).waitFor()
    expect(await shownActions(director)).toEqual(['1.1 Guichet unique des droits', '1.2 Écrivain public'])

    // Reordering by keyboard: « Monter » on the second action, focus stays on the moved action.
    await director.getByRole('button', { name: 'Monter : 1.2 Écrivain public' }).focus()
    await director.keyboard.press('Enter')
    await expect
      .poll(() => shownActions(director))
      .toEqual(['1.1 Écrivain public', '1.2 Guichet unique des droits'])
    const focused = await director.evaluate(() => document.activeElement?.textContent ?? '')
    expect(focused).toContain('Écrivain public')
    // The server numbers them the same way.
    const stored = await apiCall(director, 'GET', `/api/pilotage/plans/${planId}`)
    expect(
      stored.body.axes[0].actions.map((a: { number: string; title: string }) => `${a.number} ${a.title}`),
    ).toEqual(['1.1 Écrivain public', '1.2 Guichet unique des droits'])
    await checkPage(director, 'pilotage-plan')

    // The director names the pilot on the fiche.
    await director.getByRole('link', { name: 'Guichet unique des droits' }).click()
    await director
      .getByRole('heading', { level: 1, name: /Fiche 1\.2 : Guichet unique des droits/ })
      .waitFor()
    await director.getByRole('button', { name: 'Modifier la fiche' }).click()
    const form = director.getByRole('form', { name: 'Modifier la fiche' })
    await setChecked(form, 'Démo travailleur social', true)
    await form.getByRole('button', { name: 'Enregistrer' }).click()
    await director.getByText('Démo travailleur social').first().waitFor()
    const ficheUrl = director.url()
    const ficheApi = () => new URL(ficheUrl).pathname.replace('/pilotage/fiches/', '/api/pilotage/actions/')

    // The director plans the budget: a funder, then a line; a negative amount is refused, naming the field.
    const funders = director.getByRole('form', { name: 'Ajouter un financeur' })
    await funders.getByRole('textbox', { name: 'Nom du financeur' }).fill('CNSA')
    await funders.getByRole('button', { name: 'Ajouter un financeur' }).click()
    const line = director.getByRole('form', { name: 'Ajouter une ligne' })
    await line.getByLabel('Financeur').selectOption({ label: 'CNSA' })
    await line.getByLabel('Année').fill('2025')
    const planned = line.getByRole('textbox', { name: 'Montant prévu (€)' })
    await planned.fill('-10')
    await line.getByRole('button', { name: 'Ajouter une ligne' }).click()
    await line.getByText('Montant prévu : un montant positif ou nul.').waitFor()
    await planned.fill('12000,50')
    await line.getByRole('button', { name: 'Ajouter une ligne' }).click()
    await director.getByRole('row', { name: /CNSA 2025/ }).waitFor()
    await checkPage(director, 'pilotage-fiche-direction')
    await context.close()

    // The pilot finds it in « Mes fiches » and brings it up to date.
    const pilotContext = await newContext(platform.browser, platform.server.url)
    const pilot = await pilotContext.newPage()
    const pilotErrors = watchErrors(pilot)
    const pilotEmail = demo.accounts.travailleur_social
    await signIn(pilot, pilotEmail, demo.password, () => platform.server.totpCodeFor(pilotEmail))
    await pilot.getByRole('link', { name: 'Mes fiches' }).first().click()
    await pilot.getByRole('heading', { level: 1, name: 'Mes fiches' }).waitFor()
    await checkPage(pilot, 'pilotage-mes-fiches')
    await pilot.getByRole('link', { name: 'Guichet unique des droits' }).click()
    await pilot.getByRole('button', { name: 'Modifier la fiche' }).click()
    const pilotForm = pilot.getByRole('form', { name: 'Modifier la fiche' })
    await pilotForm
      .getByRole('textbox', { name: 'Publics visés' })
      .fill('Toute personne qui pousse la porte du CCAS')
    await pilotForm.getByRole('textbox', { name: /^Partenaires/ }).fill('Secours populaire\nCAF du Doubs')
    await pilotForm.getByLabel('Début').fill('2025-03-01')
    await pilotForm.getByRole('button', { name: 'Enregistrer' }).click()
    await pilot.getByText('Toute personne qui pousse la porte du CCAS').waitFor()

    // The pilot enters what was consumed.
    await pilot.getByRole('textbox', { name: 'Consommé, CNSA 2025 (€)' }).fill('3000')
    await pilot.getByRole('button', { name: /Enregistrer le consommé/ }).click()
    await expect
      .poll(async () => (await apiCall(pilot, 'GET', ficheApi())).body.budget.total)
      .toEqual({ plannedCents: 1_200_050, consumedCents: 300_000 })

    // Late without a reason is refused, with the field named; with one it is recorded.
    const status = pilot.getByRole('form', { name: 'Changer l’état' })
    await status.getByLabel('État').selectOption('en_retard')
    await status.getByRole('button', { name: 'Changer l’état' }).click()
    await status
      .getByText(/Motif : obligatoire/)
      .first()
      .waitFor()
    await status.getByRole('textbox', { name: /^Motif/ }).fill('Les locaux ouvrent en juin')
    await status.getByRole('button', { name: 'Changer l’état' }).click()
    await pilot.getByRole('status').getByText('Enregistré.').waitFor()

    // A milestone after the plan's end is refused; one within it is kept.
    const milestones = pilot.getByRole('form', { name: 'Ajouter un jalon' })
    await milestones.getByRole('textbox', { name: 'Intitulé du jalon' }).fill('Ouverture du guichet')
    await milestones.getByLabel('Échéance').fill('2028-06-01')
    await milestones.getByRole('button', { name: 'Ajouter un jalon' }).click()
    await milestones
      .getByText(/après la fin du plan/)
      .first()
      .waitFor()
    await milestones.getByLabel('Échéance').fill('2025-06-02')
    await milestones.getByRole('button', { name: 'Ajouter un jalon' }).click()
    await pilot.getByRole('cell', { name: 'Ouverture du guichet', exact: true }).waitFor()

    const fiche = await apiCall(pilot, 'GET', ficheApi())
    expect(fiche.body).toMatchObject({
      status: 'en_retard',
      statusReason: 'Les locaux ouvrent en juin',
      targetPublics: 'Toute personne qui pousse la porte du CCAS',
      partners: [{ name: 'Secours populaire' }, { name: 'CAF du Doubs' }],
      startsOn: '2025-03-01',
      milestones: [{ title: 'Ouverture du guichet', dueDate: '2025-06-02' }],
      abilities: { edit: true, manage: false },
    })
    await checkPage(pilot, 'pilotage-fiche')
    await switchLanguage(pilot, 'ar')
    await screenshot(pilot, 'pilotage-fiche-ar')
    await switchLanguage(pilot, 'fr')
    expect([...errors, ...pilotErrors]).toEqual([])
    await pilotContext.close()
  })
})
