import { count, eq, inArray } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreviewView, ImportView } from '../../../../shared/modules/partenaires/imports.contract'
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app'
import { databaseKinds } from '../../../test/test-db'
import { createBanGeocoder } from '../../../platform/geocoding/ban-geocoder'
import {
  directoryImports,
  directoryPlaces,
  directoryServices,
  directoryStructures,
} from '../partenaires.table'
import { resumeUnfinishedImports } from './geocode-import'
import { waldecColumns } from './rna-extract'
import { importRows, importSample, rnaCsv, waldecRows, waldecSample } from './fixtures/rna-samples'
import { sheetCsv, sheetHeader, sheetLines } from './fixtures/sheet-samples'

const octets = { headers: { 'content-type': 'application/octet-stream' } }
const GRAND_BESANCON = '242500361'

describe.each(databaseKinds)('imports of the directory (%s)', (kind) => {
  let t: TestApp
  let direction: TestClient
  let organisationId: string

  beforeAll(async () => {
    t = await createTestApp(kind)
    direction = await t.signIn(t.tenantA.accounts.direction)
    organisationId = t.tenantA.organisationId
  }, 60_000)
  afterAll(async () => t?.close())

  const post = <T>(path: string, bytes: Buffer) => direction.request<T>('POST', path, bytes, octets)
  const structureCount = async () =>
    Number(
      (
        await t.database.db.owner
          .select({ n: count() })
          .from(directoryStructures)
          .where(eq(directoryStructures.organisationId, organisationId))
      )[0]!.n,
    )
  /** Polls the import as the client's progress bar does, until its places are located. */
  async function finished(id: string): Promise<ImportView> {
    const progress: number[] = []
    for (let i = 0; i < 300; i++) {
      const view = (await direction.get<ImportView>(`/api/directory-imports/${id}`)).body
      progress.push(view.done)
      if (view.status !== 'en_cours') return view
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`import ${id} still running; progress ${progress.join(',')}`)
  }

  it('previews an RNA_waldec extract in Windows-1252 for the Grand Besançon and Beure, line by line', async () => {
    const answer = await post<ImportPreviewView>(
      `/api/directory-imports/rna/preview?epci=${GRAND_BESANCON}&communes=25047`,
      waldecSample(),
    )
    expect(answer.status).toBe(200)
    const preview = answer.body
    expect(preview).toMatchObject({
      kind: 'rna',
      rnaFormat: 'waldec',
      fileType: 'csv',
      encoding: 'windows-1252',
      lines: waldecRows.length,
      structures: 7,
      creations: 7,
      updates: 0,
      // Rows 5, 6, 7: position D, a dissolution date, position S.
      skipped: { dissolved: 3, outsideArea: 4, duplicates: 2 },
      badLines: [],
    })
    expect(preview.area.map((a) => a.code)).toContain('25047')
    expect(preview.area.find((a) => a.code === '25056')?.name).toBe('Besançon')
    const names = preview.entries.map((e) => e.name)
    // The number met twice: its later line (updated in 2025) wins.
    expect(names).toContain('ÉPICERIE SOCIALE ET SOLIDAIRE DES GLANES')
    expect(names).not.toContain('ÉPICERIE SOCIALE DES GLANES')
    expect(names).toContain('LES AMIS DE "LA BOUTIQUE" ; SOLIDARITÉ')
    expect(names).toContain('ŒUVRE DE LA MIE DE PAIN BISONTINE')
    expect(names).not.toContain('LES GLANES (ANTENNE)')
    expect(preview.entries.find((e) => e.rnaId === 'W251000002')).toMatchObject({
      address: '3 bis avenue de Montrapon',
      postcode: '25000',
    })
    expect(preview.warnings).toEqual([
      {
        line: 13,
        messages: [expect.stringMatching(/^siret : « 12345678901234 » n’est pas un SIRET valide/)],
      },
      {
        line: 15,
        messages: [expect.stringMatching(/^siret : 77567227221138 figure déjà sous le numéro W251000001/)],
      },
    ])
  })

  it('normalises the arrondissements of Paris, Marseille and Lyon to their city', async () => {
    const preview = (
      await post<ImportPreviewView>(
        '/api/directory-imports/rna/preview?communes=75056,13055,69123',
        waldecSample(),
      )
    ).body
    expect(preview.entries.map((e) => e.rnaId).sort()).toEqual(['W131000010', 'W691000011', 'W751000009'])
    // An arrondissement's code given as the filter means its city too.
    const paris = (
      await post<ImportPreviewView>('/api/directory-imports/rna/preview?communes=75111', waldecSample())
    ).body
    expect(paris.entries.map((e) => e.rnaId)).toEqual(['W751000009'])
  })

  it('imports the associations, then locates them in the background with a progress bar; an unknown address is kept with a warning', async () => {
    const before = await structureCount()
    const answer = await post<ImportView>(
      `/api/directory-imports/rna/commit?epci=${GRAND_BESANCON}&communes=25047&fileName=rna_waldec_20260101_dpt_25.csv`,
      waldecSample(),
    )
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({
      kind: 'rna',
      status: 'en_cours',
      total: 7,
      fileName: 'rna_waldec_20260101_dpt_25.csv',
    })
    expect(answer.body.report).toMatchObject({
      created: 7,
      updated: 0,
      skipped: { dissolved: 3, outsideArea: 4, duplicates: 2 },
    })
    expect(await structureCount()).toBe(before + 7)

    const done = await finished(answer.body.id)
    expect(done).toMatchObject({ status: 'terminee', done: 7, total: 7 })
    expect(done.report.located.adresse).toBeGreaterThanOrEqual(4)
    const licornes = done.report.warnings.find((w) => w.structureName === 'JARDINS PARTAGÉS DES LICORNES')
    expect(licornes).toMatchObject({ status: 'inconnue', address: '7 impasse des Licornes 25000 BESANCON' })
    expect(licornes!.message).toMatch(/gardée telle quelle, sans position/)

    const [glanes] = await t.database.db.owner
      .select()
      .from(directoryStructures)
      .where(eq(directoryStructures.rnaId, 'W251000001'))
    expect(glanes).toMatchObject({
      website: 'https://www.glanes-besancon.fr',
      name: 'ÉPICERIE SOCIALE ET SOLIDAIRE DES GLANES',
      source: 'rna',
      siret: '77567227221138',
      kind: 'association',
    })
    const [place] = await t.database.db.owner
      .select()
      .from(directoryPlaces)
      .where(eq(directoryPlaces.structureId, glanes!.id))
    expect(place).toMatchObject({
      geocodeStatus: 'adresse',
      citycode: '25056',
      addressInput: '12 rue Battant',
    })
    expect(place!.latitude).toBeCloseTo(47.24, 1)
    const [kept] = await t.database.db.owner
      .select()
      .from(directoryPlaces)
      .where(eq(directoryPlaces.id, licornes!.placeId))
    expect(kept).toMatchObject({
      geocodeStatus: 'inconnue',
      addressInput: '7 impasse des Licornes',
      latitude: null,
    })

    // The same file again: the same associations, updated, none created.
    const again = await post<ImportView>(
      `/api/directory-imports/rna/commit?epci=${GRAND_BESANCON}&communes=25047`,
      waldecSample(),
    )
    expect(again.body.report).toMatchObject({ created: 0, updated: 7 })
    expect(await structureCount()).toBe(before + 7)
    const list = (await direction.get<ImportView[]>('/api/directory-imports')).body
    expect(list.map((i) => i.id)).toEqual(expect.arrayContaining([answer.body.id, again.body.id]))
  })

  it('reads an RNA_import extract in UTF-8 with a BOM', async () => {
    const preview = (
      await post<ImportPreviewView>(
        `/api/directory-imports/rna/preview?epci=${GRAND_BESANCON}`,
        importSample(),
      )
    ).body
    expect(preview).toMatchObject({ rnaFormat: 'import', encoding: 'utf-8', lines: importRows.length })
    expect(preview.skipped).toEqual({ dissolved: 1, outsideArea: 1, duplicates: 0 })
    expect(preview.entries.map((e) => [e.name, e.address])).toEqual([
      ['SECOURS DES QUARTIERS DE BESANÇON', '11 rue de l’Hôpital'],
      ['AMICALE DES ANCIENS DE PALENTE', '15 chemin de Palente, chez M. Durand'],
      ['ENTRAIDE DE THISE', '3 grande rue'],
    ])
  })

  describe('a damaged RNA file is reported whole, and nothing is imported', () => {
    const text = () => rnaCsv(waldecColumns, waldecRows)
    const refused = async (bytes: Buffer) => {
      const before = await structureCount()
      const answer = await post<{ error: string; message: string; fields: { field: string }[] }>(
        `/api/directory-imports/rna/commit?epci=${GRAND_BESANCON}`,
        bytes,
      )
      expect(answer.status).toBe(422)
      expect(await structureCount()).toBe(before)
      return answer.body
    }

    it('in the wrong encoding (UTF-8 read once as Latin-1 and saved again)', async () => {
      const garbled = Buffer.from(Buffer.from(text(), 'utf-8').toString('latin1'), 'utf-8')
      const body = await refused(garbled)
      expect(body.message).toMatch(/^Encodage du fichier non reconnu : \d+ caractères illisibles \(ex\. « Ã/)
    })

    it('with a column shifted in every line', async () => {
      // A field lost before the dates: each value sits one column to the left of its name.
      const shifted = rnaCsv(
        waldecColumns,
        waldecRows.map((row) => {
          const values = waldecColumns.map((c) => row[c] ?? '')
          values.splice(4, 1)
          values.push('')
          return Object.fromEntries(waldecColumns.map((c, i) => [c, values[i]]))
        }),
      )
      const body = await refused(Buffer.from(shifted, 'utf-8'))
      expect(body.message).toMatch(
        /^Colonne « position » : 100 % des lignes n’y portent pas A, D ou S \(ex\. ligne 2 : « 2024-05-02 10:11:12 »\)\. Les colonnes semblent décalées/,
      )
      expect(body.fields[0]!.field).toBe('position')
    })

    it('with lines that do not have the header’s columns', async () => {
      const lines = text().split('\r\n')
      const cut = [lines[0], ...lines.slice(1).map((l) => l.slice(0, l.lastIndexOf(';')))].join('\r\n')
      const body = await refused(Buffer.from(cut, 'utf-8'))
      expect(body.message).toMatch(/ne comptent pas le même nombre de colonnes que l’en-tête \(39\)/)
    })

    it('without a column the import reads', async () => {
      const columns = waldecColumns.filter((c) => c !== 'adrs_codeinsee')
      const body = await refused(Buffer.from(rnaCsv(columns, waldecRows), 'utf-8'))
      expect(body.message).toBe(
        'Colonne manquante dans l’extrait RNA_waldec : « adrs_codeinsee ». Rien n’a été importé.',
      )
    })

    it('with one bad line in the area: listed, nothing imported', async () => {
      const rows = waldecRows.map((r) => ({ ...r }))
      rows[2]!.position = 'X'
      const before = await structureCount()
      const answer = await post<{ details: ImportPreviewView }>(
        `/api/directory-imports/rna/commit?epci=${GRAND_BESANCON}`,
        Buffer.from(rnaCsv(waldecColumns, rows), 'utf-8'),
      )
      expect(answer.status).toBe(422)
      expect(answer.body.details.badLines).toEqual([
        { line: 4, reasons: ['position : « X » au lieu de A (active), D (dissoute) ou S (supprimée).'] },
      ])
      expect(await structureCount()).toBe(before)
    })

    it('without an area: the communes or the EPCI are asked for', async () => {
      const answer = await post<{ message: string }>('/api/directory-imports/rna/preview', waldecSample())
      expect(answer.status).toBe(400)
      expect(answer.body.message).toMatch(/communes/)
    })
  })

  it('imports 150 lines of associations and their services from a spreadsheet, then locates their places', async () => {
    const before = await structureCount()
    const bytes = Buffer.from(sheetCsv(150), 'utf-8')
    const preview = (await post<ImportPreviewView>('/api/directory-imports/sheet/preview', bytes)).body
    expect(preview).toMatchObject({
      kind: 'tableur',
      lines: 150,
      structures: 112,
      services: 150,
      badLines: [],
    })
    const answer = await post<ImportView>(
      '/api/directory-imports/sheet/commit?fileName=associations.csv',
      bytes,
    )
    expect(answer.status).toBe(201)
    expect(answer.body.report).toMatchObject({ created: 112, services: 150 })
    expect(await structureCount()).toBe(before + 112)
    const done = await finished(answer.body.id)
    expect(done).toMatchObject({ status: 'terminee', total: 112, done: 112 })
    // Lines 37, 74 and 111 give a street the address service does not know.
    expect(done.report.warnings.map((w) => w.status)).toEqual(['inconnue', 'inconnue', 'inconnue'])
    expect(done.report.located.inconnue).toBe(3)

    const [glanes] = await t.database.db.owner
      .select()
      .from(directoryStructures)
      .where(eq(directoryStructures.name, 'Épicerie solidaire des Glanes'))
    const services = await t.database.db.owner
      .select()
      .from(directoryServices)
      .where(eq(directoryServices.structureId, glanes!.id))
    expect(services.map((s) => s.name).sort()).toEqual([
      'Aide aux démarches en ligne',
      'Distribution de colis',
    ])
    const colis = services.find((s) => s.name === 'Distribution de colis')!
    expect(colis).toMatchObject({
      themes: ['aide_alimentaire'],
      publics: ['familles', 'personnes_sans_domicile'],
      referralMode: 'sans_rdv',
    })
    // The search text follows the directory's rule: lowered, without accents, with the labels.
    expect(colis.searchText).toContain('distribution de colis epicerie solidaire des glanes aide alimentaire')
    const [place] = await t.database.db.owner
      .select()
      .from(directoryPlaces)
      .where(eq(directoryPlaces.structureId, glanes!.id))
    expect(place!.openingHours).toEqual({
      lundi: [
        ['09:00', '12:00'],
        ['14:00', '17:00'],
      ],
      mardi: [
        ['09:00', '12:00'],
        ['14:00', '17:00'],
      ],
      mercredi: [
        ['09:00', '12:00'],
        ['14:00', '17:00'],
      ],
      jeudi: [
        ['09:00', '12:00'],
        ['14:00', '17:00'],
      ],
      vendredi: [
        ['09:00', '12:00'],
        ['14:00', '17:00'],
      ],
    })
    // The second service keeps its own hours (Saturday morning too).
    expect(services.find((s) => s.name === 'Aide aux démarches en ligne')!.openingHours).toMatchObject({
      samedi: [['09:00', '12:00']],
    })

    // Imported again: services matched by name, nothing doubled.
    const again = await post<ImportView>('/api/directory-imports/sheet/commit', bytes)
    expect(again.body.report).toMatchObject({ created: 0, updated: 112 })
    expect(await structureCount()).toBe(before + 112)
  })

  it('reads an XLSX workbook, and refuses a spreadsheet with bad lines, naming each field', async () => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Associations')
    sheet.addRow(sheetHeader)
    const lines = sheetLines(6).map((l) => [...l])
    lines[1]![11] = 'Jardinage' // Thèmes
    lines[3]![14] = 'lun 9:00-12:00 11:00-13:00' // Horaires
    lines[4]![6] = '250' // Code postal
    for (const line of lines) sheet.addRow(line)
    const bytes = Buffer.from(await book.xlsx.writeBuffer())
    const before = await structureCount()
    const answer = await post<{ details: ImportPreviewView }>('/api/directory-imports/sheet/commit', bytes)
    expect(answer.status).toBe(422)
    expect(answer.body.details.fileType).toBe('xlsx')
    expect(answer.body.details.badLines).toEqual([
      { line: 3, reasons: ['Thèmes : « Jardinage » n’est pas un thème de l’annuaire.'] },
      { line: 5, reasons: ['Horaires : lundi : Des plages horaires se chevauchent.'] },
      { line: 6, reasons: ['Code postal : « 250 » ne compte pas 5 chiffres.'] },
    ])
    expect(await structureCount()).toBe(before)
  })

  it('reads the accessibility of places and the age limits of services, and names a bad value', async () => {
    const header =
      'Structure;Service;Adresse;Code postal;Commune;Thèmes;Accessibilité;Âge minimum;Âge maximum'
    const good = [
      header,
      'Point jeunes (accès);Accueil des jeunes;5 rue Battant;25000;Besançon;Emploi;Fauteuil roulant, boucle magnétique;16;25 ans',
      'Vestiaire du Doubs (accès);Vestiaire;8 rue de Vesoul;25000;Besançon;Autre;non;;',
      'Club des aînés (accès);Goûters;3 place Flore;25000;Besançon;Isolement;PMR;60;',
    ].join('\n')
    const answer = await post<ImportView>('/api/directory-imports/sheet/commit', Buffer.from(good, 'utf-8'))
    expect(answer.status).toBe(201)
    await finished(answer.body.id)
    const stored = async (name: string) => {
      const [row] = await t.database.db.owner
        .select({
          wheelchair: directoryPlaces.wheelchairAccessible,
          hearingLoop: directoryPlaces.hearingLoop,
          ageMin: directoryServices.ageMin,
          ageMax: directoryServices.ageMax,
        })
        .from(directoryStructures)
        .innerJoin(directoryServices, eq(directoryServices.structureId, directoryStructures.id))
        .innerJoin(directoryPlaces, eq(directoryPlaces.id, directoryServices.placeId))
        .where(eq(directoryStructures.name, name))
      return row
    }
    expect(await stored('Point jeunes (accès)')).toEqual({
      wheelchair: true,
      hearingLoop: true,
      ageMin: 16,
      ageMax: 25,
    })
    expect(await stored('Vestiaire du Doubs (accès)')).toEqual({
      wheelchair: false,
      hearingLoop: false,
      ageMin: null,
      ageMax: null,
    })
    expect(await stored('Club des aînés (accès)')).toEqual({
      wheelchair: true,
      hearingLoop: false,
      ageMin: 60,
      ageMax: null,
    })

    const bad = [
      header,
      'Maison A (accès);Accueil;1 rue A;25000;Besançon;Emploi;escalier raide;;',
      'Maison B (accès);Accueil;1 rue B;25000;Besançon;Emploi;;douze;',
      'Maison C (accès);Accueil;1 rue C;25000;Besançon;Emploi;;30;25',
    ].join('\n')
    const before = await structureCount()
    const refused = await post<{ details: ImportPreviewView }>(
      '/api/directory-imports/sheet/commit',
      Buffer.from(bad, 'utf-8'),
    )
    expect(refused.status).toBe(422)
    expect(refused.body.details.badLines).toEqual([
      {
        line: 2,
        reasons: [
          'Accessibilité : « escalier raide » : écrivez « fauteuil roulant », « boucle magnétique » ou « non ».',
        ],
      },
      { line: 3, reasons: ['Âge minimum : « douze » n’est pas un âge en années (de 0 à 120).'] },
      { line: 4, reasons: ['Âge minimum : 30 ans est plus que l’âge maximum (25 ans).'] },
    ])
    expect(await structureCount()).toBe(before)
  })

  it('refuses a spreadsheet without the columns it needs, and the agents who do not keep the directory', async () => {
    const answer = await post<{ message: string }>(
      '/api/directory-imports/sheet/preview',
      Buffer.from('Nom;Ville\nLes Glanes;Besançon\n', 'utf-8'),
    )
    expect(answer.status).toBe(422)
    expect(answer.body.message).toMatch(/^Colonnes manquantes : « Adresse », « Thèmes »/)
    const agent = await t.signIn(t.tenantA.accounts.agent_accueil)
    const refused = await agent.request(
      'POST',
      '/api/directory-imports/sheet/preview',
      Buffer.from(sheetCsv(3)),
      octets,
    )
    expect(refused.status).toBe(403)
  })

  it('resumes an import whose locating stopped midway (a restart), where it stopped', async () => {
    const answer = await post<ImportView>(
      '/api/directory-imports/sheet/commit',
      Buffer.from(sheetCsv(3).replace(/Épicerie|Restaurant|Vestiaire/g, 'Nouvelle'), 'utf-8'),
    )
    await finished(answer.body.id)
    // As if the process had stopped after the first place.
    const placeIds = (
      (
        await t.database.db.owner
          .select()
          .from(directoryImports)
          .where(eq(directoryImports.id, answer.body.id))
      )[0]!.report as { placeIds: string[] }
    ).placeIds
    await t.database.db.owner
      .update(directoryPlaces)
      .set({ geocodeStatus: 'a_geocoder', latitude: null, longitude: null, citycode: null })
      .where(inArray(directoryPlaces.id, placeIds.slice(1)))
    await t.database.db.owner
      .update(directoryImports)
      .set({ status: 'en_cours', done: 1, finishedAt: null, createdAt: new Date(Date.now() - 3_600_000) })
      .where(eq(directoryImports.id, answer.body.id))
    const geocoder = createBanGeocoder({ url: t.fakeBan.url, db: t.database.db.owner })
    const calls = t.fakeBan.calls.length
    expect(await resumeUnfinishedImports(t.database.db, geocoder, new Date(Date.now() - 60_000))).toBe(1)
    const view = (await direction.get<ImportView>(`/api/directory-imports/${answer.body.id}`)).body
    expect(view).toMatchObject({ status: 'terminee', done: placeIds.length, total: placeIds.length })
    // The addresses were in the cache: the service was not asked again.
    expect(t.fakeBan.calls.length).toBe(calls)
    const located = await t.database.db.owner
      .select()
      .from(directoryPlaces)
      .where(inArray(directoryPlaces.id, placeIds))
    expect(located.every((p) => p.geocodeStatus === 'adresse' && p.latitude !== null)).toBe(true)
  })

  it('shows an import to its organisation only', async () => {
    const [mine] = (await direction.get<ImportView[]>('/api/directory-imports')).body
    const dole = await t.signIn(t.tenantB.accounts.direction)
    expect((await dole.get(`/api/directory-imports/${mine!.id}`)).status).toBe(404)
    expect((await dole.get<ImportView[]>('/api/directory-imports')).body).toEqual([])
  })
})
