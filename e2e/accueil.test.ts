import type { Locator, Page } from 'playwright-core'
import { describe, expect, onTestFailed, onTestFinished, test } from 'vitest'
import { addDays } from '../src/shared/dates'
import type { AnnouncedDelays, RequestChannel } from '../src/shared/modules/accueil/accueil.constants'
import { dueDate } from '../src/shared/modules/accueil/due-date'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, screenshot, switchLanguage } from './support/checks'
import { setChecked, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'
import { contrastRatio, parseHex, readableOnWhiteText } from '../src/client/app/theme'
import { apiCall } from './support/api'

const platform = useJourneyPlatform()

/** "mercredi 15 juillet 2026": how the pages write a due day. */
const longDate = (civil: string) =>
  new Intl.DateTimeFormat('fr', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(new Date(`${civil}T12:00:00Z`))

/** "2 jours ouvrés", "le jour même": how the request form writes a delay. */
const delayText = (days: number) =>
  days === 0 ? 'le jour même' : days === 1 ? '1 jour ouvré' : `${days} jours ouvrés`

/** The organisation's announced delays, read with the page's session. */
async function announcedDelays(page: Page): Promise<AnnouncedDelays> {
  const { body } = await apiCall(page, 'GET', '/api/announced-delays')
  return Object.fromEntries(
    (body.delays as { channel: RequestChannel; workingDays: number }[]).map((d) => [
      d.channel,
      d.workingDays,
    ]),
  ) as AnnouncedDelays
}

/** The due day of a request received now on this channel (Besançon: no Alsace-Moselle holidays). */
const dueNow = (channel: RequestChannel, delays: AnnouncedDelays) => dueDate(new Date(), channel, delays)

/** The number a header counter shows ("Mes demandes : 3"). */
async function counted(link: Locator): Promise<number> {
  const text = (await link.textContent()) ?? ''
  const match = /: (\d+)/.exec(text)
  expect(match, text).not.toBeNull()
  return Number(match![1])
}

/** The field (label, input, help, error) whose label starts with this text. */
const field = (scope: Page | Locator, label: string) => {
  const page = 'page' in scope ? scope.page() : scope
  return scope
    .locator('.field')
    .filter({ has: page.locator('.field__label', { hasText: new RegExp(`^${label}`) }) })
}

/** Picks an option in one of the kit's selects, as a person would with the mouse. */
async function choose(scope: Page | Locator, label: string, option: string) {
  await field(scope, label).getByRole('button').first().click()
  const page = 'page' in scope ? scope.page() : scope
  await page.getByRole('option', { name: option, exact: true }).click()
  await page.getByRole('listbox').waitFor({ state: 'detached' })
}

/** Chooses a radio button by clicking its label, as a person would (the input is visually hidden). */
async function pick(page: Page, name: string) {
  await page
    .locator('label')
    .filter({ has: page.getByRole('radio', { name, exact: true }) })
    .click()
  expect(await page.getByRole('radio', { name, exact: true }).isChecked()).toBe(true)
}

const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) })

async function signInAs(page: Page, role: keyof typeof platform.server.demo.accounts) {
  const email = platform.server.demo.accounts[role]
  await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))
}

/** Logs a request from the new request form and returns its reference. */
async function logRequest(
  page: Page,
  fill: { channel: string; themes: string[]; anonymous?: string; message?: string },
): Promise<string> {
  await page.goto('/demandes/nouvelle')
  await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor()
  await pick(page, fill.channel)
  for (const theme of fill.themes) await setChecked(page.getByRole('group', { name: 'Thèmes' }), theme, true)
  if (fill.anonymous !== undefined) {
    await pick(page, 'Personne anonyme')
    await page.getByLabel('Description courte (facultatif)').fill(fill.anonymous)
  }
  if (fill.message) await page.getByLabel('Message ou motif de la demande').fill(fill.message)
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click()
  const title = page.getByRole('heading', { level: 1, name: /^Demande \d{4}-\d{6}$/ })
  await title.waitFor()
  return (await title.textContent())!.replace('Demande ', '')
}

