import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, onTestFailed, test } from 'vitest'
import { addDays } from '../src/shared/dates'
import { apiCall } from './support/api'
import { desktop, newContext, phone, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, expectNoHorizontalScroll } from './support/checks'
import { mails, signIn, type DevMail } from './support/journeys'
import { useJourneyPlatform } from './support/platform'

const platform = useJourneyPlatform()
const require = createRequire(import.meta.url)

const domain = () => platform.server.demo.accounts.direction.split('@')[1]!
/** The demo candidate (a candidate-type account: no second factor). */
const candidateEmail = () => `lea.martin.candidate@${domain()}`
/** The recruiter of the demonstration's hospital in Bourg-en-Bresse, which offers an immersion in geriatrics. */
const hostEmail = () => `recrutement@ch-bourg.${domain()}`
const hostName = 'Centre hospitalier de Bourg-en-Bresse'

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
    await page.screenshot({ path: `/tmp/immersions-${name}-${lang}-bureau.png`, fullPage: true })
    await page.setViewportSize(phone)
    await expectNoHorizontalScroll(page, `${name} (${lang}, 320 px)`)
    await expectNoAxeViolations(page, `${name} (${lang}, 320 px)`)
    await page.screenshot({ path: `/tmp/immersions-${name}-${lang}-mobile.png`, fullPage: true })
    await page.setViewportSize(desktop)
  }
  await portalLanguage(page, 'fr')
}

async function mailTo(to: string, subject: RegExp): Promise<DevMail> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const found = (await mails(platform.server.url)).find((m) => m.to === to && subject.test(m.subject))
    if (found) return found
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`aucun e-mail « ${String(subject)} » pour ${to}`)
}

async function portalSignIn(page: Page, email: string, back: string) {
  await page.goto(`/metiers/compte/connexion?retour=${encodeURIComponent(back)}`)
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel(/^Mot de passe/).fill(platform.server.demo.password)
  await page.getByRole('button', { name: 'Me connecter' }).click()
}

/** Draws each page of a PDF with pdf.js in the browser, as a reader would show it, into PNG files. */
async function renderPdf(browser: Browser, bytes: Buffer, name: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1300 } })
  await page.setContent(
    '<!doctype html><html lang="fr"><body style="margin:0"><canvas id="c"></canvas></body></html>',
  )
  const pdfjs = readFileSync(join(dirname(require.resolve('unpdf')), 'pdfjs.mjs'), 'utf8')
  await page.addScriptTag({ type: 'module', content: `${pdfjs}\n;window.__pdfjs = { getDocument };` })
  await page.waitForFunction(() => 'pdfjs' in window || '__pdfjs' in window)
  let count = 1
  for (let n = 1; n <= count; n++) {
    count = await page.evaluate(
      async ({ b64, n }) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
        const { getDocument } = (window as unknown as { __pdfjs: { getDocument: any } }).__pdfjs
        const pdf = await getDocument({ data, isEvalSupported: false }).promise
        const sheet = await pdf.getPage(n)
        const viewport = sheet.getViewport({ scale: 1.4 })
        const canvas = document.getElementById('c') as HTMLCanvasElement
        canvas.width = viewport.width
        canvas.height = viewport.height
        await sheet.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise
        return pdf.numPages as number
      },
      { b64: bytes.toString('base64'), n },
    )
    await page.locator('#c').screenshot({ path: `/tmp/immersions-${name}-page${n}.png` })
  }
  await page.close()
  return count
}

