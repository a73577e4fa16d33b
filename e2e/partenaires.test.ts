import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, onTestFailed, onTestFinished, test } from 'vitest'
import { apiCall } from './support/api'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage } from './support/checks'
import { mails, setChecked, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'
import { downloadPdf } from './support/documents'

const platform = useJourneyPlatform()
const screenshots = fileURLToPath(new URL('./screenshots', import.meta.url))
mkdirSync(screenshots, { recursive: true })

const PARTNER = 'Épicerie solidaire Les Glanes (démonstration)'

/** A transparent 1×1 PNG: what the map shows in place of the IGN's tiles. */
const blankTile = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

/**
 * The map's tiles come from the IGN: journeys never leave the machine. Each tile request is
 * answered here with a blank tile, so the page is seen as it is without the IGN's map.
 */
async function blockTiles(page: Page): Promise<string[]> {
  const asked: string[] = []
  await page.route(/^https:\/\/data\.geopf\.fr\//, (route) => {
    asked.push(route.request().url())
    return route.fulfill({ status: 200, contentType: 'image/png', body: blankTile })
  })
  return asked
}

const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) })

describe('partenaires: from a request to the partner, and back', () => {
  test('an agent orients the person to the partner with what the person agreed to share, prints the sheet in four languages; the partner accepts and marks the person received; the agent sees it on the request', async () => {
    onTestFailed(() => screenshotOpenPages('echec-partenaires'))
    const { demo } = platform.server
    const domain = demo.accounts.agent_accueil.split('@')[1]!
    const partnerEmail = `association@${domain}`

    // ── The reception agent has a request about food aid.
    const agentContext = await newContext(platform.browser, platform.server.url)
    const agent = await agentContext.newPage()
    const agentErrors = watchErrors(agent)
    await blockTiles(agent)
    await signIn(agent, demo.accounts.agent_accueil, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.agent_accueil),
    )
    const created = await apiCall(agent, 'POST', '/api/requests', {
      channel: 'accueil_physique',
      themes: ['aide_alimentaire'],
      contactName: 'Awa Diallo',
      replyTo: '06 12 34 56 78',
      message: 'Plus rien dans le frigo depuis mardi, deux enfants.',
    })
    expect(created.status).toBe(201)
    const request = created.body as { id: string; reference: string }

    await agent.goto(`/demandes/${request.id}`)
    await agent.getByRole('heading', { level: 1, name: `Demande ${request.reference}` }).waitFor()
    const referralsSection = section(agent, 'Orientations vers les partenaires')
    await referralsSection.getByText('Aucune orientation vers un partenaire du réseau.').waitFor()
    await referralsSection.getByRole('link', { name: 'Orienter vers un partenaire' }).click()

    // ── Choose the partner's service among the results of the request's theme.
    await agent
      .getByRole('heading', { level: 1, name: `Orienter vers un partenaire — demande ${request.reference}` })
      .waitFor()
    const result = agent.locator('li', { hasText: PARTNER }).first()
    await result.waitFor()
    await checkPage(agent, 'orientation-choix')
    await result.getByRole('button', { name: /^Choisir ce service/ }).click()

    // ── Nothing is shared by default; the agent ticks what the person agreed to, then the consent.
    const shareGroup = agent.getByRole('group', { name: 'Informations partagées avec le partenaire' })
    for (const field of ['Prénom', 'Nom', 'Téléphone', 'Adresse e-mail', 'Message de la personne'])
      expect(
        await shareGroup.getByRole('checkbox', { name: new RegExp(`^Partager : ${field}`) }).isChecked(),
      ).toBe(false)
    await agent.getByText('Rien n’est partagé : la personne se présentera elle-même avec sa fiche.').waitFor()
    await setChecked(shareGroup, 'Partager : Prénom : Awa', true)
    await setChecked(shareGroup, 'Partager : Téléphone : 06 12 34 56 78', true)
    // Sending without the person's consent is refused next to the consent.
    await agent.getByRole('button', { name: 'Envoyer l’orientation' }).click()
    await agent.getByText('Confirmez que la personne accepte ce partage.').first().waitFor()
    await setChecked(
      agent.locator('.consent'),
      `La personne a été informée et accepte que ces informations soient transmises à \u2068${PARTNER}\u2069.`,
      true,
    )
    await agent.getByLabel('Motif de l’orientation (facultatif)').fill('Vue au guichet ce matin.')
    await checkPage(agent, 'orientation-partage')
    await agent.getByRole('button', { name: 'Envoyer l’orientation' }).click()
    await agent.getByText(`Orientation envoyée à \u2068${PARTNER}\u2069.`).waitFor()
    await agent.getByText('Le partenaire la retrouve dans son espace.').waitFor()

    // ── The sheet for the person, in French, easy-to-read French, English and Arabic.
    const sheets = section(agent, 'Imprimer la fiche pour la personne')
    const texts: Record<string, string> = {}
    for (const [language, label] of [
      ['fr', 'Français'],
      ['falc', 'Facile à lire'],
      ['en', 'English'],
      ['ar', 'العربية'],
    ] as const) {
      texts[language] = await downloadPdf(
        agent,
        sheets.getByRole('link', { name: new RegExp(`^Fiche pour la personne — ${label}`) }),
        `partenaires-fiche-${language}`,
      )
    }
    for (const text of Object.values(texts)) expect(text).toContain('Vesoul')
    expect(texts.fr).toContain('Épicerie solidaire')
    expect(texts.en).toMatch(/Opening hours|Open/i)
    // Arabic letters, extracted from the PDF (the PNG shows whether they are joined, right to left).
    expect(texts.ar).toMatch(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/)
    await checkPage(agent, 'orientation-envoyee')

    // ── The partner signs in and finds the orientation, newest first, with only what was shared.
    const partnerContext = await newContext(platform.browser, platform.server.url)
    const partner = await partnerContext.newPage()
    const partnerErrors = watchErrors(partner)
    await signIn(partner, partnerEmail, demo.password, () => platform.server.totpCodeFor(partnerEmail))
    const menu = partner.getByRole('navigation', { name: 'Menu principal' })
    await expect(menu.getByRole('link', { name: 'Orientations envoyées' }).count()).resolves.toBe(0)
    await menu.getByRole('link', { name: 'Orientations reçues' }).click()
    await partner.getByRole('heading', { level: 1, name: 'Orientations reçues' }).waitFor()
    const rows = partner.getByRole('table', { name: 'Orientations reçues' }).locator('tbody tr')
    await rows.first().waitFor()
    await expect(rows.first().textContent()).resolves.toContain('Envoyée')
    await checkPage(partner, 'orientations-recues')
    await rows.first().getByRole('link').click()
    await partner.getByRole('heading', { level: 1, name: /^Orientation vers / }).waitFor()
    const shared = section(partner, 'Ce que la personne a accepté de partager')
    await shared.getByText('Awa', { exact: true }).waitFor()
    await shared.getByRole('link', { name: '06 12 34 56 78' }).waitFor()
    await expect(shared.getByText('Diallo').count()).resolves.toBe(0)
    await expect(shared.getByText('frigo').count()).resolves.toBe(0)
    await expect(partner.getByText('Vue au guichet ce matin.').count()).resolves.toBe(0)

    await partner.getByRole('button', { name: 'Accepter', exact: true }).click()
    await partner.getByText('Votre réponse est enregistrée : Acceptée.').waitFor()
    await checkPage(partner, 'orientation-recue')
    await partner.getByRole('button', { name: 'La personne est venue' }).click()
    await partner.getByText('Votre réponse est enregistrée : Personne reçue.').waitFor()
    await partner.getByText('Cette orientation est close.').waitFor()

    // ── The agent sees the outcome on the request.
    await agent.goto(`/demandes/${request.id}`)
    const outcome = section(agent, 'Orientations vers les partenaires').locator('li.referral').first()
    await outcome.getByText('Personne reçue').waitFor()
    await outcome.getByText(PARTNER).waitFor()
    await checkPage(agent, 'demande-orientation-suivie')

    expect(agentErrors).toEqual([])
    expect(partnerErrors).toEqual([])
    await agentContext.close()
    await partnerContext.close()
  })
})

