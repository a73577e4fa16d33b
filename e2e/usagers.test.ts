import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, onTestFailed, test } from 'vitest'
import { newContext, screenshotOpenPages, watchErrors } from './support/browser'
import { checkPage, expectNoAxeViolations, screenshot } from './support/checks'
import { setChecked, signIn } from './support/journeys'
import { useJourneyPlatform } from './support/platform'
import { apiCall } from './support/api'

const platform = useJourneyPlatform()

const pageOf = (scope: Page | Locator): Page => ('page' in scope ? scope.page() : scope)

/** The field (label, input, help, error) whose label starts with this text. */
const field = (scope: Page | Locator, label: string) =>
  scope
    .locator('.field')
    .filter({ has: pageOf(scope).locator('.field__label', { hasText: new RegExp(`^${label}`) }) })

/** Picks an option in one of the kit's selects, as a person would with the mouse. */
async function choose(scope: Page | Locator, label: string, option: string) {
  await field(scope, label).getByRole('button').first().click()
  const page = pageOf(scope)
  await page.getByRole('option', { name: option, exact: true }).click()
  await page.getByRole('listbox').waitFor({ state: 'detached' })
}

/** A section of the person's file, by its heading. */
const section = (page: Page, title: string) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: title, exact: true }) })

async function signInAs(page: Page, role: keyof typeof platform.server.demo.accounts) {
  const email = platform.server.demo.accounts[role]
  await signIn(page, email, platform.server.demo.password, () => platform.server.totpCodeFor(email))
}

/** The id of the demo person with this first name, from the search route. */
async function demoPersonId(page: Page, q: string, firstName: string): Promise<string> {
  const found = await apiCall(page, 'GET', `/api/usagers?q=${encodeURIComponent(q)}`)
  expect(found.status).toBe(200)
  const person = found.body.find((u: { firstName: string | null }) => u.firstName === firstName)
  expect(person, `${firstName} dans la démo`).toBeDefined()
  return person.id as string
}

