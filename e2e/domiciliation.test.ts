import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, onTestFailed, onTestFinished, test } from 'vitest'
import { addDays, addMonths, isWorkingDay, parisDate } from '../src/shared/dates'
import {
  daysBetween,
  decisionDeadline,
  validityEnd,
} from '../src/shared/modules/domiciliation/domiciliation.constants'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, screenshot } from './support/checks'
import { mails, setChecked, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'
import { apiCall } from './support/api'
import { downloadPdf } from './support/documents'

const platform = useJourneyPlatform()
const screenshots = fileURLToPath(new URL('./screenshots', import.meta.url))
mkdirSync(screenshots, { recursive: true })

/** "15 juillet 2026": how the pages write a civil day. */
const day = (civil: string) =>
  new Intl.DateTimeFormat('fr', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(new Date(`${civil}T12:00:00Z`))

/** "15 juil. 2026": the day part of an instant as the pages write it. */
const shortDay = (at: Date) =>
  new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(at)

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

/** Chooses a radio button by clicking its label (the input is visually hidden). */
async function pick(scope: Page | Locator, name: string) {
  const page = 'page' in scope ? scope.page() : scope
  await scope
    .locator('label')
    .filter({ has: page.getByRole('radio', { name, exact: true }) })
    .click()
  expect(await scope.getByRole('radio', { name, exact: true }).isChecked()).toBe(true)
}

const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) })

/** A name as the pages isolate it inside a sentence (its own direction in Arabic). */
const isolated = (name: string) => `\u2068${name}\u2069`

/** The value shown beside a label in a list of facts. */
const fact = (scope: Locator, label: string) => scope.locator(`dt:text-is("${label}") + dd`)

async function signInAs(page: Page, role: keyof typeof platform.server.demo.accounts) {
  const email = platform.server.demo.accounts[role]
  await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))
}