/** Picks an option in one of the kit's selects, as a person would with the mouse. */
async function choose(page: Page, label: string, option: string) {
  await page
    .locator('.field')
    .filter({ has: page.locator('.field__label', { hasText: new RegExp(`^${label}`) }) })
    .getByRole('button')
    .first()
    .click()
  await page.getByRole('option', { name: option, exact: true }).click()
  await page.getByRole('listbox').waitFor({ state: 'detached' })
}

/** "2026-12-03T14:00" a few weeks ahead, as a datetime-local field takes it. */
function localInWeeks(weeks: number, hour: number): string {
  const d = new Date(Date.now() + weeks * 7 * 86_400_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`
}

describe('partenaires: the life of the network', () => {
  test('the direction publishes the charter and convenes the food-aid coordination; the partner signs, registers and reads the minutes; the partner also refuses an orientation with its reason', async () => {
    onTestFailed(() => screenshotOpenPages('echec-reseau'))
    onTestFinished(() => platform.server.clock.reset())
    const { demo } = platform.server
    const domain = demo.accounts.agent_accueil.split('@')[1]!
    const partnerEmail = `association@${domain}`
    const title = `Coordination de l’aide alimentaire ${Date.now()}`

    // ── The direction publishes a charter and creates the quarterly meeting.
    const keeperContext = await newContext(platform.browser, platform.server.url)
    const keeper = await keeperContext.newPage()
    const keeperErrors = watchErrors(keeper)
    await signIn(keeper, demo.accounts.direction, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.direction),
    )
    const menu = keeper.getByRole('navigation', { name: 'Menu principal' })
    await menu.getByRole('link', { name: 'Charte du réseau' }).click()
    await keeper.getByRole('heading', { level: 1, name: 'Charte du réseau' }).waitFor()
    const publish = section(keeper, 'Publier une nouvelle version')
    await publish.getByRole('button', { name: 'Publier une nouvelle version' }).click()
    await publish.getByText('Ce champ est obligatoire.').first().waitFor()
    await publish.getByLabel('Titre').fill('Charte du réseau solidaire bisontin')
    await publish
      .getByLabel('Texte de la charte')
      .fill('Nous accueillons chaque personne sans condition.\nNous nous tenons informés des orientations.')
    await publish.getByRole('button', { name: 'Publier une nouvelle version' }).click()
    await keeper.getByText(/^Version \d+ publiée\.$/).waitFor()
    const signatures = section(keeper, 'Signatures')
    await signatures.getByRole('row', { name: new RegExp(PARTNER.replace(/[()]/g, '.')) }).waitFor()
    await checkPage(keeper, 'reseau-charte')

    // ── Entries to update: the keeper asks every structure to check its entries.
    await menu.getByRole('link', { name: 'Fiches à mettre à jour' }).click()
    await keeper.getByRole('heading', { level: 1, name: 'Fiches à mettre à jour' }).waitFor()
    await keeper.getByRole('table').waitFor()
    const campaign = section(keeper, 'Campagne de mise à jour')
    await campaign
      .getByLabel('Votre message aux structures (facultatif)')
      .fill('Merci de vérifier vos horaires d’hiver avant la réunion.')
    await campaign.getByRole('button', { name: 'Lancer la campagne' }).click()
    await campaign.getByText(/^Campagne lancée : \d+ structures? sollicitées?\.$/).waitFor()
    await campaign.getByText('Merci de vérifier vos horaires d’hiver avant la réunion.').waitFor()
    await campaign
      .getByText(/\d+ sur \d+ ont répondu/)
      .first()
      .waitFor()
    await checkPage(keeper, 'reseau-fiches')

    await menu.getByRole('link', { name: 'Réunions du réseau' }).click()
    await keeper.getByRole('heading', { level: 1, name: 'Réunions du réseau' }).waitFor()
    const create = section(keeper, 'Nouvelle réunion')
    await create.getByLabel('Titre').fill(title)
    await create.getByLabel('Début (date et heure)').fill(localInWeeks(3, 14))
    await create.getByLabel('Lieu').fill('Salle du conseil, CCAS')
    await create.getByLabel('Ordre du jour').fill('Stocks de l’hiver ; tournées du samedi.')
    await create.getByLabel('Nombre de places (facultatif)').fill('20')
    await checkPage(keeper, 'reseau-reunions')
    await create.getByRole('button', { name: 'Nouvelle réunion' }).click()
    await keeper.getByRole('heading', { level: 1, name: title }).waitFor()
    const invite = section(keeper, 'Inviter')
    await choose(keeper, 'Inviter les structures d’un thème', 'Aide alimentaire')
    await invite.getByRole('button', { name: 'Inviter', exact: true }).click()
    await invite.getByText(/^\d+ structures? invitées?\./).waitFor()
    const invitations = section(keeper, 'Invitations et réponses')
    await invitations.getByRole('row', { name: /Les Glanes/ }).waitFor()

    // ── The partner signs the charter and registers two people.
    const partnerContext = await newContext(platform.browser, platform.server.url)
    const partner = await partnerContext.newPage()
    const partnerErrors = watchErrors(partner)
    await signIn(partner, partnerEmail, demo.password, () => platform.server.totpCodeFor(partnerEmail))
    const partnerMenu = partner.getByRole('navigation', { name: 'Menu principal' })
    await partnerMenu.getByRole('link', { name: 'Mon réseau' }).click()
    await partner.getByRole('heading', { level: 1, name: 'Mon réseau' }).waitFor()
    await partner.getByLabel('Votre nom et votre fonction').fill('Claire Glanes, présidente')
    await partner.getByRole('button', { name: /^Signer la charte/ }).click()
    await partner.getByText('Merci : la charte est signée.').waitFor()
    const meeting = partner.locator('li.meeting', { hasText: title })
    await meeting.getByLabel('Nombre de participants').fill('2')
    await meeting.getByRole('button', { name: 'Je viens' }).click()
    await meeting.getByText('Réponse enregistrée.').waitFor()
    await meeting.getByText('Inscrite').waitFor()
    await checkPage(partner, 'reseau-partenaire')

    // ── After the meeting (the server's clock moved past it), the keeper records attendance and the minutes.
    platform.server.clock.set(new Date(Date.now() + 22 * 86_400_000))
    await keeper.reload()
    await keeper.getByRole('heading', { level: 1, name: title }).waitFor()
    const row = section(keeper, 'Invitations et réponses').getByRole('row', { name: /Les Glanes/ })
    await row.getByText('Inscrite').waitFor()
    await row.locator('label').click()
    await keeper.getByRole('button', { name: 'Enregistrer la présence' }).click()
    await keeper.getByText('Présence enregistrée.').waitFor()
    const minutes = section(keeper, 'Compte rendu')
    await minutes
      .getByLabel('Texte du compte rendu')
      .fill('Stocks suffisants jusqu’en février. Prochaine réunion en mars.')
    await minutes.getByRole('button', { name: 'Publier le compte rendu' }).click()
    await minutes.getByText('Compte rendu publié.').waitFor()
    await checkPage(keeper, 'reseau-reunion')
    platform.server.clock.reset()

    // ── The partner's life in the network, from the charter's signatures.
    await menu.getByRole('link', { name: 'Charte du réseau' }).click()
    await section(keeper, 'Signatures').getByRole('link', { name: PARTNER }).click()
    await keeper.getByRole('heading', { level: 1, name: PARTNER }).waitFor()
    await keeper.getByText(/^A signé la version en vigueur \(\d+\)\.$/).waitFor()
    await keeper
      .getByRole('row', { name: new RegExp(title) })
      .getByText('Oui', { exact: true })
      .waitFor()
    await checkPage(keeper, 'reseau-structure')

    // ── The partner reads the minutes; then refuses an orientation still waiting, with its reason.
    await partner.reload()
    await partner.locator('li.meeting', { hasText: title }).getByText('Stocks suffisants').waitFor()
    await partnerMenu.getByRole('link', { name: 'Orientations reçues' }).click()
    await partner.getByRole('heading', { level: 1, name: 'Orientations reçues' }).waitFor()
    await partner
      .locator('label')
      .filter({ has: partner.getByRole('radio', { name: /^Envoyée/ }) })
      .click()
    const waiting = partner.getByRole('table', { name: 'Orientations reçues' }).locator('tbody tr')
    await waiting.first().getByRole('link').click()
    await partner.getByRole('heading', { level: 1, name: /^Orientation vers / }).waitFor()
    await partner.getByRole('button', { name: 'Refuser', exact: true }).click()
    await partner.getByRole('button', { name: 'Confirmer le refus' }).click()
    await partner.getByText('Indiquez la raison du refus.').first().waitFor()
    await partner.getByLabel('Motif du refus').fill('Plus de place avant le mois prochain.')
    await partner.getByRole('button', { name: 'Confirmer le refus' }).click()
    await partner.getByText('Votre réponse est enregistrée : Refusée.').waitFor()

    // ── The agents' lists: the refusal and its reason, and the per-partner summary.
    await menu.getByRole('link', { name: 'Orientations envoyées' }).click()
    await keeper.getByRole('heading', { level: 1, name: 'Orientations envoyées' }).waitFor()
    await keeper.getByText('Plus de place avant le mois prochain.').waitFor()
    await checkPage(keeper, 'orientations-envoyees')
    await menu.getByRole('link', { name: 'Suivi par partenaire' }).click()
    const summary = keeper.getByRole('table', { name: 'Orientations par partenaire et par état' })
    await summary.getByRole('row', { name: /Les Glanes/ }).waitFor()
    await checkPage(keeper, 'orientations-par-partenaire')

    expect(keeperErrors).toEqual([])
    expect(partnerErrors).toEqual([])
    await keeperContext.close()
    await partnerContext.close()
  })
})

describe('partenaires: a partner without an account', () => {
  test('the orientation reaches the service by a secure link; the page opens without signing in, with the same answers, and the agent sees them', async () => {
    onTestFailed(() => screenshotOpenPages('echec-lien'))
    const { demo } = platform.server
    const stamp = Date.now()
    const serviceEmail = `accueil-${stamp}@vestiaire.example`

    // ── An agent adds a structure without an account to the directory, then orients a person there.
    const agentContext = await newContext(platform.browser, platform.server.url)
    const agent = await agentContext.newPage()
    await signIn(agent, demo.accounts.agent_accueil, demo.password, () =>
      platform.server.totpCodeFor(demo.accounts.agent_accueil),
    )
    const structure = await apiCall(agent, 'POST', '/api/directory/structures', {
      kind: 'association',
      name: `Vestiaire du quartier ${stamp}`,
    })
    expect(structure.status).toBe(201)
    const service = await apiCall(agent, 'POST', `/api/directory/structures/${structure.body.id}/services`, {
      name: 'Vestiaire solidaire',
      themes: ['autre'],
      email: serviceEmail,
    })
    expect(service.status).toBe(201)
    const request = await apiCall(agent, 'POST', '/api/requests', {
      channel: 'telephone',
      themes: ['autre'],
      contactName: 'Yusuf Demir',
      message: 'Besoin d’un manteau pour l’hiver.',
    })
    expect(request.status).toBe(201)
    const sent = await apiCall(agent, 'POST', `/api/requests/${request.body.id}/referrals`, {
      serviceId: service.body.id,
      share: { firstName: 'Yusuf' },
      consent: true,
    })
    expect(sent.status).toBe(201)
    expect(sent.body.channel).toBe('lien')

    // ── The service reads its e-mail and follows the link, in a browser that never signed in.
    const mail = (await mails(platform.server.url)).find((m) => m.to === serviceEmail)
    expect(mail, 'e-mail au service').toBeDefined()
    const link = /https?:\/\/\S+(\/orientation\/[0-9a-f-]+\/[A-Za-z0-9_-]+)/.exec(mail!.text)
    expect(link, 'lien sécurisé dans l’e-mail').not.toBeNull()
    const visitorContext = await newContext(platform.browser, platform.server.url)
    const visitor = await visitorContext.newPage()
    const visitorErrors = watchErrors(visitor)
    await visitor.goto(link![1]!)
    await visitor.getByRole('heading', { level: 1, name: /^Orientation vers / }).waitFor()
    await section(visitor, 'Ce que la personne a accepté de partager')
      .getByText('Yusuf', { exact: true })
      .waitFor()
    await expect(visitor.getByText('Demir').count()).resolves.toBe(0)
    await checkPage(visitor, 'orientation-lien')
    await visitor.getByRole('button', { name: 'Accepter', exact: true }).click()
    await visitor.getByText('Votre réponse est enregistrée : Acceptée.').waitFor()
    await visitor.getByRole('button', { name: 'La personne n’est pas venue' }).click()
    await visitor.getByText('Votre réponse est enregistrée : Personne non venue.').waitFor()

    // ── A link with a wrong token shows a plain message, not the orientation.
    await visitor.goto(link![1]!.replace(/\/[A-Za-z0-9_-]+$/, '/' + 'x'.repeat(43)))
    await visitor.getByText('Ce lien n’est plus valable.').waitFor()

    // ── The agent sees the outcome on the request.
    await agent.goto(`/demandes/${request.body.id}`)
    const outcome = section(agent, 'Orientations vers les partenaires').locator('li.referral').first()
    await outcome.getByText('Personne non venue').waitFor()

    expect(visitorErrors).toEqual([])
    await visitorContext.close()
    await agentContext.close()
  })
})
