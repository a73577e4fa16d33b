import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { addMonths, parisDate } from '../src/shared/dates'
import { apiCall } from './support/api'
import { desktop, newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, expectNoHorizontalScroll } from './support/checks'
import { mails, signIn, type DevMail } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()

const domain = () => platform.server.demo.accounts.direction.split('@')[1]!
/** The PMI's agent of the Département de l'Ain who instructs agréments. */
const agentEmail = () => `agrement@ain.${domain()}`
const candidateEmail = 'julie.mercier@exemple.test'
const candidatePassword = 'Marronnier-bleu-de-Bresse-42'

const frenchDay = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  )

async function portalLanguage(page: Page, lang: 'fr' | 'ar') {
  await page.locator(`.pf-languages button[lang="${lang}"]`).click()
  await page
    .locator(`html[lang="${lang}"][dir="${lang === 'ar' ? 'rtl' : 'ltr'}"]`)
    .waitFor({ state: 'attached' })
}

/** axe in French and Arabic, screenshots at desktop size and on a 320 px phone, no horizontal scroll. */
async function checkPortalPage(page: Page, name: string) {
  for (const lang of ['fr', 'ar'] as const) {
    await portalLanguage(page, lang)
    await expectNoAxeViolations(page, `${name} (${lang})`)
    await page.screenshot({ path: `/tmp/agrement-${name}-${lang}-bureau.png`, fullPage: true })
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await expectNoAxeViolations(page, `${name} (${lang}, 320 px)`)
    await page.screenshot({ path: `/tmp/agrement-${name}-${lang}-mobile.png`, fullPage: true })
    await page.setViewportSize(desktop)
  }
  await portalLanguage(page, 'fr')
}

async function mailTo(to: string, subject: RegExp, text = /./): Promise<DevMail> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const found = (await mails(platform.server.url)).find(
      (m) => m.to === to && subject.test(m.subject) && text.test(m.text),
    )
    if (found) return found
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`aucun e-mail « ${String(subject)} » pour ${to}`)
}