/** The options of the open select list, in order. */
const optionsShown = async (page: Page) => page.getByRole('option').allTextContents()

/** A small logo, as an organisation uploads it. */
const logo = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">' +
    '<rect width="120" height="60" rx="8" fill="#00a3e0"/><circle cx="30" cy="30" r="18" fill="#ffd500"/>' +
    '<text x="56" y="38" font-size="20" font-family="sans-serif" fill="#fff">CCAS</text></svg>',
).toString('base64')}`

/** The banner of a public page: the logo and name, the name in the primary colour made readable. */
async function expectPublicIdentity(page: Page) {
  const identity = page.locator('.public-identity')
  await identity.getByRole('img', { name: /^Logo de .?CCAS de Besançon/ }).waitFor()
  await identity.getByText('CCAS de Besançon (démonstration)').waitFor()
  const readable = parseHex(readableOnWhiteText('#ffd500'))!
  expect(contrastRatio(readable, { r: 255, g: 255, b: 255 })).toBeGreaterThanOrEqual(4.5)
  await expect(
    identity.locator('.public-identity__name').evaluate((el) => getComputedStyle(el).color),
  ).resolves.toBe(`rgb(${readable.r}, ${readable.g}, ${readable.b})`)
}

describe('accueil: requests on every channel, answered within the announced delays', () => {
  test('an agent receives a walk-in person who refuses to give a name, logs the request with the keyboard and answers it', async () => {
    onTestFailed(() => screenshotOpenPages('echec-accueil-anonyme'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'agent_accueil')
    const delays = await announcedDelays(page)

    // The header counts my open requests; the menu leads to the new request form.
    const counters = page.getByRole('navigation', { name: 'Demandes à traiter' })
    const mine = counters.getByRole('link', { name: /^Mes demandes : \d+/ })
    const before = await counted(mine)
    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await expect(menu.getByRole('link', { name: 'Délais de réponse' }).count()).resolves.toBe(0)
    await menu.getByRole('link', { name: 'Nouvelle demande' }).click()
    await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor()
    await page.getByText('La date limite de réponse s’affichera dès que le canal sera choisi.').waitFor()
    // The agent's own service is chosen beforehand, and offered first.
    const serviceSelect = field(page, 'Service responsable').getByRole('button').first()
    await serviceSelect.filter({ hasText: 'Accueil (mon service)' }).waitFor()
    await serviceSelect.click()
    await expect(page.getByRole('option').first().textContent()).resolves.toBe('Accueil (mon service)')
    await page.keyboard.press('Escape')
    await page.getByRole('listbox').waitFor({ state: 'detached' })
    await checkPage(page, 'nouvelle-demande')

    // Channel first, with the keyboard: the due day shows at once.
    await page.getByRole('radio', { name: 'Téléphone' }).focus()
    await page.keyboard.press('Space')
    await page
      .getByText(`Réponse attendue au plus tard le ${longDate(dueNow('telephone', delays))}.`)
      .waitFor()
    await page.keyboard.press('ArrowUp')
    await expect(page.getByRole('radio', { name: 'Accueil physique' }).isChecked()).resolves.toBe(true)
    await page
      .getByText(`Réponse attendue au plus tard le ${longDate(dueNow('accueil_physique', delays))}.`)
      .waitFor()
    await page
      .getByText(`Délai annoncé pour « Accueil physique » : ${delayText(delays.accueil_physique)}.`)
      .waitFor()

    // Sent without a theme: the server's message shows by the field, which gets the focus.
    await pick(page, 'Personne anonyme')
    await page.getByRole('button', { name: 'Enregistrer la demande' }).click()
    await field(page, 'Thèmes').getByText('Choisissez au moins un thème.').waitFor()
    await expect(
      page
        .getByRole('checkbox', { name: 'Aide alimentaire' })
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await screenshot(page, 'nouvelle-demande-erreur-fr-bureau')

    await setChecked(page.getByRole('group', { name: 'Thèmes' }), 'Aide alimentaire', true)
    await page
      .getByLabel('Description courte (facultatif)')
      .fill('Homme, la quarantaine, ne donne pas son nom')
    const message = 'Demande un <b>colis alimentaire</b> pour ce soir <script>alert(1)</script>'
    await page.getByLabel('Message ou motif de la demande').fill(message)
    await page.getByRole('button', { name: 'Enregistrer la demande' }).click()

    const title = page.getByRole('heading', { level: 1, name: /^Demande \d{4}-\d{6}$/ })
    await title.waitFor()
    const reference = (await title.textContent())!.replace('Demande ', '')
    await page.getByText(`Demande ${reference} enregistrée.`).waitFor()
    const summary = section(page, 'En bref')
    await summary.getByText('Homme, la quarantaine, ne donne pas son nom').waitFor()
    await summary.getByText('Accueil physique').waitFor()
    await summary.getByText('Accueil', { exact: true }).waitFor()
    await mine.filter({ hasText: `: ${before + 1}` }).waitFor()
    // What a person typed is shown as text, never as HTML.
    await page.getByText(message, { exact: true }).waitFor()
    await expect(page.locator('main b').count()).resolves.toBe(0)

    // The policy offers no "Répondue" before an answer is recorded.
    const stateCard = section(page, 'État de la demande')
    await stateCard.getByRole('button', { name: 'Passer à « En cours »' }).waitFor()
    await expect(stateCard.getByRole('button', { name: 'Passer à « Répondue »' }).count()).resolves.toBe(0)
    await expect(stateCard.getByRole('button', { name: 'Passer à « Orientée »' }).count()).resolves.toBe(0)
    await checkPage(page, 'demande-nouvelle')

    // The answer: what was said, in person. The request becomes "Répondue".
    const answerForm = page.getByRole('form', { name: 'Enregistrer une réponse' })
    await answerForm.getByRole('button', { name: 'Enregistrer la réponse' }).click()
    await answerForm.getByText('Choisissez comment la réponse a été donnée.').first().waitFor()
    await choose(answerForm, 'Canal de la réponse', 'En personne')
    await answerForm
      .getByLabel('Ce qui a été répondu')
      .fill('Colis remis ce soir. Orienté vers l’épicerie sociale pour la suite.')
    await answerForm.getByRole('button', { name: 'Enregistrer la réponse' }).click()
    await stateCard.getByText('Répondue', { exact: true }).waitFor()
    const answers = section(page, 'Réponses apportées')
    await answers.getByText('Colis remis ce soir. Orienté vers l’épicerie sociale pour la suite.').waitFor()
    await answers.getByText(/^En personne — par .?Démo agent accueil.?, le /).waitFor()
    const history = section(page, 'Historique')
    await history.getByText('Réponse enregistrée').waitFor()
    await history.getByText('Nouvelle → Répondue').waitFor()
    // Answered, it has left my open requests.
    await mine.filter({ hasText: `: ${before}` }).waitFor()

    // Closed, it takes no new answer until it is reopened.
    await stateCard.getByRole('button', { name: 'Passer à « Close »' }).click()
    await stateCard.getByRole('button', { name: 'Rouvrir la demande' }).waitFor()
    await page
      .getByText('La demande est close : rouvrez-la pour ajouter une réponse ou une orientation.')
      .first()
      .waitFor()
    await expect(answerForm.count()).resolves.toBe(0)
    await checkPage(page, 'demande-close')

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  test('an agent logs a phone request for Hélène Lefèvre, found by typing "helene lefevre"', async () => {
    onTestFailed(() => screenshotOpenPages('echec-accueil-telephone'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'agent_accueil')
    const delays = await announcedDelays(page)

    await page.goto('/demandes/nouvelle')
    await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor()
    await pick(page, 'Téléphone')
    await page
      .getByText(`Réponse attendue au plus tard le ${longDate(dueNow('telephone', delays))}.`)
      .waitFor()
    await page.getByText(`Délai annoncé pour « Téléphone » : ${delayText(delays.telephone)}.`).waitFor()
    await setChecked(page.getByRole('group', { name: 'Thèmes' }), 'Énergie', true)
    await setChecked(page.getByRole('group', { name: 'Thèmes' }), 'Logement', true)

    // Search as you type, without accents; choose with the arrow keys and Entrée.
    const search = page.getByRole('combobox', { name: 'Rechercher la personne' })
    await search.pressSequentially('helene lefevre', { delay: 20 })
    const option = page.getByRole('option', { name: /^Hélène LEFÈVRE/ })
    await option.waitFor()
    await expect(option.textContent()).resolves.toContain('Besançon')
    // Her namesake Hélène Lefebvre is offered too, after her.
    await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/^Hélène LEFÈVRE/)
    await page.getByText(/^\d+ personnes? trouvées?$/).waitFor({ state: 'attached' })
    await screenshot(page, 'nouvelle-demande-recherche-fr-bureau')
    await search.press('ArrowDown')
    await search.press('Enter')
    await page.getByText(/^Personne choisie : Hélène LEFÈVRE/).waitFor()

    await page.getByLabel('Objet (facultatif)').fill('Facture d’électricité impayée')
    await page
      .getByLabel('Message ou motif de la demande')
      .fill('Mme Lefèvre a reçu une relance de son fournisseur. Rappeler avant vendredi.')
    await page.getByRole('button', { name: 'Enregistrer la demande' }).click()
    const title = page.getByRole('heading', { level: 1, name: /^Demande \d{4}-\d{6}$/ })
    await title.waitFor()
    const reference = (await title.textContent())!.replace('Demande ', '')

    // The request links to her file; logged by a reception agent, it goes to the reception service.
    const summary = section(page, 'En bref')
    const fileLink = summary.getByRole('link', { name: /Hélène LEFÈVRE/ })
    await expect(fileLink.getAttribute('href')).resolves.toMatch(/^\/usagers\/[0-9a-f-]{36}$/)
    await summary.getByText('Énergie, Logement').waitFor()
    await summary.getByText('Accueil', { exact: true }).waitFor()

    // It is in my queue, with her name.
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Demandes', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Demandes' }).waitFor()
    const row = page.getByRole('row').filter({ hasText: reference })
    await row.waitFor()
    await row.getByText('Hélène LEFÈVRE').waitFor()
    await checkPage(page, 'demandes')

    // Called back the same day: answered by phone.
    await row.getByRole('link', { name: new RegExp(reference) }).click()
    const answerForm = page.getByRole('form', { name: 'Enregistrer une réponse' })
    await choose(answerForm, 'Canal de la réponse', 'Par téléphone')
    await answerForm
      .getByLabel('Ce qui a été répondu')
      .fill('Rendez-vous fixé jeudi pour un dossier FSL énergie.')
    await answerForm.getByRole('button', { name: 'Enregistrer la réponse' }).click()
    await section(page, 'État de la demande').getByText('Répondue', { exact: true }).waitFor()

    // Oriented to a partner for the budget, then the partner's answer is recorded.
    const orientations = section(page, 'Orientation vers un partenaire')
    await orientations.getByLabel('Partenaire').fill('Point conseil budget (UDAF du Doubs)')
    await orientations.getByLabel('Motif (facultatif)').fill('Dettes d’énergie')
    await orientations.getByRole('button', { name: 'Enregistrer l’orientation' }).click()
    await orientations
      .getByText('Point conseil budget (UDAF du Doubs) — En attente de réponse du partenaire')
      .waitFor()
    await choose(orientations, 'Suite donnée', 'Prise en charge par le partenaire')
    await orientations.getByRole('button', { name: /^Enregistrer la suite/ }).click()
    await orientations
      .getByText('Point conseil budget (UDAF du Doubs) — Prise en charge par le partenaire')
      .waitFor()
    const history = section(page, 'Historique')
    await history.getByText('Orientation vers un partenaire').waitFor()
    await history
      .getByText('En attente de réponse du partenaire → Prise en charge par le partenaire')
      .waitFor()
    // An answered request stays "Répondue" when it is also oriented.
    await section(page, 'État de la demande').getByText('Répondue', { exact: true }).waitFor()
    await checkPage(page, 'demande-orientee')

    // A reception agent may give it to a colleague: the agents offered are those of the chosen service.
    const assignment = page.getByRole('form', { name: 'Attribution' })
    await choose(assignment, 'Service responsable', 'Domiciliation')
    await field(assignment, 'Agent responsable').getByRole('button').first().click()
    const colleague = page.getByRole('option', { name: 'Démo agent domiciliation', exact: true })
    await colleague.waitFor()
    await expect(page.getByRole('option', { name: 'Démo instructeur aides' }).count()).resolves.toBe(0)
    await expect(page.getByRole('option', { name: /Moi-même/ }).count()).resolves.toBe(1)
    await colleague.click()
    await page.getByRole('listbox').waitFor({ state: 'detached' })
    await assignment.getByRole('button', { name: 'Confier la demande' }).click()
    await assignment
      .getByText('Attribution enregistrée. L’historique garde l’attribution précédente.')
      .waitFor()
    await section(page, 'Historique')
      .getByText(
        'Service responsable : Accueil → Domiciliation · Agent responsable : Démo agent accueil → Démo agent domiciliation',
      )
      .waitFor()

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  test('a request sent with the public form is assigned, becomes late, shows first in the queue, then is answered', async () => {
    onTestFailed(() => screenshotOpenPages('echec-accueil-formulaire'))
    onTestFinished(() => platform.server.clock.reset())
    const organisationId = platform.server.demo.organisationId
    const commitments = async (page: Page) =>
      (await apiCall(page, 'GET', `/api/public/organisations/${organisationId}/commitments`)).body as {
        channels: { channel: RequestChannel; received: number; shareWithinDelay: number | null }[]
      }

    // An instructor of the aids service, with no request yet, logs a letter first.
    const agentContext = await newContext(platform.browser, platform.server.url)
    const agent = await agentContext.newPage()
    const agentErrors = watchErrors(agent)
    await signInAs(agent, 'instructeur_aides')
    const delays = await announcedDelays(agent)
    const counters = agent.getByRole('navigation', { name: 'Demandes à traiter' })
    await counters.getByRole('link', { name: /^Mes demandes : 0$/ }).waitFor()
    const letter = await logRequest(agent, {
      channel: 'Courrier',
      themes: ['Accès aux droits, RSA'],
      anonymous: 'Courrier sans signature',
    })
    await section(agent, 'En bref').getByText('Aides sociales').waitFor()

    // Someone without an account writes through the public form.
    const publicContext = await newContext(platform.browser, platform.server.url)
    const visitor = await publicContext.newPage()
    const visitorErrors = watchErrors(visitor)
    await visitor.goto(`/contact/${organisationId}`)
    const before = await commitments(visitor)
    await visitor.getByRole('heading', { level: 1, name: /^Contacter .?CCAS de Besançon/ }).waitFor()
    await visitor.getByText(`Nous répondons en ${delayText(delays.formulaire)} au plus.`).waitFor()
    await expect(visitor.getByRole('navigation', { name: 'Menu principal' }).count()).resolves.toBe(0)
    // The honeypot is in the page for robots, but neither seen (1 px, clipped) nor heard by people.
    await expect(visitor.locator('input[name="website"]').count()).resolves.toBe(1)
    const trap = await visitor.locator('.honeypot').boundingBox()
    expect(trap!.width * trap!.height).toBeLessThanOrEqual(1)
    await expect(visitor.getByRole('textbox', { name: 'Ne remplissez pas ce champ' }).count()).resolves.toBe(
      0,
    )
    await checkPage(visitor, 'contact')

    // Sent empty: the server's messages show by the fields.
    const send = visitor.getByRole('button', { name: 'Envoyer ma demande' })
    await send.click()
    await field(visitor, 'Votre message').getByText('Ce champ est obligatoire.').waitFor()
    await field(visitor, 'Votre demande concerne').getByText('Choisissez au moins un thème.').waitFor()
    await screenshot(visitor, 'contact-erreurs-fr-bureau')

    // No way to reply, then a wrong answer to the question against robots.
    await visitor.getByLabel('Votre nom (facultatif)').fill('Jeanne Martin')
    await setChecked(visitor.getByRole('group', { name: 'Votre demande concerne' }), 'Logement', true)
    await visitor
      .getByLabel('Votre message')
      .fill('Mon propriétaire veut me faire partir à la fin du mois. Que puis-je faire ?')
    const question = visitor.getByRole('textbox', { name: /pas un robot/ })
    await question.fill('Paris')
    await send.click()
    await field(visitor, 'Adresse e-mail')
      .getByText(
        'Indiquez une adresse e-mail ou un numéro de téléphone pour que nous puissions vous répondre.',
      )
      .waitFor()
    await visitor.getByLabel('Adresse e-mail').fill('jeanne.martin@exemple.fr')
    await send.click()
    await field(visitor, 'Question pour vérifier')
      .getByText('Ce n’est pas la réponse attendue. Relisez la question et réessayez.')
      .waitFor()
    await expect(question.evaluate((el) => el === document.activeElement)).resolves.toBe(true)

    // The plain-language question is about the organisation's département (Doubs, 25).
    const label = (await visitor.locator('label', { hasText: 'pas un robot' }).textContent()) ?? ''
    await question.fill(/Doubs/.test(label) ? '25' : /25/.test(label) ? 'le Doubs' : 'mardi')
    await send.click()
    await visitor.getByRole('heading', { name: 'Votre demande est envoyée' }).waitFor()
    const web = (await visitor.locator('.reference').textContent())!.trim()
    expect(web).toMatch(/^\d{4}-\d{6}$/)
    const webDue = dueNow('formulaire', delays)
    await visitor
      .getByText(
        `Nous vous répondrons au plus tard le ${longDate(webDue)} (${delays.formulaire} jours ouvrés).`,
      )
      .waitFor()
    await checkPage(visitor, 'contact-envoyee')
    expect(visitorErrors).toEqual([])

    // It waits, unassigned; the direction gives it to the aids service and its instructor.
    const directionContext = await newContext(platform.browser, platform.server.url)
    const direction = await directionContext.newPage()
    const directionErrors = watchErrors(direction)
    await signInAs(direction, 'direction')
    await direction.goto('/demandes?file=unassigned')
    await direction.getByRole('tab', { name: /^À attribuer/, selected: true }).waitFor()
    const unassigned = direction.getByRole('row').filter({ hasText: web })
    await unassigned.getByText('Jeanne Martin').waitFor()
    await unassigned.getByText('Formulaire en ligne').waitFor()
    await unassigned.getByText('Personne pour l’instant').waitFor()
    await unassigned.getByRole('link', { name: new RegExp(web) }).click()
    await direction.getByRole('heading', { level: 1, name: `Demande ${web}` }).waitFor()
    await section(direction, 'En bref').getByText('jeanne.martin@exemple.fr').waitFor()
    const assignment = direction.getByRole('form', { name: 'Attribution' })
    await choose(assignment, 'Service responsable', 'Aides sociales')
    await field(assignment, 'Agent responsable').getByRole('button').first().click()
    await expect(optionsShown(direction)).resolves.toEqual([
      'Moi-même (Démo direction)',
      'À attribuer plus tard',
      'Démo instructeur aides',
    ])
    await direction.keyboard.press('Escape')
    await direction.getByRole('listbox').waitFor({ state: 'detached' })
    await choose(assignment, 'Agent responsable', 'Démo instructeur aides')
    await assignment.getByRole('button', { name: 'Confier la demande' }).click()
    await assignment
      .getByText('Attribution enregistrée. L’historique garde l’attribution précédente.')
      .waitFor()
    await section(direction, 'En bref').getByText('Démo instructeur aides').waitFor()
    await section(direction, 'Historique')
      .getByText(
        'Service responsable : Aucun service → Aides sociales · Agent responsable : Personne pour l’instant → Démo instructeur aides',
      )
      .waitFor()
    await checkPage(direction, 'demande-attribuee')
    expect(directionErrors).toEqual([])
    await directionContext.close()

    // The day after its due day in the server's clock, it is late.
    const detail = await apiCall(agent, 'GET', '/api/requests?queue=mine')
    const assigned = (detail.body.items as { reference: string; dueOn: string }[]).find(
      (r) => r.reference === web,
    )
    expect(assigned?.dueOn).toBe(webDue)
    platform.server.clock.set(new Date(`${addDays(webDue, 1)}T10:00:00+01:00`))

    await agent.goto('/demandes')
    await agent.getByRole('heading', { level: 1, name: 'Demandes' }).waitFor()
    const rows = agent.getByRole('tabpanel').locator('tbody tr')
    await rows.first().waitFor()
    // Late first, in words and in colour; the letter, logged earlier but due later, comes after.
    await expect(rows.count()).resolves.toBe(2)
    await expect(rows.first().textContent()).resolves.toContain(web)
    await rows.first().getByText('En retard').waitFor()
    await expect(rows.nth(1).textContent()).resolves.toContain(letter)
    await expect(rows.nth(1).getByText('En retard').count()).resolves.toBe(0)
    await counters.getByRole('link', { name: /^Mes demandes : 2 dont 1 en retard$/ }).waitFor()
    await agent.getByRole('tab', { name: /^Mes demandes 2 dont 1 en retard$/ }).waitFor()
    await checkPage(agent, 'demandes-retard')

    // Filters by theme and by channel are the server's, over the whole queue, and keep the order.
    const byTheme = agent.waitForRequest((r) => /\/api\/requests\?.*theme=logement/.test(r.url()))
    await choose(agent, 'Thème', 'Logement')
    await byTheme
    await agent.getByRole('tabpanel').getByText('1 demande correspond aux filtres').waitFor()
    await expect(rows.count()).resolves.toBe(1)
    await expect(rows.first().textContent()).resolves.toContain(web)
    await choose(agent, 'Thème', 'Tous les thèmes')
    const byChannel = agent.waitForRequest((r) => /\/api\/requests\?.*channel=courrier/.test(r.url()))
    await choose(agent, 'Canal', 'Courrier')
    await byChannel
    await expect(rows.count()).resolves.toBe(1)
    await expect(rows.first().textContent()).resolves.toContain(letter)
    await choose(agent, 'Canal', 'Tous les canaux')

    // Answered by e-mail: it leaves the queue and the late counter.
    await agent.getByRole('link', { name: new RegExp(web) }).click()
    await agent.getByRole('heading', { level: 1, name: `Demande ${web}` }).waitFor()
    const summary = section(agent, 'En bref')
    await summary.getByText('En retard').waitFor()
    const answerForm = agent.getByRole('form', { name: 'Enregistrer une réponse' })
    await choose(answerForm, 'Canal de la réponse', 'Par courriel')
    await answerForm
      .getByLabel('Ce qui a été répondu')
      .fill('Réponse envoyée : rendez-vous avec le service logement et adresse de l’ADIL 25.')
    await answerForm.getByRole('button', { name: 'Enregistrer la réponse' }).click()
    await summary.getByText('Répondue', { exact: true }).waitFor()
    await expect(summary.getByText('En retard').count()).resolves.toBe(0)
    await counters.getByRole('link', { name: /^Mes demandes : 1$/ }).waitFor()
    // It is found again among the answered ones, no longer late.
    await agent.getByRole('link', { name: 'Retour aux demandes' }).click()
    await choose(agent, 'État', 'Répondue')
    await expect(rows.count()).resolves.toBe(1)
    await expect(rows.first().textContent()).resolves.toContain(web)
    await expect(rows.first().getByText('En retard').count()).resolves.toBe(0)
    expect(agentErrors).toEqual([])

    // The public commitments count it, and show the server's figures in the table and the chart.
    await visitor.goto(`/engagements/${organisationId}`)
    await visitor
      .getByRole('heading', { level: 1, name: /^Engagements de service de .?CCAS de Besançon/ })
      .waitFor()
    const after = await commitments(visitor)
    const webBefore = before.channels.find((c) => c.channel === 'formulaire')!
    const webAfter = after.channels.find((c) => c.channel === 'formulaire')!
    expect(webAfter.received).toBe(webBefore.received + 1)
    const percent = (share: number | null) =>
      share === null ? 'Pas encore de résultat' : `${Math.round(share * 100)} %`
    const webRow = visitor.getByRole('row').filter({
      has: visitor.getByRole('rowheader', { name: 'Formulaire en ligne' }),
    })
    const cells = await webRow.locator('td').allTextContents()
    expect(cells[1]).toBe(String(webAfter.received))
    // Spaces as the browser writes them (a narrow no-break space before %) read as plain ones.
    const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ')
    expect(plain(cells[4]!)).toBe(percent(webAfter.shareWithinDelay))
    const chart = visitor.getByRole('img', { name: /^Part des demandes répondues dans le délai annoncé/ })
    await chart.waitFor()
    const description = plain(await visitor.locator('#graphique-description').textContent())
    for (const c of after.channels.filter((x) => x.shareWithinDelay !== null)) {
      expect(description).toContain(percent(c.shareWithinDelay))
    }
    await checkPage(visitor, 'engagements')

    await publicContext.close()
    await agentContext.close()
  }, 300_000)

  test('the administration sets the announced delays, and the public pages announce them', async () => {
    onTestFailed(() => screenshotOpenPages('echec-accueil-delais'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'administrateur')
    const { body } = await apiCall(page, 'GET', '/api/announced-delays')
    const formulaire = (body.delays as { channel: string; isDefault: boolean }[]).find(
      (d) => d.channel === 'formulaire',
    )!

    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await menu.getByRole('link', { name: 'Délais de réponse' }).click()
    await page.getByRole('heading', { level: 1, name: 'Délais de réponse annoncés' }).waitFor()
    // The defaults are stated beside each field.
    const web = field(page, 'Formulaire en ligne')
    await web.getByText(/^Valeur par défaut : 5 jours ouvrés\./).waitFor()
    await expect(web.getByText('Pas encore fixé par l’organisation.').count()).resolves.toBe(
      formulaire.isDefault ? 1 : 0,
    )
    await field(page, 'Accueil physique')
      .getByText(/^Valeur par défaut : 0, le jour même\./)
      .waitFor()
    await field(page, 'Courrier')
      .getByText(/^Valeur par défaut : 15 jours ouvrés\./)
      .waitFor()
    await checkPage(page, 'delais')

    await page.getByLabel('Formulaire en ligne (jours ouvrés)').fill('61')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await web.getByText('60 jours ouvrés au plus.').waitFor()
    await expect(
      page.getByLabel('Formulaire en ligne (jours ouvrés)').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await page.getByLabel('Formulaire en ligne (jours ouvrés)').fill('3')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await page.getByText('Modifications enregistrées.').waitFor()
    await expect(web.getByText('Pas encore fixé par l’organisation.').count()).resolves.toBe(0)

    // The structure's logo and colours: a light yellow that white text could not be read on.
    const themed = await apiCall(page, 'PATCH', '/api/organisation', {
      logoDataUrl: logo,
      primaryColor: '#ffd500',
      accentColor: '#00a3e0',
    })
    expect(themed.status).toBe(200)

    // The organisation page gives the public addresses; the contact form announces the new delay.
    await menu.getByRole('link', { name: 'Organisation', exact: true }).click()
    const addresses = section(page, 'Adresses publiques')
    await addresses
      .getByText(`${platform.server.url}/engagements/${platform.server.demo.organisationId}`)
      .waitFor()
    await addresses.getByRole('link', { name: 'Formulaire de contact' }).click()
    await page.getByText('Nous répondons en 3 jours ouvrés au plus.').waitFor()
    // The public page wears the structure's logo and name, in its colours made readable.
    await expectPublicIdentity(page)
    await checkPage(page, 'contact-identite')
    await switchLanguage(page, 'ar')
    await page.getByRole('heading', { level: 1, name: /^الاتصال بـ/ }).waitFor()
    await switchLanguage(page, 'fr')
    await page.getByRole('link', { name: 'Nos délais de réponse et nos résultats' }).click()
    await page.getByRole('heading', { level: 1, name: /^Engagements de service/ }).waitFor()
    await expectPublicIdentity(page)
    await checkPage(page, 'engagements-identite')

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
