import { genderLabels, relationLabels } from '../../../shared/modules/usagers/usagers.labels'
import { DocumentWriter } from './document-layout'
import {
  frenchPhone,
  fullName,
  numericDate,
  placeOf,
  postalLines,
  surnames,
  type DocumentData,
} from './documents.model'
import { frenchDate } from './french-date'

type Gender = keyof typeof genderLabels
type Relation = keyof typeof relationLabels

/** The attestation of élection de domicile, laid out with the fields of Cerfa 16030*01. */
export async function attestationPdf(data: DocumentData): Promise<Uint8Array> {
  const decision = data.decision!
  const { person, structure } = data
  const w = await DocumentWriter.create({
    title: 'Attestation d’élection de domicile',
    datedAt: decision.createdAt,
  })
  w.title(
    'Attestation d’élection de domicile',
    'Champs du Cerfa n° 16030*01',
    'Articles L264-1, L264-2 et D264-1 du code de l’action sociale et des familles',
  )

  w.section('Organisme domiciliataire')
  w.field('Nom', structure.name)
  w.field('Adresse', postalLines(structure).join(', ') || null)
  w.field('Téléphone', frenchPhone(structure.phone))
  w.field('Courriel', structure.email)
  if (structure.agrementNumber)
    w.field(
      'Agrément',
      `n° ${structure.agrementNumber}${structure.prefecture ? `, préfecture ${structure.prefecture}` : ''}`,
    )

  w.section('Personne domiciliée')
  w.field('Nom(s)', surnames(person))
  w.field('Prénom(s)', person.firstName)
  w.field('Sexe', person.gender ? (genderLabels[person.gender as Gender] ?? null) : null)
  w.field('Date de naissance', numericDate(person.birthDate))
  w.field('Lieu de naissance', data.birthPlace)

  w.section(`Ayants droit (${person.household.length})`)
  if (person.household.length === 0) w.paragraph('Aucun ayant droit.')
  for (const m of person.household) {
    w.paragraph(
      `${relationLabels[m.relation as Relation] ?? m.relation} : ${[m.firstName, m.lastName?.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ') || 'sans nom'}${m.birthDate ? `, né(e) le ${numericDate(m.birthDate)}` : ''}`,
    )
  }

  w.section('Adresse de domiciliation')
  w.paragraph('À utiliser pour toute correspondance :', { size: 9, color: 'muted' })
  for (const line of [
    fullName(person),
    structure.name,
    `Dossier n° ${data.fileNumber}`,
    ...postalLines(structure),
  ])
    w.paragraph(line, { bold: true, indent: 12 })

  w.section('Élection de domicile')
  w.field('Décision du', numericDate(decision.decidedOn))
  w.field('Valable du', numericDate(decision.validFrom))
  w.field('Jusqu’au', numericDate(decision.validUntil))
  w.field('Première élection de domicile le', numericDate(data.firstDomiciliationOn))
  w.space(6)
  w.paragraph(
    `Cette attestation n’est plus valable après le ${frenchDate(decision.validUntil!)}. Le renouvellement est de droit tant que les conditions sont remplies : présentez-vous un mois avant cette date.`,
    { size: 9.5 },
  )
  w.paragraph(
    'Le titulaire d’une attestation en cours de validité ne peut se voir refuser l’exercice d’un droit, l’accès à une prestation sociale ou à un service essentiel garanti par la loi, notamment en matière bancaire et postale, au motif qu’il ne dispose pas d’un domicile stable.',
    { size: 9.5 },
  )

  w.space(8)
  w.right(`Fait à ${placeOf(structure)}, le ${frenchDate(decision.decidedOn)}`)
  w.signature([
    'Le responsable de l’organisme',
    [structure.responsibleName, structure.responsibleFunction].filter(Boolean).join(', ') || structure.name,
    'Signature et cachet',
  ])
  return w.save()
}