/** Picks an option of a react-aria select by the text of its field. */
async function pick(page: Page, field: string, option: string) {
  await page.locator('.field').filter({ hasText: field }).getByRole('button').first().click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe('the agrément of assistants familiaux', () => {
  test('a person registers for an information meeting; the agent records the complete file; the candidate sees the tacit-approval date', async () => {
    onTestFailed(() => screenshotOpenPages('metiers-agrement'))
    const today = parisDate(new Date())
    const dueOn = addMonths(today, 4)

    // —— The public page: the job, the steps, the next meetings, and registration ——
    const visitorContext = await newContext(platform.browser, platform.server.url)
    const visitor = await visitorContext.newPage()
    const visitorErrors = watchErrors(visitor)
    await visitor.goto('/metiers/assistant-familial')
    await visitor.getByRole('heading', { level: 1, name: 'Devenir assistant familial' }).waitFor()
    const meetings = visitor.getByRole('region', { name: 'Prochaines réunions d’information' })
    await meetings.getByText('Département de l’Ain').first().waitFor()
    await checkPortalPage(visitor, 'page-publique')

    await meetings
      .getByRole('button', { name: /^S’inscrire à la réunion du/ })
      .first()
      .click()
    await visitor.getByRole('button', { name: 'Confirmer mon inscription' }).click()
    // Nothing filled: the server names each field, in French.
    await visitor.getByText('L’inscription n’a pas abouti : corrigez les champs signalés.').waitFor()
    await visitor.getByText('Le code postal compte 5 chiffres.').waitFor()
    await visitor.getByLabel('Prénom').fill('Julie')
    await visitor.locator('input[name=lastName]').fill('Mercier')
    await visitor.getByLabel(/Adresse e-mail/).fill(candidateEmail)
    await visitor.getByLabel(/Code postal/).fill('01000')
    await visitor.getByLabel(/Commune/).fill('Bourg-en-Bresse')
    await visitor.getByRole('checkbox', { name: /J’accepte que le Département/ }).check()
    await visitor.getByRole('button', { name: 'Confirmer mon inscription' }).click()
    await visitor.getByText(/C’est noté : vous êtes inscrit\(e\) à la réunion/).waitFor()
    await checkPortalPage(visitor, 'inscription-faite')
    const confirmation = await mailTo(candidateEmail, /réunion d’information/)
    expect(confirmation.text).toContain('Département de l’Ain')
    expect(visitorErrors).toEqual([])
    await visitorContext.close()

    // —— The agent finds the new file in the pipeline and records the deposit, the documents, the complete file ——
    const agentContext = await newContext(platform.browser, platform.server.url)
    const agent = await agentContext.newPage()
    const agentErrors = watchErrors(agent)
    await signIn(agent, agentEmail(), platform.server.demo.password, () =>
      platform.server.totpCodeFor(agentEmail()),
    )
    await agent
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Agréments assistants familiaux' })
      .click()
    await agent.getByRole('heading', { level: 1, name: 'Agréments d’assistants familiaux' }).waitFor()
    const requests = agent.getByRole('region', { name: /^Demande d’information/ })
    await requests.getByRole('link', { name: /Julie Mercier/ }).waitFor()
    // The demo's file near its due date is flagged in its column.
    await agent
      .getByRole('region', { name: /^Commission/ })
      .getByRole('link', { name: /Laurence Dumas/ })
      .waitFor()
    await checkPage(agent, 'agrement-pipeline')

    await requests.getByRole('link', { name: /Julie Mercier/ }).focus()
    await agent.keyboard.press('Enter')
    await agent.getByRole('heading', { level: 1, name: /Julie/ }).waitFor()
    await agent.getByText('Le délai commence à l’accusé de réception du dossier complet.').waitFor()

    await pick(agent, 'Étape', 'Dossier déposé')
    await agent.getByRole('button', { name: 'Enregistrer l’étape' }).click()
    await agent.getByText('Étape enregistrée.').waitFor()
    await agent.getByText('Étape : Dossier déposé').waitFor()

    // Complete without the medical certificate: refused, and said why.
    await pick(agent, 'Étape', 'Dossier complet (accusé de réception)')
    await agent.getByRole('button', { name: 'Enregistrer l’étape' }).click()
    await agent
      .getByRole('alert')
      .getByText(/Pièces manquantes : formulaire Cerfa 13395, pièce d’identité, certificat médical/)
      .waitFor()

    const documents = agent.getByRole('region', { name: 'Pièces du dossier' })
    await documents.getByLabel('Formulaire Cerfa 13395 *').fill(today)
    await documents.getByLabel('Pièce d’identité *').fill(today)
    await documents.getByLabel('Certificat médical *').fill(today)
    await documents.getByRole('button', { name: 'Enregistrer les pièces' }).click()
    await agent.getByText('Pièces enregistrées.').waitFor()

    await pick(agent, 'Étape', 'Dossier complet (accusé de réception)')
    await agent.getByRole('button', { name: 'Enregistrer l’étape' }).click()
    await agent.getByText('Étape : Dossier complet').waitFor()
    const delay = agent.getByRole('region', { name: 'Délai légal de décision' })
    await delay.getByText(`Décision due au plus tard le ${frenchDay(dueOn)}`).waitFor()
    await delay
      .getByText(`Sans décision notifiée au ${frenchDay(dueOn)}, l’agrément est accordé tacitement.`)
      .waitFor()
    await checkPage(agent, 'agrement-dossier')
    const acknowledgement = await mailTo(candidateEmail, /dossier de demande d’agrément est complet/)
    expect(acknowledgement.text).toContain(
      `Sans réponse au ${frenchDay(dueOn)}, votre agrément est accordé tacitement.`,
    )
    // The information meetings, with the person registered.
    await agent.getByRole('link', { name: 'Retour aux demandes' }).click()
    await agent.getByRole('link', { name: 'Réunions d’information' }).click()
    await agent.getByRole('heading', { level: 1, name: 'Réunions d’information' }).waitFor()
    // Open every meeting's list: the one Julie chose is among them.
    const openers = agent.getByRole('button', { name: 'Voir les inscrits' })
    while ((await openers.count()) > 0) await openers.first().click()
    await agent.getByRole('link', { name: /Julie Mercier/ }).waitFor()
    await checkPage(agent, 'agrement-reunions')
    expect(agentErrors).toEqual([])
    await agentContext.close()

    // —— The candidate creates their space with the same address and sees the date ——
    const candidateContext = await newContext(platform.browser, platform.server.url)
    const candidate = await candidateContext.newPage()
    const candidateErrors = watchErrors(candidate)
    await candidate.goto('/api/health')
    const signUp = await apiCall(candidate, 'POST', '/api/metiers/compte/inscription', {
      email: candidateEmail,
      firstName: 'Julie',
      lastName: 'Mercier',
      password: candidatePassword,
    })
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(202)
    const confirm = await mailTo(candidateEmail, /.*/, /\/metiers\/compte\/confirmer\//)
    const link = /\/metiers\/compte\/confirmer\/[A-Za-z0-9_-]+/.exec(confirm.text)![0]
    await candidate.goto(link)
    await candidate.locator('.pf-alert--success').waitFor()
    await candidate.goto('/metiers/compte/agrement')
    await candidate.getByRole('heading', { level: 1, name: 'Ma demande d’agrément' }).waitFor()
    await candidate
      .getByText(`Sans réponse au ${frenchDay(dueOn)}, votre agrément est accordé tacitement.`)
      .waitFor()
    await candidate.getByText(`Décision attendue au plus tard le ${frenchDay(dueOn)}`).waitFor()
    await candidate.getByText('Dossier complet (accusé de réception)').waitFor()
    await checkPortalPage(candidate, 'espace-candidat')
    expect(candidateErrors).toEqual([])
    await candidateContext.close()
  }, 300_000)

  test('the demo candidate near the due date sees how many days are left', async () => {
    onTestFailed(() => screenshotOpenPages('metiers-agrement-demo'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    await page.goto('/metiers/compte/connexion?retour=%2Fmetiers%2Fcompte%2Fagrement')
    await page.getByLabel('Adresse e-mail').fill(`candidat.agrement@${domain()}`)
    await page.locator('input[name=password]').fill(platform.server.demo.password)
    await page.getByRole('button', { name: 'Me connecter' }).click()
    await page.getByRole('heading', { level: 1, name: 'Ma demande d’agrément' }).waitFor()
    await page.getByText(/Sans réponse au .*, votre agrément est accordé tacitement\./).waitFor()
    await page.getByText(/Il reste \d+ jours?\./).waitFor()
    await page.setViewportSize(phone)
    await page.screenshot({ path: '/tmp/agrement-demo-candidat-mobile.png', fullPage: true })
    await context.close()
  })
})