describe('immersions', () => {
  test('an immersion is requested, accepted and its convention PDF generated', async () => {
    onTestFailed(() => screenshotOpenPages('metiers-immersions'))

    // —— Léa looks for an immersion as a care assistant and asks the hospital for one ——
    const candidateContext = await newContext(platform.browser, platform.server.url)
    const candidate = await candidateContext.newPage()
    const candidateErrors = watchErrors(candidate)
    await portalSignIn(candidate, candidateEmail(), '/metiers/immersions')
    await candidate.getByRole('heading', { level: 1, name: /^Immersions : découvrir un métier/ }).waitFor()
    const open = await apiCall(candidate, 'GET', '/api/metiers/immersions')
    const offer = (
      open.body.items as { id: string; employerName: string; job: { slug: string; title: string } }[]
    ).find((i) => i.employerName === hostName)!
    expect(offer, 'l’immersion du centre hospitalier').toBeDefined()

    await candidate.getByLabel('Métier', { exact: true }).selectOption(offer.job.slug)
    await candidate.getByLabel('Près de').fill('Besançon')
    await candidate.getByRole('button', { name: 'Chercher', exact: true }).click()
    await candidate.getByRole('heading', { level: 2, name: /à 30 km au plus de Besançon/ }).waitFor()
    await candidate.getByText(/EHPAD Les Tilleuls .* à \d/).waitFor()
    await checkPortalPage(candidate, 'liste')

    await candidate.getByLabel('Près de').fill('')
    await candidate.getByRole('button', { name: 'Chercher', exact: true }).click()
    await candidate.getByRole('link', { name: 'Immersion en service de gériatrie' }).click()
    await candidate.getByRole('heading', { level: 1, name: 'Immersion en service de gériatrie' }).waitFor()
    const details = await apiCall(candidate, 'GET', `/api/metiers/immersions/${offer.id}`)
    const start = addDays(details.body.firstDay as string, 7)
    const end = addDays(start, 2)

    const form = candidate.getByRole('form', { name: 'Demander cette immersion' })
    await form.getByLabel('Premier jour').fill(start)
    await form.getByLabel('Dernier jour').fill(end)
    await form.getByLabel('Pourquoi cette immersion ?').selectOption('confirmer_projet')
    await form
      .getByLabel('Quelques mots pour la structure')
      .fill('J’entre en formation d’aide-soignante à la rentrée.')
    // Without consent, the server names the field and the focus goes to it.
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click()
    await form
      .getByText(/Acceptez la transmission de votre demande/)
      .first()
      .waitFor()
    await expect
      .poll(() => candidate.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('consent')
    await checkPortalPage(candidate, 'demande-erreur')
    await form.getByRole('checkbox', { name: /J’accepte que ma demande/ }).check()
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click()
    await candidate.getByText('Demande envoyée : la structure vous répondra par e-mail.').waitFor()
    await checkPortalPage(candidate, 'demande-envoyee')

    const toHost = await mailTo(hostEmail(), /Nouvelle demande d’immersion/)
    expect(toHost.text).not.toMatch(/Léa|Martin/)
    const requestPath = /\/recrutement\/immersions\/demandes\/[0-9a-f-]+/.exec(toHost.text)![0]
    await mailTo(candidateEmail(), /Demande d’immersion envoyée/)

    // —— The hospital's recruiter reads the request, accepts it, completes the convention ——
    const hostContext = await newContext(platform.browser, platform.server.url)
    const host = await hostContext.newPage()
    const hostErrors = watchErrors(host)
    await signIn(host, hostEmail(), platform.server.demo.password, () =>
      platform.server.totpCodeFor(hostEmail()),
    )
    await host
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Immersions', exact: true })
      .click()
    await host.getByRole('heading', { level: 1, name: 'Immersions de découverte' }).waitFor()
    await host.getByRole('link', { name: 'Léa Martin' }).first().waitFor()
    await checkPage(host, 'immersions-accueil-employeur')
    await host.getByRole('link', { name: 'Proposer une immersion' }).click()
    await host.getByRole('heading', { level: 1, name: 'Proposer une immersion' }).waitFor()
    // An offer without its fields is refused field by field, in French.
    await host.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await host
      .getByText(/Choisissez le métier découvert/)
      .first()
      .waitFor()
    await checkPage(host, 'immersions-nouvelle-offre')

    await host.goto(requestPath)
    await host.getByRole('heading', { level: 1, name: 'Léa Martin' }).waitFor()
    await host.getByRole('button', { name: 'Accepter', exact: true }).click()
    await host.getByText('Demande acceptée : la personne est prévenue').waitFor()
    const missing = host.getByText('Il manque encore :')
    await missing.waitFor()
    await host
      .getByText('SIRET de la structure d’accueil : à remplir avant d’éditer la convention.')
      .waitFor()
    await checkPage(host, 'immersions-demande-acceptee')
    await mailTo(candidateEmail(), /Immersion acceptée/)

    const convention = host.getByRole('form', { name: 'Convention' })
    await convention.getByLabel('Date de naissance').fill('1998-04-17')
    await convention.getByLabel('Adresse', { exact: true }).fill('5 rue Battant, 25000 Besançon')
    await convention.getByLabel('SIRET').fill('775 501 234 00014')
    await convention
      .getByLabel('Signataire (nom et fonction)')
      .fill('Hélène Garnier, directrice des ressources humaines')
    await convention.getByRole('button', { name: /Type de structure/ }).click()
    await host.getByRole('option', { name: 'Mission locale' }).click()
    await convention.getByLabel('Nom de la structure').nth(1).fill('Mission locale Bresse Dombes')
    await convention.getByLabel('Conseiller ou conseillère').fill('Élodie Prévôt')
    await convention
      .getByLabel('Compétences observées')
      .fill('Relation avec la personne âgée ; hygiène ; transmissions.')
    await convention
      .getByLabel('Prévention des risques')
      .fill('Gestes et postures le premier jour ; jamais seule pour un transfert.')
    await convention
      .getByLabel('Assurance responsabilité civile (assureur et contrat)')
      .fill('SHAM, contrat n° 145 778')
    await convention.getByRole('button', { name: 'Enregistrer la convention' }).click()
    await host.getByText('La convention est complète.').waitFor()
    await checkPage(host, 'immersions-convention-complete')

    const [download] = await Promise.all([
      host.waitForEvent('download'),
      host.getByRole('link', { name: 'Télécharger la convention (PDF)' }).click(),
    ])
    const bytes = readFileSync(await download.path())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
    for (const expected of [
      'Convention de mise en situation en milieu professionnel',
      'Léa Martin',
      '17/04/1998',
      hostName,
      '775 501 234 00014',
      'Hélène Garnier, directrice des ressources humaines',
      'Julien Morel, Cadre de santé',
      'Mission locale Bresse Dombes',
      'Élodie Prévôt',
      '[X] Confirmer un projet professionnel',
      'Gestes et postures',
      'SHAM, contrat n° 145 778',
      'Fait à Bourg-en-Bresse',
    ])
      expect(text).toContain(expected)
    expect(await renderPdf(platform.browser, bytes, 'convention')).toBeGreaterThanOrEqual(1)

    // —— Léa sees the acceptance in her space and downloads the same convention ——
    await candidate.goto('/metiers/compte/immersions')
    await candidate.getByRole('heading', { level: 1, name: 'Mes immersions' }).waitFor()
    const mine = candidate.getByRole('listitem').filter({ hasText: 'Immersion en service de gériatrie' })
    await mine.getByText('Acceptée', { exact: true }).waitFor()
    await mine.getByRole('link', { name: 'Télécharger ma convention (PDF)' }).waitFor()
    await checkPortalPage(candidate, 'mes-immersions')
    const [hers] = await Promise.all([
      candidate.waitForEvent('download'),
      mine.getByRole('link', { name: 'Télécharger ma convention (PDF)' }).click(),
    ])
    expect(readFileSync(await hers.path()).equals(bytes)).toBe(true)

    expect(candidateErrors).toEqual([])
    expect(hostErrors).toEqual([])
    await candidateContext.close()
    await hostContext.close()
  }, 300_000)
})
