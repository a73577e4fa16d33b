import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, onTestFailed, onTestFinished, test } from 'vitest'
import { addDays, parisDate } from '../src/shared/dates'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, screenshot, switchLanguage } from './support/checks'
import { signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'
import { apiCall } from './support/api'

const platform = useJourneyPlatform()

async function signInAs(page: Page, role: keyof typeof platform.server.demo.accounts) {
  const email = platform.server.demo.accounts[role]
  await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))
}

const section = (scope: Page | Locator, heading: string | RegExp) => {
  const page = 'page' in scope ? scope.page() : scope
  return scope.locator('section', {
    has: page.getByRole('heading', { name: heading, exact: typeof heading === 'string' }),
  })
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

/** Ticks a box or a radio by clicking its label, as a person would (the input is visually hidden). */
async function tick(scope: Locator, role: 'checkbox' | 'radio', name: RegExp) {
  await scope
    .locator('label')
    .filter({ has: scope.page().getByRole(role, { name }) })
    .click()
  expect(await scope.getByRole(role, { name }).isChecked()).toBe(true)
}

/** Ticks every box whose name matches (items that read the same: letters without a sender). */
async function tickEach(scope: Locator, name: RegExp, expected: number) {
  const labels = scope.locator('label').filter({ has: scope.page().getByRole('checkbox', { name }) })
  await expect(labels.count()).resolves.toBe(expected)
  for (let i = 0; i < expected; i++) await labels.nth(i).click()
  const boxes = scope.getByRole('checkbox', { name })
  for (let i = 0; i < expected; i++) expect(await boxes.nth(i).isChecked()).toBe(true)
}

/** A key figure of the report ("Attestations délivrées" → 1). */
async function figure(page: Page, label: string): Promise<string> {
  const text = await page
    .locator('.desk-figure', { has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .textContent()
  return (text ?? '').replace(/\s/g, '')
}

/** The waiting mail in Arabic, in its plural form for this count. */
function arabicWaiting(n: number): string {
  const forms: Record<string, string> = {
    one: 'رسالة واحدة تنتظرك في الاستقبال.',
    two: 'رسالتان تنتظرانك في الاستقبال.',
    few: `${n} رسائل تنتظرك في الاستقبال.`,
  }
  return forms[new Intl.PluralRules('ar').select(n)] ?? `${n} رسالة تنتظرك في الاستقبال.`
}

interface Domiciled {
  id: string
  fileNumber: number
  usagerId: string
}

let domiciled: Promise<Domiciled> | null = null

/**
 * Mohamed Ben Saïd, a demo person without a stable address, domiciled: the demo's file when it has
 * one, else one opened by the direction through the API (first request, interview, acceptance; the
 * file pages have their own journey). The personal space is opened. Done once for this file.
 */
function domicileDemoPerson(): Promise<Domiciled> {
  domiciled ??= (async () => {
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    await signInAs(page, 'direction')
    const settings = await apiCall(page, 'PUT', '/api/domiciliation/mail-settings', { portalEnabled: true })
    expect(settings.status, JSON.stringify(settings.body)).toBe(200)
    const desk = await apiCall(page, 'GET', `/api/domiciliation/desk?q=${encodeURIComponent('Ben Saïd')}`)
    const demo = (desk.body.files as (Domiciled & { personLabel: string; active: boolean })[]).find(
      (f) => /BEN SA[IÏ]D/i.test(f.personLabel) && f.active,
    )
    if (demo) {
      await context.close()
      return { id: demo.id, fileNumber: demo.fileNumber, usagerId: demo.usagerId }
    }
    const found = await apiCall(page, 'GET', `/api/usagers?q=${encodeURIComponent('Ben Saïd')}`)
    const usager = (found.body as { id: string; lastName: string | null }[]).find(
      (u) => u.lastName === 'Ben Saïd',
    )
    expect(usager, 'Mohamed Ben Saïd dans la démonstration').toBeDefined()
    const opened = await apiCall(page, 'POST', '/api/domiciliations', { usagerId: usager!.id })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    const filed = await apiCall(page, 'POST', `/api/domiciliations/${opened.body.id}/requests`, {
      kind: 'PREMIERE',
    })
    expect(filed.status, JSON.stringify(filed.body)).toBe(201)
    const requestId = filed.body.requests[0].id as string
    const interview = await apiCall(page, 'PUT', `/api/domiciliation-requests/${requestId}/interview`, {
      linkWithCommune: 'RESIDENTIEL',
    })
    expect(interview.status, JSON.stringify(interview.body)).toBe(200)
    const decided = await apiCall(page, 'POST', `/api/domiciliation-requests/${requestId}/decision`, {
      decision: 'accepte',
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(201)
    expect(decided.body.status).toBe('valide')
    await context.close()
    return {
      id: opened.body.id as string,
      fileNumber: opened.body.fileNumber as number,
      usagerId: usager!.id,
    }
  })()
  return domiciled
}

/** The file as the desk sees it (last contact, waiting items), read with the page's session. */
async function deskFile(page: Page, id: string) {
  const { status, body } = await apiCall(page, 'GET', `/api/domiciliations/${id}/mail`)
  expect(status).toBe(200)
  return body as { file: { lastContactAt: string | null; waitingCount: number }; items: unknown[] }
}

describe('domiciliation desk: mail, proxies, the person’s space, the annual report, import', () => {
  test('three letters registered in one batch by keyboard, two handed over: the last contact moves then and only then; an expired proxy is refused', async () => {
    onTestFailed(() => screenshotOpenPages('echec-courrier'))
    onTestFinished(() => platform.server.clock.reset())
    const person = await domicileDemoPerson()
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'agent_domiciliation')
    const before = (await deskFile(page, person.id)).file
    const waitingBefore = before.waitingCount

    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await menu.getByRole('link', { name: 'Courrier des domiciliés' }).click()
    await page.getByRole('heading', { level: 1, name: 'Courrier des personnes domiciliées' }).waitFor()
    await checkPage(page, 'courrier-accueil')

    // The morning's post, with the keyboard only: number + Entrée, name + Entrée, sender then number.
    const arrivals = section(page, 'Arrivée du courrier')
    const forWhom = arrivals.getByRole('combobox', { name: 'Pour qui ? Nom ou numéro de dossier' })
    await forWhom.focus()
    await page.keyboard.type(String(person.fileNumber))
    await page.keyboard.press('Enter')
    await arrivals.getByRole('list', { name: '1 pli à enregistrer' }).waitFor()
    await expect(forWhom.inputValue()).resolves.toBe('')
    await expect(forWhom.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await page.keyboard.type('ben said')
    await page.keyboard.press('Enter')
    await arrivals.getByRole('list', { name: '2 plis à enregistrer' }).waitFor()
    await page.keyboard.press('Shift+Tab')
    await expect(
      arrivals.getByLabel('Expéditeur (facultatif)').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await page.keyboard.type('CAF du Doubs')
    await page.keyboard.press('Enter')
    await expect(forWhom.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await page.keyboard.type(String(person.fileNumber))
    await page.keyboard.press('Enter')
    const lines = arrivals.getByRole('list', { name: '3 plis à enregistrer' })
    await lines.waitFor()
    await expect(lines.getByRole('listitem').count()).resolves.toBe(3)
    await expect(lines.getByText(/BEN SA[IÏ]D/i).count()).resolves.toBe(3)
    await lines.getByRole('listitem').nth(2).getByText('CAF du Doubs').waitFor()
    await expect(lines.getByText('Expéditeur non précisé').count()).resolves.toBe(2)
    await screenshot(page, 'courrier-lot-fr-bureau')
    await arrivals.getByRole('button', { name: 'Enregistrer les 3 plis' }).press('Enter')
    await arrivals.getByText('3 plis enregistrés.').waitFor()

    // The arrival of mail is not a contact.
    let file = await deskFile(page, person.id)
    expect(file.file.waitingCount).toBe(waitingBefore + 3)
    expect(file.file.lastContactAt).toBe(before.lastContactAt)

    // The person comes to the desk: found by name, Entrée opens the mail.
    const desk = section(page, 'Remettre le courrier, noter un passage')
    const present = desk.getByRole('combobox', {
      name: 'Personne qui se présente : nom ou numéro de dossier',
    })
    await present.fill('Ben Saïd')
    // (The list of people is open: the rest of the page is hidden from assistive technologies.)
    await page.keyboard.press('Enter')
    const waiting = section(desk, `Courrier en attente (${waitingBefore + 3})`)
    await waiting.waitFor()
    const lastContact = desk
      .locator('dt', { hasText: 'Dernier contact' })
      .locator('xpath=following-sibling::dd[1]')
    const shownBefore = await lastContact.textContent()
    // The two letters without a sender (the three arrived in the same minute).
    await tickEach(waiting, /^Pli \d+ : Courrier · arrivé le /, 2)
    await expect(waiting.getByRole('radio', { name: 'La personne elle-même' }).isChecked()).resolves.toBe(
      true,
    )
    await waiting.getByRole('button', { name: 'Remettre les 2 plis cochés' }).click()
    await desk.getByText(/^2 plis remis à la personne\. Dernier contact : .+\.$/).waitFor()
    await section(desk, `Courrier en attente (${waitingBefore + 1})`).waitFor()
    await expect(lastContact.textContent()).resolves.not.toBe(shownBefore)

    // Then, and only then, the last contact moved: to now.
    file = await deskFile(page, person.id)
    expect(file.file.waitingCount).toBe(waitingBefore + 1)
    expect(file.file.lastContactAt).not.toBe(before.lastContactAt)
    const handedAt = new Date(file.file.lastContactAt!).getTime()
    expect(Math.abs(Date.now() - handedAt)).toBeLessThan(5 * 60_000)
    const contacts = section(desk, 'Registre des contacts')
    await contacts.getByRole('cell', { name: 'Remise de courrier' }).first().waitFor()
    await checkPage(page, 'courrier-remise')

    // A proxy whose last day is today; two days later (server clock), it may no longer collect.
    const today = parisDate(new Date())
    const proxies = section(desk, 'Procurations')
    await proxies.getByLabel('Prénom').fill('Jeanne')
    await proxies.getByLabel('Nom', { exact: true }).fill('Durand')
    await proxies.getByLabel('Valable à partir du').fill(addDays(today, -30))
    await proxies.getByLabel('Jusqu’au').fill(today)
    await proxies.getByRole('button', { name: 'Enregistrer la procuration' }).click()
    await proxies.getByText(/^Procuration donnée à .Jeanne DURAND.\.$/).waitFor()
    const rest = section(desk, `Courrier en attente (${waitingBefore + 1})`)
    await tick(rest, 'checkbox', /^Pli \d+ : Courrier · de .CAF du Doubs. · arrivé le/)
    await tick(rest, 'radio', /Jeanne DURAND., par procuration \(Peut retirer le courrier jusqu’au/)
    platform.server.clock.set(new Date(Date.now() + 2 * 86_400_000))
    await rest.getByRole('button', { name: 'Remettre le pli coché' }).click()
    const refusal = rest.locator('.field__error', {
      hasText: /La procuration de Jeanne Durand a pris fin le /i,
    })
    await refusal.waitFor()
    await rest
      .getByRole('alert')
      .getByText(/a pris fin le .+ : elle ne permet plus de retirer le courrier\./)
      .waitFor()
    // Read again, the proxy says why it can no longer be chosen.
    await rest
      .getByText(/Procuration terminée le .+ : ne peut plus retirer le courrier/)
      .first()
      .waitFor()
    await expectNoAxeViolations(page, 'procuration expirée refusée (fr)')
    await screenshot(page, 'courrier-procuration-expiree-fr-bureau')
    platform.server.clock.reset()
    file = await deskFile(page, person.id)
    expect(file.file.waitingCount).toBe(waitingBefore + 1)
    expect(new Date(file.file.lastContactAt!).getTime()).toBe(handedAt)

    // A call is a contact too; what the agent typed is shown as text.
    const note = section(desk, 'Noter un passage ou un appel')
    await note
      .locator('label')
      .filter({ has: page.getByRole('radio', { name: 'Appel', exact: true }) })
      .click()
    const typed = 'Rappelle <b>jeudi</b> pour son colis'
    await note.getByLabel('Note (facultatif)').fill(typed)
    await note.getByRole('button', { name: 'Noter le contact' }).click()
    await note.getByText(/^Appel noté le .+ : c’est le nouveau dernier contact\.$/).waitFor()
    await contacts.getByRole('cell', { name: typed, exact: true }).waitFor()
    await expect(contacts.locator('b').count()).resolves.toBe(0)
    file = await deskFile(page, person.id)
    expect(new Date(file.file.lastContactAt!).getTime()).toBeGreaterThan(handedAt)

    // The CAF letter goes back to its sender: the file is marked NPAI, then the mark is lifted.
    const caf = rest.getByRole('checkbox', { name: /Courrier · de .CAF du Doubs./ })
    if (!(await caf.isChecked())) await tick(rest, 'checkbox', /Courrier · de .CAF du Doubs./)
    await rest.locator('summary', { hasText: 'Renvoyer des plis à l’expéditeur' }).click()
    await choose(rest, 'Motif du retour', 'N’habite pas à l’adresse indiquée (NPAI)')
    await rest.getByRole('button', { name: 'Renvoyer le pli coché' }).click()
    await desk.getByText('1 pli renvoyé à l’expéditeur.').waitFor()
    const npai = desk.locator('dt', { hasText: 'NPAI' }).locator('xpath=following-sibling::dd[1]')
    await npai.getByText(/^N’habite pas à l’adresse indiquée, depuis le /).waitFor()
    await screenshot(page, 'courrier-npai-fr-bureau')
    await npai.getByRole('button', { name: 'Lever la marque NPAI' }).click()
    const dialog = page.getByRole('dialog', { name: 'Lever la marque NPAI ?' })
    await dialog.getByRole('button', { name: 'Lever la marque NPAI' }).click()
    await dialog.waitFor({ state: 'detached' })
    // The dialog closes before the file is reloaded: wait for the mark to go rather than count at once.
    await desk.locator('dt', { hasText: 'NPAI' }).waitFor({ state: 'detached' })
    file = await deskFile(page, person.id)
    expect(file.file.waitingCount).toBe(waitingBefore)

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  test('the person’s space: a code given at the desk, the sign-in on the public page, the waiting letter, in easy French and in Arabic', async () => {
    onTestFailed(() => screenshotOpenPages('echec-espace'))
    const person = await domicileDemoPerson()
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'agent_domiciliation')
    // A letter waits for the person, whatever the journey before did.
    const registered = await apiCall(page, 'POST', '/api/domiciliation/mail', {
      items: [{ fileNumber: person.fileNumber, kind: 'courrier', sender: 'CPAM du Doubs' }],
    })
    expect(registered.status, JSON.stringify(registered.body)).toBe(201)
    const waitingCount = (await deskFile(page, person.id)).file.waitingCount
    expect(waitingCount).toBeGreaterThan(0)

    await page.goto(`/domiciliation/${person.id}/courrier`)
    await page.getByRole('heading', { level: 1, name: /^Courrier de .Mohamed BEN SA[IÏ]D.$/i }).waitFor()
    await checkPage(page, 'courrier-dossier')
    const space = section(page, 'Espace personnel de la personne')
    await space.getByRole('button', { name: 'Donner un code d’accès' }).click()
    const slip = space.locator('.desk-slip')
    await slip.waitFor()
    const code = await slip.locator('.desk-slip__code').getAttribute('data-code')
    expect(code).toMatch(/^\S{6,}$/)
    await slip.getByText(String(person.fileNumber), { exact: true }).waitFor()
    await screenshot(page, 'courrier-code-fr-bureau')

    // The person, on the public page, without an account.
    const visitor = await newContext(platform.browser, platform.server.url)
    const portal = await visitor.newPage()
    const portalErrors = watchErrors(portal)
    await portal.goto(`/espace-domiciliation/${platform.server.demo.organisationId}`)
    await portal.getByRole('heading', { level: 1, name: 'Mon espace domiciliation' }).waitFor()
    await checkPage(portal, 'espace-connexion')

    // A wrong code is refused with a plain message.
    await portal.getByLabel('Numéro de dossier').fill(String(person.fileNumber))
    await portal.getByLabel('Code', { exact: true }).fill('FAUX-CODE')
    await portal.getByRole('button', { name: 'Se connecter' }).click()
    await portal
      .getByRole('alert')
      .getByText(/Numéro de dossier ou code incorrect/)
      .waitFor()

    await portal.getByLabel('Code', { exact: true }).fill(code!)
    await portal.getByRole('button', { name: 'Se connecter' }).click()
    await portal.getByRole('heading', { level: 1, name: /^Mon espace domiciliation – / }).waitFor()
    const mail =
      waitingCount === 1
        ? 'Un courrier vous attend à l’accueil.'
        : `${waitingCount} courriers vous attendent à l’accueil.`
    await portal.getByText(mail, { exact: true }).waitFor()
    await expect(portal.getByText(/^Lettre arrivée le /).count()).resolves.toBeGreaterThan(0)
    await portal.getByText(/^Votre domiciliation est valable jusqu’au /).waitFor()
    // The sign-in is itself a contact.
    await portal.getByText(/^Votre dernier passage ou appel : .+\.$/).waitFor()
    await checkPage(portal, 'espace')

    // Facile à lire: short sentences, one per line, a pictogram beside each block.
    await portal.getByRole('button', { name: 'Facile à lire' }).click()
    await expect(
      portal.getByRole('button', { name: 'Facile à lire' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true')
    await portal
      .getByText(waitingCount === 1 ? 'Vous avez 1 courrier.' : `Vous avez ${waitingCount} courriers.`)
      .waitFor()
    await portal.getByText('Venez ou appelez').waitFor()
    await expect(portal.locator('.portal-picto').count()).resolves.toBe(3)
    await checkPage(portal, 'espace-facile')

    // In Arabic, the easy version stays in French and says so; without it, the page is in Arabic.
    await switchLanguage(portal, 'ar')
    await portal.locator('.portal[lang="fr"][dir="ltr"]').getByText('Venez ou appelez').waitFor()
    await portal.getByRole('button', { name: 'نص سهل القراءة (بالفرنسية)' }).click()
    await portal.getByText(arabicWaiting(waitingCount), { exact: true }).first().waitFor()
    await portal.getByText('احضر أو اتصل مرة واحدة على الأقل كل 3 أشهر: وإلا فقد ينتهي توطينك.').waitFor()
    await expectNoAxeViolations(portal, 'espace personnel (ar)')
    await screenshot(portal, 'espace-arabe-bureau')
    await switchLanguage(portal, 'fr')

    // The record of contacts at the desk shows the sign-in.
    await page.reload()
    await section(page, 'Registre des contacts')
      .getByRole('cell', { name: 'Connexion à l’espace personnel' })
      .first()
      .waitFor()

    expect(errors).toEqual([])
    expect(portalErrors).toEqual([])
    await visitor.close()
    await context.close()
  }, 300_000)

  test('the annual report shows the year’s figures, saves the declarative answers and downloads the PDF', async () => {
    onTestFailed(() => screenshotOpenPages('echec-rapport'))
    await domicileDemoPerson()
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'direction')
    const year = Number(parisDate(new Date()).slice(0, 4))

    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await menu.getByRole('link', { name: 'Rapport annuel domiciliation' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Rapport annuel d’activité de domiciliation' })
      .waitFor()
    // The previous year by default (the report is due for the year just ended); this year chosen.
    await page.getByRole('heading', { name: `Décisions prises en ${year - 1}` }).waitFor()
    await choose(page, 'Année', String(year))
    await page.getByRole('heading', { name: `Décisions prises en ${year}` }).waitFor()

    // The screen shows the server's figures for the year, which count this journey's acceptance.
    const { body: report } = await apiCall(page, 'GET', `/api/domiciliation-report?year=${year}`)
    expect(report.decisions.attestations).toBeGreaterThanOrEqual(1)
    await expect(figure(page, 'Attestations délivrées')).resolves.toBe(String(report.decisions.attestations))
    await expect(figure(page, 'Domiciliations en cours')).resolves.toBe(String(report.stock.domiciliations))
    const courrier = report.activity.mail.find((m: { kind: string }) => m.kind === 'courrier')
    const mailTable = page.getByRole('table', { name: `Courrier en ${year}, par type de pli` })
    const row = mailTable.getByRole('row', { name: /^Courrier / })
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([
      String(courrier.received),
      String(courrier.handedOver),
      String(courrier.forwarded),
      String(courrier.returned),
    ])
    // The charts are images whose text gives every figure.
    const chart = page.getByRole('img', { name: new RegExp(`^Décisions prises en ${year}`) })
    await expect(chart.locator('desc').textContent()).resolves.toContain(
      `Premières domiciliations : ${report.decisions.firstAttestations} ; Renouvellements : ${report.decisions.renewals}`,
    )
    await checkPage(page, 'rapport-annuel')

    // The declarative questions: what the software cannot count.
    const questions = section(page, 'Questions déclaratives')
    await questions
      .locator('label')
      .filter({ has: page.getByRole('radio', { name: 'Non', exact: true }) })
      .click()
    await choose(questions, 'Délai moyen d’attente avant le premier entretien', 'De 7 à 15 jours')
    await questions.getByLabel('Personnel affecté à la domiciliation (équivalents temps plein)').fill('1,5')
    await questions.getByLabel('Nombre de bénévoles participant à la domiciliation').fill('trois')
    await questions.getByRole('button', { name: 'Enregistrer les réponses' }).click()
    await field(questions, 'Nombre de bénévoles').getByText('Tapez un nombre, par exemple 1,5.').waitFor()
    await questions.getByLabel('Nombre de bénévoles participant à la domiciliation').fill('3')
    await questions.getByRole('button', { name: 'Enregistrer les réponses' }).click()
    await questions.getByText(`Réponses de ${year} enregistrées.`).waitFor()
    const { body: answers } = await apiCall(page, 'GET', `/api/domiciliation-report/answers?year=${year}`)
    expect(answers).toMatchObject({
      waitingList: false,
      averageWaitingTime: '7_15_JOURS',
      staffFte: 1.5,
      volunteers: 3,
    })

    // The PDF for the préfet.
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: `Télécharger le PDF ${year}` }).click()
    const pdf = await download
    expect(pdf.suggestedFilename()).toBe(`rapport-domiciliation-${year}.pdf`)
    expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-')
    const sheet = page.waitForEvent('download')
    await page.getByRole('link', { name: `Télécharger le tableur ${year} (XLSX)` }).click()
    const xlsx = await sheet
    expect(xlsx.suggestedFilename()).toBe(`rapport-domiciliation-${year}.xlsx`)
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString()).toBe('PK')

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  test('import: a file with three bad lines lists them and imports nothing; fixed, it imports every line; the export downloads', async () => {
    onTestFailed(() => screenshotOpenPages('echec-import'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'direction')
    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await menu.getByRole('link', { name: 'Import et export des domiciliés' }).click()
    await page
      .getByRole('heading', { level: 1, name: 'Import et export des personnes domiciliées' })
      .waitFor()
    await checkPage(page, 'import')

    const header =
      'Numéro de dossier;Sexe;Nom;Prénom;Date de naissance;Statut;Type de domiciliation;Début de validité;Fin de validité;Date de la décision;Motif de refus ou de radiation;Lien avec la commune'
    const good = [
      '9001;F;Importée;Alice;12/03/1980;VALIDE;PREMIERE;01/02/2026;31/01/2027;01/02/2026;;RESIDENTIEL',
      '9002;H;Importé;Bruno;05/07/1975;VALIDE;RENOUVELLEMENT;15/01/2026;14/01/2027;15/01/2026;;SOCIAL',
      '9003;F;Importée;Chloé;23/11/1990;RADIE;PREMIERE;01/03/2025;28/02/2026;10/12/2025;A_SA_DEMANDE;RESIDENTIEL',
      '9004;H;Importé;Driss;30/04/1968;VALIDE;PREMIERE;01/04/2026;31/03/2027;01/04/2026;;PROFESSIONNEL',
      '9005;F;Importée;Eva;02/02/2001;VALIDE;PREMIERE;10/02/2026;09/02/2027;10/02/2026;;FAMILIAL',
    ]
    // Lines 3, 5 and 7 of the sheet (the headers are line 1).
    const bad = [
      good[0]!,
      '9006;H;Importé;Fabien;31/02/1980;VALIDE;PREMIERE;01/02/2026;31/01/2027;01/02/2026;;RESIDENTIEL',
      good[1]!,
      '9007;F;Importée;Gaëlle;14/08/1985;RADIE;PREMIERE;01/03/2025;28/02/2026;10/12/2025;PARTI_SANS_LAISSER_D_ADRESSE;RESIDENTIEL',
      good[2]!,
      '9001;H;Importé;Hugo;01/01/1970;VALIDE;PREMIERE;01/02/2026;31/01/2027;01/02/2026;;RESIDENTIEL',
      good[3]!,
      good[4]!,
    ]
    const csv = (rows: string[]) => Buffer.from(`${[header, ...rows].join('\r\n')}\r\n`, 'utf8')
    const importing = section(page, 'Importer')
    const pick = async (name: string, bytes: Buffer) => {
      const chooser = page.waitForEvent('filechooser')
      await importing.getByRole('button', { name: 'Choisir un fichier' }).click()
      await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes })
      await importing.getByText(`Fichier choisi : ${name}`).waitFor()
    }

    await pick('domicilies-erreurs.csv', csv(bad))
    await importing.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await importing.getByText('3 lignes en erreur : rien ne peut être importé.').waitFor()
    const badTable = importing.getByRole('table', { name: '3 lignes en erreur' })
    await expect(badTable.locator('tbody th').allTextContents()).resolves.toEqual([
      'Ligne 3',
      'Ligne 5',
      'Ligne 7',
    ])
    await badTable
      .getByRole('row', { name: /^Ligne 3 / })
      .getByText(/31\/02\/1980/)
      .waitFor()
    await badTable
      .getByRole('row', { name: /^Ligne 5 / })
      .getByText(/PARTI_SANS_LAISSER_D_ADRESSE/)
      .waitFor()
    await badTable
      .getByRole('row', { name: /^Ligne 7 / })
      .getByText(/9001/)
      .waitFor()
    const commit = importing.getByRole('button', { name: /^Tout importer/ })
    await expect(commit.isDisabled()).resolves.toBe(true)
    await checkPage(page, 'import-erreurs')

    await pick('domicilies.csv', csv(good))
    await importing.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await importing.getByText('Aucune erreur : 5 personnes prêtes à être importées.').waitFor()
    await expect(importing.getByRole('table', { name: /lignes en erreur/ }).count()).resolves.toBe(0)
    await importing.getByRole('button', { name: 'Tout importer (5 personnes)' }).click()
    await importing.getByText('5 personnes importées.').waitFor()
    await screenshot(page, 'import-fait-fr-bureau')
    const { body: list } = await apiCall(
      page,
      'GET',
      `/api/domiciliations?q=${encodeURIComponent('Importé')}`,
    )
    expect(list.total).toBe(5)

    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Télécharger l’export (XLSX)' }).click()
    const exported = await download
    expect(exported.suggestedFilename()).toMatch(/\.xlsx$/)
    expect((await readFile(await exported.path())).subarray(0, 2).toString()).toBe('PK')

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