describe('usagers: the file of each person served', () => {
  test('an agent finds "Hélène Lefèvre" by typing "helene lefevre", opens her file with the keyboard and corrects her contact details', async () => {
    onTestFailed(() => screenshotOpenPages('echec-usagers-recherche'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'agent_accueil')

    // The menu leads to "Personnes"; retention is for administration only.
    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await expect(menu.getByRole('link', { name: 'Conservation des données' }).count()).resolves.toBe(0)
    await menu.getByRole('link', { name: 'Personnes', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Personnes' }).waitFor()

    // With nothing typed: the files most recently in contact (the demo has a dozen).
    await page.getByRole('heading', { level: 2, name: 'Dossiers récents' }).waitFor()
    await page.getByText(/^\d+ dossiers, les plus récemment en contact d’abord\.$/).waitFor()
    await page.getByRole('link', { name: 'Gégé', exact: true }).waitFor()
    await checkPage(page, 'personnes')

    // Without accents or capitals: her file comes first, with her birth date and town.
    const search = page.getByRole('searchbox', { name: 'Rechercher une personne' })
    await search.pressSequentially('helene lefevre', { delay: 20 })
    await page.getByText(/personnes? trouvées? pour « helene lefevre »/).waitFor()
    const results = page.locator('ul.people > li')
    await expect(results.first().getByRole('link').textContent()).resolves.toBe('Hélène LEFÈVRE')
    await expect(results.first().textContent()).resolves.toContain('14 mars 1958')
    await expect(results.first().textContent()).resolves.toContain('Besançon')
    // Her namesake spelt "Lefebvre" is found too, one typo away.
    await page.getByRole('link', { name: 'Hélène LEFEBVRE', exact: true }).waitFor()
    await expect(page.getByRole('link', { name: 'Marie MARTIN' }).count()).resolves.toBe(0)
    await checkPage(page, 'personnes-recherche')

    // Word order, hyphen and a typo are forgiven too.
    await search.fill('martin jean-piere')
    await page.getByText(/trouvées? pour « martin jean-piere »/).waitFor()
    await expect(results.first().getByRole('link').textContent()).resolves.toBe('Jean-Pierre MARTIN')

    // The arrow keys go from the search field to the results; Entrée opens the file.
    await search.fill('helene lefevre')
    await page.getByText(/trouvées? pour « helene lefevre »/).waitFor()
    await search.focus()
    await page.keyboard.press('ArrowDown')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hélène LEFÈVRE')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Hélène LEFÈVRE' }).waitFor()
    expect(page.url()).toMatch(/\/usagers\/[0-9a-f-]{36}$/)
    await page.getByText('Né(e) le 14 mars 1958').waitFor()

    const identity = section(page, 'Identité')
    await identity.getByText('Lefèvre', { exact: true }).waitFor()
    await section(page, 'Situation').getByText('Locataire (parc social)').waitFor()
    await section(page, 'Consentements').getByText('Oui').waitFor()
    // The accueil agent is not in the social team: its note stays hidden.
    await section(page, 'Notes').getByText('Aucune note que vous puissiez lire.').waitFor()

    // Her requests are listed on her file, answered ones too, the latest first.
    const heleneId = new URL(page.url()).pathname.split('/').pop()!
    const listed = await apiCall(page, 'GET', `/api/requests?usagerId=${heleneId}&state=toutes`)
    expect(listed.status).toBe(200)
    expect(listed.body.total).toBeGreaterThan(0)
    const requests = section(page, 'Demandes')
    const requestRows = requests.locator('tbody tr')
    await requestRows.first().getByRole('link', { name: listed.body.items[0].reference }).waitFor()
    await expect(requestRows.count()).resolves.toBe(listed.body.total)
    const demo = requestRows.filter({ hasText: 'Facture d’électricité' })
    await demo.getByText('Accueil physique', { exact: true }).waitFor()
    await demo.getByText('Énergie', { exact: true }).waitFor()
    await demo.getByText('Répondue', { exact: true }).waitFor()

    // A new request from her file: she is already chosen, and so is the agent's service.
    await requests.getByRole('link', { name: 'Enregistrer une nouvelle demande' }).click()
    await page.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor()
    await page.getByText(/^Personne choisie : Hélène LEFÈVRE/).waitFor()
    await field(page, 'Service responsable')
      .getByRole('button')
      .first()
      .filter({ hasText: 'Accueil (mon service)' })
      .waitFor()
    await page
      .locator('label')
      .filter({ has: page.getByRole('radio', { name: 'Téléphone', exact: true }) })
      .click()
    await setChecked(page.getByRole('group', { name: 'Thèmes' }), 'Logement', true)
    await page.getByLabel('Objet (facultatif)').fill('Demande de relogement')
    await page.getByRole('button', { name: 'Enregistrer la demande' }).click()
    const title = page.getByRole('heading', { level: 1, name: /^Demande \d{4}-\d{6}$/ })
    await title.waitFor()
    const reference = (await title.textContent())!.replace('Demande ', '')
    await page.getByRole('link', { name: /Hélène LEFÈVRE/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Hélène LEFÈVRE' }).waitFor()
    const latest = requestRows.first()
    await latest.getByRole('link', { name: reference }).waitFor()
    await latest.getByText('Demande de relogement').waitFor()
    await latest.getByText('Téléphone', { exact: true }).waitFor()
    await latest.getByText('Logement', { exact: true }).waitFor()
    await latest.getByText('Nouvelle', { exact: true }).waitFor()
    await expect(requestRows.count()).resolves.toBe(listed.body.total + 1)
    await requests.getByText(`${listed.body.total + 1} demandes, les plus récentes d’abord`).waitFor()
    await checkPage(page, 'dossier-personne')

    // Contact details are changed in a dialog; the server's message shows by the field.
    const contact = section(page, 'Coordonnées')
    await contact.getByRole('button', { name: 'Modifier Coordonnées' }).click()
    const dialog = page.getByRole('dialog', { name: 'Coordonnées' })
    await dialog.getByLabel('Téléphone').fill('12')
    await dialog.getByLabel('Adresse e-mail').fill('helene.lefevre@exemple.test')
    await dialog.getByRole('button', { name: 'Enregistrer' }).click()
    const phoneError = field(dialog, 'Téléphone').locator('.field__error')
    await phoneError.waitFor()
    expect(await phoneError.textContent()).toMatch(/\S/)
    await expect(
      dialog.getByLabel('Téléphone').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await expectNoAxeViolations(page, 'dialogue Coordonnées en erreur (fr)')
    await screenshot(page, 'dossier-coordonnees-erreur-fr-bureau')
    await dialog.getByLabel('Téléphone').fill('03 81 00 00 42')
    await dialog.getByRole('button', { name: 'Enregistrer' }).click()
    await dialog.waitFor({ state: 'detached' })
    await contact.getByText('helene.lefevre@exemple.test').waitFor()
    await contact.getByText(/03 ?81 ?00 ?00 ?42|\+33381000042/).waitFor()

    // What an agent types is shown as text, never as HTML.
    await section(page, 'Situation').getByRole('button', { name: 'Modifier Situation' }).click()
    const situation = page.getByRole('dialog', { name: 'Situation' })
    await setChecked(situation.getByRole('group', { name: 'Ressources' }), 'Retraite', true)
    await setChecked(situation.getByRole('group', { name: 'Ressources' }), 'AAH', true)
    await situation.getByLabel('Référent RSA').fill('<b>Mme Roux</b> <img src=x onerror=alert(1)>')
    await situation.getByRole('button', { name: 'Enregistrer' }).click()
    await situation.waitFor({ state: 'detached' })
    await section(page, 'Situation').getByText('<b>Mme Roux</b> <img src=x onerror=alert(1)>').waitFor()
    await section(page, 'Situation').getByText('Retraite, AAH').waitFor()
    await expect(page.locator('main b, main img[src="x"]').count()).resolves.toBe(0)

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  test('creating "Martin Jean Pierre" with the birth date of "Jean-Pierre Martin" proposes his file; a merge side by side keeps both histories', async () => {
    onTestFailed(() => screenshotOpenPages('echec-usagers-doublon'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'instructeur_aides')
    const existingId = await demoPersonId(page, 'Jean-Pierre Martin', 'Jean-Pierre')

    await page.goto('/usagers')
    await page.getByRole('link', { name: 'Nouvelle personne' }).click()
    await page.getByRole('heading', { level: 1, name: 'Nouvelle personne' }).waitFor()
    await checkPage(page, 'nouvelle-personne')

    // A bad birth date: the server's message by the field.
    await page.getByLabel('Nom', { exact: true }).fill('Martin')
    await page.getByLabel('Prénom', { exact: true }).fill('Jean Pierre')
    await page.getByLabel('Date de naissance').fill('2099-01-01')
    await page.getByRole('button', { name: 'Créer le dossier' }).click()
    await field(page, 'Date de naissance').getByText('La date est dans le futur.').waitFor()

    await page.getByLabel('Date de naissance').fill('1971-06-02')
    await page.getByLabel('Téléphone').fill('06 12 34 56 78')
    await page.getByLabel('Commune').fill('Dole')
    await page.getByRole('button', { name: 'Créer le dossier' }).click()

    // Before saving, his existing file is proposed, with why.
    const proposal = page.locator('section.duplicates')
    await proposal.getByRole('heading', { name: 'Cette personne a peut-être déjà un dossier' }).waitFor()
    await expect(
      proposal
        .getByRole('heading', { name: 'Cette personne a peut-être déjà un dossier' })
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await proposal.locator('.duplicates__name', { hasText: /^Jean-Pierre MARTIN$/ }).waitFor()
    await proposal.getByText(/Né\(e\) le 2 juin 1971/).waitFor()
    await expect(
      proposal.getByRole('link', { name: 'Ouvrir ce dossier Jean-Pierre MARTIN' }).getAttribute('href'),
    ).resolves.toBe(`/usagers/${existingId}`)
    await expect(page.getByRole('button', { name: 'Créer le dossier', exact: true }).count()).resolves.toBe(0)
    await checkPage(page, 'nouvelle-personne-doublon')

    // The desk was not sure: the agent creates the file anyway, and writes a note on it.
    await proposal.getByRole('button', { name: 'C’est une autre personne : créer le dossier' }).click()
    await page.getByRole('heading', { level: 1, name: 'Jean Pierre MARTIN' }).waitFor()
    await page.getByText('Dossier créé.').waitFor()
    const newId = new URL(page.url()).pathname.split('/').pop()!
    expect(newId).not.toBe(existingId)
    const notes = section(page, 'Notes')
    await notes
      .getByLabel('Note', { exact: true })
      .fill('Vu au guichet des aides : demande d’aide au transport.')
    await notes.getByText('Toute la structure', { exact: true }).click()
    await notes.getByRole('button', { name: 'Enregistrer la note' }).click()
    await notes.getByText('Note enregistrée.').waitFor()

    // The file points at its possible duplicate; an agent may compare, not merge.
    const duplicates = page.locator('section.duplicates')
    await duplicates.getByRole('heading', { name: 'Doublon possible' }).waitFor()
    await duplicates.getByRole('link', { name: 'Comparer et fusionner Jean-Pierre MARTIN' }).click()
    await page.getByRole('heading', { level: 1, name: 'Comparer et fusionner deux dossiers' }).waitFor()
    await page.getByText('Seules la direction et l’administration peuvent fusionner des dossiers').waitFor()
    await expect(page.getByRole('button', { name: 'Fusionner les dossiers' }).count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()

    // The director merges them, side by side.
    const director = await newContext(platform.browser, platform.server.url)
    const page2 = await director.newPage()
    const errors2 = watchErrors(page2)
    await signInAs(page2, 'direction')
    await page2.goto(`/usagers/${newId}/fusion/${existingId}`)
    await page2.getByRole('heading', { level: 1, name: 'Comparer et fusionner deux dossiers' }).waitFor()
    const table = page2.getByRole('table', { name: 'Les deux dossiers côte à côte' })
    // Differences are named in words, not only coloured.
    const row = (label: string) =>
      table
        .locator('tr')
        .filter({ has: page2.locator('.merge-field', { hasText: new RegExp(`^${label}$`) }) })
    await row('Prénom').getByText('Différent : choisissez la valeur à garder').waitFor()
    await row('Nom').getByText('Identique').waitFor()
    await row('Date de naissance').getByText('Identique').waitFor()
    await row('Téléphone').getByText('Renseigné dans un seul dossier : cette valeur est gardée').waitFor()
    await row('Adresse').getByText('Différent : choisissez la valeur à garder').waitFor()
    // The older file is offered as the one to keep.
    await expect(
      page2.getByRole('radio', { name: 'Dossier 2 : Jean-Pierre MARTIN' }).isChecked(),
    ).resolves.toBe(true)
    await checkPage(page2, 'fusion')

    // Keep the older file, but take the address given today.
    await row('Adresse').getByText('Dole').click()
    await expect(row('Adresse').getByRole('radio', { name: 'Dole (Dossier 1)' }).isChecked()).resolves.toBe(
      true,
    )
    await page2.getByText('Valeurs reprises du dossier 1 : Adresse.').waitFor()
    await page2.getByRole('button', { name: 'Fusionner les dossiers' }).click()
    const confirm = page2.getByRole('dialog', { name: 'Fusionner ces deux dossiers ?' })
    await confirm.getByText(/Le dossier 1 sera fermé/).waitFor()
    await expectNoAxeViolations(page2, 'confirmation de fusion (fr)')
    await confirm.getByRole('button', { name: 'Fusionner', exact: true }).click()

    // The kept file holds both histories: its own, and the note and values of the other.
    await page2.getByRole('heading', { level: 1, name: 'Jean-Pierre MARTIN' }).waitFor()
    expect(new URL(page2.url()).pathname).toBe(`/usagers/${existingId}`)
    await page2.getByText(/^Dossiers fusionnés :/).waitFor()
    // The address is taken whole: Besançon's postcode does not stay with Dole.
    await section(page2, 'Adresse').getByText('Dole', { exact: true }).waitFor()
    await expect(section(page2, 'Adresse').getByText('25000').count()).resolves.toBe(0)
    await section(page2, 'Coordonnées')
      .getByText(/06 ?12 ?34 ?56 ?78|\+33612345678/)
      .waitFor()
    await section(page2, 'Situation').getByText('M. Girard (Département du Doubs)').waitFor()
    await section(page2, 'Notes')
      .getByText('Vu au guichet des aides : demande d’aide au transport.')
      .waitFor()
    // The director works in no service: a note starts private, with no service to offer.
    await expect(
      section(page2, 'Notes').getByRole('radio', { name: 'Moi seul (note privée)' }).isChecked(),
    ).resolves.toBe(true)
    await expect(
      section(page2, 'Notes').getByRole('radio', { name: 'Mon service seulement' }).count(),
    ).resolves.toBe(0)
    await section(page2, 'Historique')
      .getByText(/dossier n° …[0-9a-f]{8} repris dans celui-ci/)
      .waitFor()
    await expect(page2.locator('section.duplicates').count()).resolves.toBe(0)
    await checkPage(page2, 'dossier-fusionne')

    // The absorbed file's address leads to the kept one.
    await page2.goto(`/usagers/${newId}`)
    await page2
      .getByText('Le dossier demandé a été fusionné dans celui-ci : voici le dossier gardé.')
      .waitFor()
    expect(new URL(page2.url()).pathname).toBe(`/usagers/${existingId}`)
    expect(errors2).toEqual([])
    await director.close()
  }, 300_000)

  test('a note shared with the social team stays in it: an agent of another service cannot read it', async () => {
    onTestFailed(() => screenshotOpenPages('echec-usagers-notes'))
    const social = await newContext(platform.browser, platform.server.url)
    const page = await social.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'travailleur_social')
    const heleneId = await demoPersonId(page, 'Hélène Lefèvre', 'Hélène')
    await page.goto(`/usagers/${heleneId}`)
    await page.getByRole('heading', { level: 1, name: 'Hélène LEFÈVRE' }).waitFor()

    // The social team's first interview note is readable by its members.
    const notes = section(page, 'Notes')
    await notes
      .getByText('Premier entretien : demande d’aide pour la facture d’énergie.', { exact: false })
      .waitFor()
    await notes.getByText('Service Accompagnement social').first().waitFor()

    // Her own service is chosen beforehand, and it is the only one offered.
    const text = 'Situation de dette <script>alert(1)</script> : dossier de surendettement à préparer.'
    await notes.getByLabel('Note', { exact: true }).fill(text)
    await expect(notes.getByRole('radio', { name: 'Mon service seulement' }).isChecked()).resolves.toBe(true)
    const serviceSelect = field(notes, 'Service').getByRole('button').first()
    await serviceSelect.filter({ hasText: 'Accompagnement social' }).waitFor()
    await serviceSelect.click()
    await expect(page.getByRole('option').allTextContents()).resolves.toEqual(['Accompagnement social'])
    await page.keyboard.press('Escape')
    await page.getByRole('listbox').waitFor({ state: 'detached' })
    // Another service is refused by the server anyway.
    const services = (await apiCall(page, 'GET', '/api/services')).body as { id: string; name: string }[]
    const refused = await apiCall(page, 'POST', `/api/usagers/${heleneId}/notes`, {
      text: 'Essai',
      serviceId: services.find((s) => s.name === 'Accueil')!.id,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.fields[0].message).toBe(
      'Vous ne pouvez partager une note qu’avec un service dont vous êtes membre.',
    )
    await notes.getByRole('button', { name: 'Enregistrer la note' }).click()
    await notes.getByText('Note enregistrée.').waitFor()
    await notes.getByText(text, { exact: true }).waitFor()

    // And a private one, for the author alone.
    await notes.getByLabel('Note', { exact: true }).fill('Note personnelle : rappeler sa fille.')
    await notes.getByText('Moi seul (note privée)', { exact: true }).click()
    await expect(notes.getByRole('button', { name: /^Service/ }).count()).resolves.toBe(0)
    await notes.getByRole('button', { name: 'Enregistrer la note' }).click()
    await notes.getByText('Note personnelle : rappeler sa fille.').waitFor()
    await notes.getByText('Privée (son auteur seul)').waitFor()
    await checkPage(page, 'dossier-notes')

    const listed = await apiCall(page, 'GET', `/api/usagers/${heleneId}/notes`)
    const shared = listed.body.find((n: { text: string }) => n.text === text)
    expect(shared.privateToAuthor).toBe(false)
    expect(shared.serviceId).not.toBeNull()
    expect(errors).toEqual([])
    await social.close()

    // An agent of the domiciliation service opens the same file: neither note shows.
    const other = await newContext(platform.browser, platform.server.url)
    const page2 = await other.newPage()
    const errors2 = watchErrors(page2)
    await signInAs(page2, 'agent_domiciliation')
    await page2.goto(`/usagers/${heleneId}`)
    await page2.getByRole('heading', { level: 1, name: 'Hélène LEFÈVRE' }).waitFor()
    const notes2 = section(page2, 'Notes')
    await notes2.getByText('Aucune note que vous puissiez lire.').waitFor()
    await expect(page2.getByText(/surendettement|Premier entretien|rappeler sa fille/).count()).resolves.toBe(
      0,
    )
    // Not even by its address.
    const direct = await apiCall(page2, 'GET', `/api/usager-notes/${shared.id}`)
    expect(direct.status).toBe(404)
    expect(JSON.stringify(direct.body)).not.toContain('surendettement')
    expect(errors2).toEqual([])
    await other.close()
  }, 300_000)

  test('an executable renamed .pdf is refused with the server’s message; a real PDF is kept, and the person’s data are exported', async () => {
    onTestFailed(() => screenshotOpenPages('echec-usagers-documents'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'agent_accueil')
    const aichaId = await demoPersonId(page, "Aïcha N'Diaye", 'Aïcha')
    await page.goto(`/usagers/${aichaId}`)
    await page.getByRole('heading', { level: 1, name: "Aïcha N'DIAYE" }).waitFor()

    const documents = section(page, 'Documents')
    await documents.getByText('Aucun document.').waitFor()
    // Type and size are stated before the upload.
    await documents
      .getByText(
        'PDF ou image (PNG, JPEG, WebP), 20 Mo au plus. Le contenu du fichier est vérifié, pas seulement son nom.',
      )
      .waitFor()
    await choose(documents, 'Type de document', 'Justificatif de ressources')
    const pick = async (name: string, bytes: Buffer) => {
      const chooser = page.waitForEvent('filechooser')
      await documents.getByRole('button', { name: 'Choisir un fichier' }).click()
      await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: bytes })
      await documents.getByText(`Fichier choisi : ${name}`).waitFor()
    }
    // An executable (MZ header) renamed .pdf.
    const executable = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary'),
      Buffer.alloc(2048, 0x41),
    ])
    await pick('attestation-caf.pdf', executable)
    await documents.getByRole('button', { name: 'Envoyer le document' }).click()
    const refusal =
      'Ce fichier n’est ni un PDF ni une image PNG, JPEG ou WebP (son contenu a été vérifié, pas seulement son nom).'
    await documents.locator('.field__error', { hasText: refusal }).waitFor()
    await documents.getByRole('alert').getByText(refusal).waitFor()
    await expectNoAxeViolations(page, 'document refusé (fr)')
    await screenshot(page, 'dossier-document-refuse-fr-bureau')
    await documents.getByText('Aucun document.').waitFor()

    // A real PDF goes through, with its progress shown, and is listed.
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    )
    await pick('Attestation CAF été.pdf', pdf)
    await documents.getByRole('button', { name: 'Envoyer le document' }).click()
    await documents.getByText('Document « Attestation CAF été.pdf » ajouté.').waitFor()
    const link = documents.getByRole('link', { name: 'Attestation CAF été.pdf' })
    await link.waitFor()
    await documents.getByText(/^Justificatif de ressources · PDF · \d+\so · ajouté le /).waitFor()
    await checkPage(page, 'dossier-documents')

    // The document comes back as it was sent.
    const download = page.waitForEvent('download')
    await link.click()
    const file = await download
    expect(file.suggestedFilename()).toBe('Attestation CAF été.pdf')
    expect((await readFile(await file.path())).equals(pdf)).toBe(true)

    // The person's data, for an access request: a readable PDF, and JSON.
    const pdfExport = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Exporter en PDF' }).click()
    const exported = await pdfExport
    expect(exported.suggestedFilename()).toMatch(/^donnees-personnelles-.+\.pdf$/)
    expect((await readFile(await exported.path())).subarray(0, 5).toString()).toBe('%PDF-')
    const jsonExport = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Exporter en JSON' }).click()
    const json = JSON.parse(await readFile(await (await jsonExport).path(), 'utf8'))
    expect(json.usager.firstName).toBe('Aïcha')
    expect(json.usager.lastName).toBe("N'Diaye")
    expect(json.usager.documents.map((d: { fileName: string }) => d.fileName)).toEqual([
      'Attestation CAF été.pdf',
    ])

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)

  test('the administrator sets the retention period and anonymises the files due, after confirming', async () => {
    onTestFailed(() => screenshotOpenPages('echec-usagers-conservation'))
    const context = await newContext(platform.browser, platform.server.url)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await signInAs(page, 'administrateur')
    // A file left without contact for three years (its last contact moved back in the database).
    const created = await apiCall(page, 'POST', '/api/usagers', {
      firstName: 'Marcelle',
      lastName: 'Girardot',
      birthDate: '1940-05-12',
      confirmNotDuplicate: true,
    })
    expect(created.status).toBe(201)
    const marcelleId = created.body.id as string
    await platform.server.backdateLastContact(marcelleId, new Date(Date.now() - 3 * 365 * 86_400_000))

    const menu = page.getByRole('navigation', { name: 'Menu principal' })
    await menu.getByRole('link', { name: 'Conservation des données' }).click()
    await page.getByRole('heading', { level: 1, name: 'Conservation des données' }).waitFor()
    await expect(
      page.getByLabel('Durée de conservation, en mois après le dernier contact').inputValue(),
    ).resolves.toBe('24')
    await page.getByText('La revue mensuelle n’a pas encore eu lieu.').waitFor()

    // The monthly review runs: Marcelle Girardot, without contact for three years, is due.
    await platform.server.reviewRetention()
    await page.reload()
    await page.getByText(/^Revue du .+, avec une durée de 24 mois\.$/).waitFor()
    const candidates = page.getByRole('group', { name: 'Dossiers à anonymiser' })
    const marcelle = candidates.getByRole('checkbox', { name: /^Marcelle GIRARDOT/ })
    await marcelle.waitFor()
    await expect(marcelle.isChecked()).resolves.toBe(true)
    await checkPage(page, 'conservation')

    // A period out of bounds: the server's message by the field.
    const months = page.getByLabel('Durée de conservation, en mois après le dernier contact')
    await months.fill('3')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await field(page, 'Durée de conservation').getByText('6 mois au moins.').waitFor()

    // Four years: her file is no longer due. Back to two years: it is again.
    await months.fill('48')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Durée enregistrée : 48 mois.').waitFor()
    await page.getByText('Aucun dossier à anonymiser.').waitFor()
    await months.fill('24')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText('Durée enregistrée : 24 mois.').waitFor()
    await marcelle.waitFor()

    // Nothing is erased before the confirmation; cancelling keeps the file.
    const anonymise = page.getByRole('button', {
      name: /^Anonymiser (le dossier choisi|les \d+ dossiers choisis)$/,
    })
    await anonymise.click()
    let dialog = page.getByRole('dialog', { name: /^Anonymiser (ce dossier|ces \d+ dossiers) \?$/ })
    await dialog.getByText('Cette action ne peut pas être annulée.', { exact: false }).waitFor()
    await dialog.getByText('Marcelle GIRARDOT').waitFor()
    await expectNoAxeViolations(page, 'confirmation d’anonymisation (fr)')
    await screenshot(page, 'conservation-confirmation-fr-bureau')
    await dialog.getByRole('button', { name: 'Annuler' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect((await apiCall(page, 'GET', `/api/usagers/${marcelleId}`)).body.anonymisedAt).toBeNull()

    await anonymise.click()
    dialog = page.getByRole('dialog', { name: /^Anonymiser (ce dossier|ces \d+ dossiers) \?$/ })
    await dialog.getByRole('button', { name: /^Anonymiser (le dossier|les \d+ dossiers)$/ }).click()
    await page.getByText(/^\d+ dossiers? anonymisés?\.$/).waitFor()
    await page.getByText('Aucun dossier à anonymiser.').waitFor()

    // Her file keeps its place in the statistics, without her identity.
    const after = (await apiCall(page, 'GET', `/api/usagers/${marcelleId}`)).body
    expect(after.anonymisedAt).not.toBeNull()
    expect(after.firstName).toBeNull()
    await page.goto(`/usagers/${marcelleId}`)
    await page.getByRole('heading', { level: 1, name: 'Personne sans nom' }).waitFor()
    await page.getByText(/^Ce dossier a été anonymisé le .+ : il ne peut plus être modifié\.$/).waitFor()
    await expect(page.getByRole('button', { name: /^Modifier/ }).count()).resolves.toBe(0)
    await checkPage(page, 'dossier-anonymise')

    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