describe('domiciliation: from the first request to the radiation, reversed', () => {
  test('an agent files and instructs the request, the direction decides, the attestation is printed; eleven months later the renewal, then a radiation for lack of contact, cancelled', async () => {
    onTestFailed(() => screenshotOpenPages('echec-domiciliation'))
    onTestFinished(() => platform.server.clock.reset())
    const start = new Date()
    const today = parisDate(start)

    // ── The agent of the domiciliation desk opens Zoé Müller-Garnier's file.
    const agentContext = await newContext(platform.browser, platform.server.url)
    const agent = await agentContext.newPage()
    const agentErrors = watchErrors(agent)
    await signInAs(agent, 'agent_domiciliation')
    const menu = agent.getByRole('navigation', { name: 'Menu principal' })
    await expect(menu.getByRole('link', { name: 'Réglages de la domiciliation' }).count()).resolves.toBe(0)
    await menu.getByRole('link', { name: 'Domiciliation', exact: true }).click()
    await agent.getByRole('heading', { level: 1, name: 'Domiciliation' }).waitFor()
    // The demonstration already holds files; the journey counts from what is there.
    const waitingTab = agent.getByRole('tab', { name: /^En attente de décision \d+/ })
    const waitingBefore = Number(/(\d+)/.exec((await waitingTab.textContent())!)![1])
    await checkPage(agent, 'domiciliation-suivi')

    await agent.getByRole('link', { name: 'Nouvelle domiciliation' }).click()
    await agent.getByRole('heading', { level: 1, name: 'Nouvelle domiciliation' }).waitFor()
    const search = agent.getByRole('combobox', { name: 'Rechercher la personne' })
    await search.pressSequentially('zoe muller garnier', { delay: 20 })
    await agent.getByRole('option', { name: /^Zoé MÜLLER-GARNIER/ }).click()
    await agent.getByText('Personne choisie :').waitFor()
    await checkPage(agent, 'domiciliation-nouvelle')
    await agent.getByRole('button', { name: 'Ouvrir le dossier de domiciliation' }).click()
    const title = agent.getByRole('heading', {
      level: 1,
      name: /^Domiciliation n° \d+ – \u2068Zoé MÜLLER-GARNIER\u2069$/,
    })
    await title.waitFor()
    const fileNumber = Number(/n° (\d+)/.exec((await title.textContent())!)![1])
    await agent.getByText(`Dossier n° ${fileNumber} ouvert.`, { exact: false }).waitFor()
    const fileUrl = new URL(agent.url()).pathname
    const fileId = fileUrl.split('/').pop()!
    // Zoé agrees to be written to by e-mail: the invitation to renew will reach her.
    const zoeEmail = 'zoe.muller-garnier@exemple.test'
    const openedFile = await apiCall(agent, 'GET', `/api/domiciliations/${fileId}`)
    const consent = await apiCall(agent, 'PATCH', `/api/usagers/${openedFile.body.usager.id}`, {
      email: zoeEmail,
      consentEmail: true,
    })
    expect(consent.status, JSON.stringify(consent.body)).toBe(200)
    const summary = section(agent, 'En bref')
    await expect(fact(summary, 'Statut').textContent()).resolves.toBe('En instruction')
    await expect(fact(summary, 'Dernier contact').textContent()).resolves.toBe('Aucun contact enregistré')

    // A first request, filed today: the 2-month deadline shows at once.
    const requestCard = section(agent, 'Nouvelle demande')
    await expect(requestCard.getByRole('radio', { name: 'Première demande' }).isChecked()).resolves.toBe(true)
    await requestCard.getByRole('button', { name: 'Enregistrer la demande' }).click()
    await agent.getByText('Demande enregistrée. La réponse est due dans les 2 mois.').waitFor()
    const pending = section(agent, 'Demande en cours')
    await pending.getByText(`Réponse due au plus tard le ${day(decisionDeadline(today))}`).waitFor()
    await pending.getByRole('button', { name: 'Accuser réception aujourd’hui' }).click()
    await pending.getByText(`Réception accusée le ${day(today)}`).waitFor()
    await pending.getByText('La décision revient à la direction.').waitFor()

    // The interview sent without the link with the commune: the server's message, by the field.
    await pending.getByRole('button', { name: 'Enregistrer l’entretien' }).click()
    await field(pending, 'Lien avec la commune')
      .getByText('Indiquez le lien de la personne avec la commune (article R264-4 du CASF).')
      .waitFor()
    await screenshot(agent, 'domiciliation-entretien-erreur-fr-bureau')
    await pick(pending, 'Résidentiel : la personne séjourne sur la commune')
    await pending.getByLabel('Lieu de l’entretien (facultatif)').fill('Accueil du CCAS, bureau 2')
    await choose(pending, 'Composition du foyer', 'Homme seul sans enfant')
    await choose(pending, 'Cause de l’instabilité du logement', 'Errance')
    await choose(pending, 'Situation de logement actuelle', 'Sans abri, squat')
    await choose(pending, 'Motif de la demande', 'Accès aux prestations sociales')
    await choose(pending, 'Situation professionnelle', 'Allocataire du RSA')
    await setChecked(pending, 'La personne a des ressources', true)
    const remark = 'Dort sous le <b>pont Battant</b> <script>alert(1)</script>'
    await pending.getByLabel('Remarques (facultatif)').fill(remark)
    await pending.getByRole('button', { name: 'Enregistrer l’entretien' }).click()
    await agent.getByText('Entretien enregistré. La demande attend la décision.').waitFor()
    await expect(fact(pending, 'Cause de l’instabilité du logement').textContent()).resolves.toBe('Errance')
    await expect(fact(pending, 'La personne a des ressources').textContent()).resolves.toBe('Oui')
    // What a person typed is shown as text, never as HTML.
    await pending.getByText(remark, { exact: true }).waitFor()
    await expect(agent.locator('main b').count()).resolves.toBe(0)
    await checkPage(agent, 'domiciliation-dossier-entretien')

    // The waiting list counts the request.
    await agent.goto('/domiciliation')
    await agent
      .getByRole('tab', { name: new RegExp(`^En attente de décision ${waitingBefore + 1}`) })
      .waitFor()
    await agent.getByRole('rowheader', { name: /Zoé MÜLLER-GARNIER/ }).waitFor()

    // ── The direction fills the structure's identity, printed on every document.
    const directionContext = await newContext(platform.browser, platform.server.url)
    const direction = await directionContext.newPage()
    const directionErrors = watchErrors(direction)
    await signInAs(direction, 'direction')
    await direction
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Réglages de la domiciliation' })
      .click()
    await direction.getByRole('heading', { level: 1, name: 'Réglages de la domiciliation' }).waitFor()
    await direction.getByLabel('Adresse postale de domiciliation').fill('2 rue Mégevand')
    await direction.getByLabel('Code postal').fill('2500')
    await direction.getByLabel('Commune').fill('Besançon')
    await direction.getByLabel('Nom du ou de la responsable').fill('Claire Dupré')
    await direction.getByLabel('Fonction du ou de la responsable').fill('Directrice du CCAS')
    const identity = section(direction, 'Identité de la structure')
    await identity.getByRole('button', { name: 'Enregistrer' }).click()
    await field(identity, 'Code postal').locator('.field__error').waitFor()
    await direction.getByLabel('Code postal').fill('25000')
    await identity.getByRole('button', { name: 'Enregistrer' }).click()
    await identity.getByText('Modifications enregistrées.').waitFor()
    await checkPage(direction, 'domiciliation-reglages')

    // ── The direction decides: a refusal without orientation is refused by the server, by the field.
    await direction.goto('/domiciliation?liste=attente_decision')
    await direction.getByRole('link', { name: 'Zoé MÜLLER-GARNIER' }).click()
    await direction
      .getByRole('heading', {
        level: 1,
        name: `Domiciliation n° ${fileNumber} – ${isolated('Zoé MÜLLER-GARNIER')}`,
      })
      .waitFor()
    const decide = section(direction, 'Demande en cours')
    await pick(decide, 'Refuser')
    await choose(decide, 'Motif du refus', 'Absence de lien avec la commune')
    await decide.getByRole('button', { name: 'Enregistrer la décision' }).click()
    await field(decide, 'Orientation de la personne')
      .getByText(
        'Indiquez vers quel organisme la personne est orientée : c’est obligatoire après un refus (article L264-4 du CASF).',
      )
      .waitFor()
    await field(decide, 'Nom de l’organisme')
      .getByText('Nommez l’organisme vers lequel la personne est orientée.')
      .waitFor()
    await screenshot(direction, 'domiciliation-refus-sans-orientation-fr-bureau')

    // She grants it after all: valid one year from today.
    await pick(decide, 'Accorder la domiciliation pour un an')
    await decide.getByRole('button', { name: 'Enregistrer la décision' }).click()
    await direction.getByText('Décision enregistrée.', { exact: true }).waitFor()
    const until = validityEnd(today)
    const directionSummary = section(direction, 'En bref')
    await expect(fact(directionSummary, 'Statut').textContent()).resolves.toMatch(/^Domiciliation valide/)
    await expect(fact(directionSummary, 'Validité').textContent()).resolves.toBe(
      `Du ${day(today)} au ${day(until)}`,
    )
    await expect(fact(directionSummary, 'Première domiciliation').textContent()).resolves.toBe(day(today))
    // A renewal this early is unusual: its form waits behind a button.
    await section(direction, 'Nouvelle demande')
      .getByRole('button', { name: 'Enregistrer une demande' })
      .waitFor()

    // The attestation, laid out with the fields of Cerfa 16030: rendered to PNG and read.
    const attestation = await downloadPdf(
      direction,
      section(direction, 'Documents').getByRole('link', { name: /^Attestation d’élection de domicile/ }),
      'domiciliation-attestation',
    )
    expect(attestation).toContain('16030')
    expect(attestation).toContain('Zoé')
    expect(attestation).toMatch(/MÜLLER-GARNIER/)
    expect(attestation).toContain('2 rue Mégevand')
    expect(attestation).toContain('Claire Dupré')
    await checkPage(direction, 'domiciliation-dossier-valide')

    // ── Three letters arrive in one batch; only handing two over is a contact.
    const registered = await apiCall(agent, 'POST', '/api/domiciliation/mail', {
      items: [
        { fileNumber, kind: 'courrier', sender: 'CAF du Doubs' },
        { fileNumber, kind: 'courrier', sender: 'CPAM' },
        { fileNumber, kind: 'recommande', sender: 'Trésor public' },
      ],
    })
    expect(registered.status).toBe(201)
    const itemIds = (registered.body.items as { id: string }[]).map((i) => i.id)
    expect(itemIds).toHaveLength(3)
    await agent.goto(fileUrl)
    const agentSummary = section(agent, 'En bref')
    await expect(fact(agentSummary, 'Dernier contact').textContent()).resolves.toBe(
      'Aucun contact enregistré',
    )
    const handed = await apiCall(agent, 'POST', `/api/domiciliations/${fileId}/mail/handover`, {
      itemIds: itemIds.slice(0, 2),
    })
    expect(handed.status).toBe(200)
    await agent.reload()
    await expect(fact(agentSummary, 'Dernier contact').textContent()).resolves.toContain(shortDay(start))

    // ── Eleven months later, a working day less than a month before the end (eleven months from
    // 31 March fall on 28 February, a month and two days before the end).
    const elevenMonths = addMonths(today, 11)
    const monthBefore = addDays(until, -28)
    let later = elevenMonths > monthBefore ? elevenMonths : monthBefore
    while (!isWorkingDay(later)) later = addDays(later, 1)
    platform.server.clock.set(new Date(`${later}T10:00:00+01:00`))

    // The day's follow-up: the agents are reminded of the end of validity, and Zoé is invited to renew.
    const followUp = await platform.server.runDomiciliationFollowUp()
    expect(followUp.agents).toBeGreaterThanOrEqual(1)
    expect(followUp.invitations).toBeGreaterThanOrEqual(1)
    const sent = await mails(platform.server.url)
    const invitation = sent.find(
      (m) => m.to === zoeEmail && m.subject === `Votre domiciliation prend fin le ${day(until)}`,
    )
    expect(invitation, 'invitation à renouveler').toBeDefined()
    expect(invitation!.text).toContain(`dossier n° ${fileNumber}`)
    expect(invitation!.text).toContain('venez demander son renouvellement avant cette date')
    const reminder = sent.find(
      (m) =>
        m.to === platform.server.demo.accounts.agent_domiciliation &&
        m.text.includes(`Dossier n° ${fileNumber} · valable jusqu’au ${day(until)}`),
    )
    expect(reminder, 'rappel de fin de validité aux agents').toBeDefined()
    expect(reminder!.text).not.toContain('Müller')

    // The file is in the list of domiciliations expiring within 61 days.
    await agent.goto('/domiciliation?liste=expire_sous_61_jours')
    await agent.getByRole('tab', { name: /^Expire sous 61 jours [1-9]/, selected: true }).waitFor()
    const row = agent.getByRole('row', { name: /Zoé MÜLLER-GARNIER/ })
    await row.getByText(`Expire dans ${daysBetween(later, until)} jours`).waitFor()
    await checkPage(agent, 'domiciliation-suivi-expire')

    // He comes back: the renewal is filed and the interview held, the direction renews.
    await row.getByRole('link', { name: 'Zoé MÜLLER-GARNIER' }).click()
    await title.waitFor()
    const renewal = section(agent, 'Nouvelle demande')
    await expect(renewal.getByRole('radio', { name: 'Renouvellement' }).isChecked()).resolves.toBe(true)
    await renewal.getByRole('button', { name: 'Enregistrer la demande' }).click()
    await agent.getByText('Demande enregistrée. La réponse est due dans les 2 mois.').waitFor()
    const renewing = section(agent, 'Demande en cours')
    await pick(renewing, 'Résidentiel : la personne séjourne sur la commune')
    await renewing.getByRole('button', { name: 'Enregistrer l’entretien' }).click()
    await agent.getByText('Entretien enregistré. La demande attend la décision.').waitFor()
    await direction.goto(fileUrl)
    await pick(section(direction, 'Demande en cours'), 'Renouveler la domiciliation pour un an')
    await direction.getByRole('button', { name: 'Enregistrer la décision' }).click()
    await direction.getByText('Décision enregistrée.', { exact: true }).waitFor()
    const renewedUntil = validityEnd(later)
    await expect(fact(directionSummary, 'Validité').textContent()).resolves.toBe(
      `Du ${day(later)} au ${day(renewedUntil)}`,
    )
    await expect(fact(directionSummary, 'Première domiciliation').textContent()).resolves.toBe(day(today))

    // ── More than three months without any contact: a candidate for radiation, never radiated alone.
    const silent = addDays(addMonths(later, 3), 5)
    platform.server.clock.set(new Date(`${silent}T10:00:00+01:00`))
    await direction.goto('/domiciliation?liste=sans_contact_3_mois')
    await direction
      .getByRole('tab', { name: /^Sans contact depuis plus de 3 mois [1-9]/, selected: true })
      .waitFor()
    const candidate = direction.getByRole('row', { name: /Zoé MÜLLER-GARNIER/ })
    await candidate.getByText('Sans contact depuis plus de 3 mois').waitFor()
    await expect(
      direction.getByRole('button', { name: /^Radier la personne choisie/ }).isDisabled(),
    ).resolves.toBe(true)
    await setChecked(candidate, `Choisir Dossier n° ${fileNumber}, ${isolated('Zoé MÜLLER-GARNIER')}`, true)
    await checkPage(direction, 'domiciliation-suivi-sans-contact')
    await direction.getByRole('button', { name: 'Radier la personne choisie (1)' }).click()
    const dialog = direction.getByRole('dialog', { name: 'Radier 1 personne ?' })
    await dialog.getByRole('button', { name: 'Radier 1 personne' }).click()
    await field(dialog, 'Motif de la radiation')
      .getByText('Indiquez le motif de la radiation : une radiation doit être motivée.')
      .waitFor()
    await choose(dialog, 'Motif de la radiation', 'Absence de contact depuis plus de trois mois consécutifs')
    await expectNoAxeViolations(direction, 'radiation groupée (fr)')
    await screenshot(direction, 'domiciliation-radiation-groupee-fr-bureau')
    await dialog.getByRole('button', { name: 'Radier 1 personne' }).click()
    await direction.getByText('1 personne radiée.').waitFor()
    await candidate.waitFor({ state: 'detached' })

    // The radiation letter states the motive and the means of appeal.
    await direction.goto(fileUrl)
    await expect(fact(directionSummary, 'Statut').textContent()).resolves.toBe('Radiée')
    const letter = await downloadPdf(
      direction,
      section(direction, 'Documents').getByRole('link', { name: /^Courrier de radiation/ }),
      'domiciliation-courrier-radiation',
    )
    expect(letter).toMatch(/trois\s+mois/)
    expect(letter).toContain('tribunal administratif')
    expect(letter).toContain('Claire Dupré')

    // Entered too fast: the radiation is cancelled with a reason, and stays in the history, struck.
    const history = section(direction, 'Historique')
    await history.getByRole('button', { name: /^Annuler cette décision Radiation/ }).click()
    const cancel = direction.getByRole('dialog', { name: 'Annuler une décision saisie par erreur ?' })
    await cancel.getByRole('button', { name: 'Annuler la décision' }).click()
    await field(cancel, 'Raison de l’annulation')
      .getByText('Indiquez pourquoi la décision est annulée.')
      .waitFor()
    await cancel.getByLabel('Raison de l’annulation').fill('Il avait appelé le 2, appel non noté : erreur.')
    await cancel.getByRole('button', { name: 'Annuler la décision' }).click()
    await direction.getByText('Décision annulée. Elle reste visible dans l’historique.').waitFor()
    await expect(fact(directionSummary, 'Statut').textContent()).resolves.toMatch(/^Domiciliation valide/)
    await expect(fact(directionSummary, 'Validité').textContent()).resolves.toBe(
      `Du ${day(later)} au ${day(renewedUntil)}`,
    )
    const struck = history.locator('.timeline__item--cancelled')
    await expect(struck.count()).resolves.toBe(1)
    await struck.getByText('Décision annulée.').waitFor()
    await struck.getByText('Il avait appelé le 2, appel non noté : erreur.').waitFor()
    await expect(struck.locator('.timeline__struck').textContent()).resolves.toContain('Radiation')
    await expect(
      section(direction, 'Documents')
        .getByRole('link', { name: /^Courrier de radiation/ })
        .count(),
    ).resolves.toBe(0)
    await checkPage(direction, 'domiciliation-dossier-radiation-annulee')

    expect(agentErrors).toEqual([])
    expect(directionErrors).toEqual([])
    await agentContext.close()
    await directionContext.close()
  }, 600_000)

  test('a request left without a decision is flagged late, never silently; a social worker reads the file but takes no step', async () => {
    onTestFailed(() => screenshotOpenPages('echec-domiciliation-retard'))
    onTestFinished(() => platform.server.clock.reset())
    const today = parisDate(new Date())

    // At the desk, a first request is filed for François de La Tour, then nobody decides it.
    const agentContext = await newContext(platform.browser, platform.server.url)
    const agent = await agentContext.newPage()
    await signInAs(agent, 'agent_accueil')
    const found = await apiCall(agent, 'GET', '/api/usagers?q=francois%20de%20la%20tour&limit=1')
    const usagerId = (found.body as { id: string }[])[0]!.id
    const opened = await apiCall(agent, 'POST', '/api/domiciliations', { usagerId })
    expect(opened.status).toBe(201)
    const fileId = opened.body.id as string
    expect(
      (await apiCall(agent, 'POST', `/api/domiciliations/${fileId}/requests`, { kind: 'PREMIERE' })).status,
    ).toBe(201)
    await agentContext.close()

    // Two months and three days later, the deadline has passed: the list says so, in words.
    platform.server.clock.set(new Date(`${addDays(addMonths(today, 2), 3)}T10:00:00+01:00`))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'travailleur_social')
    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await menu.getByRole('link', { name: 'Domiciliation', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Domiciliation' }).waitFor()
    await expect(page.getByRole('link', { name: 'Nouvelle domiciliation' }).count()).resolves.toBe(0)
    await page.getByRole('tab', { name: /^En attente de décision \d+ dont \d+ en retard$/ }).waitFor()
    const row = page.getByRole('row', { name: /François DE LA TOUR/ })
    await row
      .getByText(`Délai de 2 mois dépassé : la réponse était due le ${day(decisionDeadline(today))}`)
      .waitFor()
    await checkPage(page, 'domiciliation-suivi-retard')

    // The file reads, but offers none of the steps to a social worker.
    await row.getByRole('link', { name: /François DE LA TOUR/ }).click()
    await page.getByRole('heading', { level: 1, name: /^Domiciliation n° \d+ – / }).waitFor()
    const pending = section(page, 'Demande en cours')
    await pending.getByText('Réception pas encore accusée.').waitFor()
    await pending.getByText('L’entretien n’a pas encore eu lieu.').waitFor()
    await pending.getByText('La décision revient à la direction.').waitFor()
    await expect(page.locator('main form').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: /^Radier/ }).count()).resolves.toBe(0)
    await section(page, 'Documents')
      .getByRole('link', { name: /^Demande d’élection de domicile/ })
      .waitFor()

    // The settings are the direction's.
    await expect(menu.getByRole('link', { name: 'Réglages de la domiciliation' }).count()).resolves.toBe(0)
    await page.goto('/administration/domiciliation')
    await page.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor()
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
