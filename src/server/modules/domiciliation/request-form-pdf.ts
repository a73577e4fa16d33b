import { formatParis } from '../../../shared/dates'
import {
  communeLinkLabels,
  orientationLabels,
  refusalMotiveLabels,
  type Orientation,
  type RefusalMotive,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { genderLabels, relationLabels } from '../../../shared/modules/usagers/usagers.labels'
import { DocumentWriter } from './document-layout'
import { frenchPhone, numericDate, postalLines, surnames, type DocumentData } from './documents.model'

type Gender = keyof typeof genderLabels
type Relation = keyof typeof relationLabels

/** The request for élection de domicile, laid out with the fields of Cerfa 16029*01. */
export async function requestFormPdf(data: DocumentData): Promise<Uint8Array> {
  const request = data.request!
  const { person, structure, decision } = data
  const w = await DocumentWriter.create({
    title: 'Demande d’élection de domicile',
    datedAt: decision?.createdAt ?? request.createdAt,
  })
  w.title(
    'Demande d’élection de domicile',
    'Champs du Cerfa n° 16029*01',
    'Articles L264-1 à L264-10 et D264-1 à D264-3 du code de l’action sociale et des familles',
  )

  w.section('Type de demande')
  w.checkbox('Première demande', request.kind === 'PREMIERE')
  w.checkbox('Renouvellement', request.kind === 'RENOUVELLEMENT')

  w.section('Le demandeur')
  w.field('Nom(s)', surnames(person))
  w.field('Prénom(s)', person.firstName)
  w.field('Sexe', person.gender ? (genderLabels[person.gender as Gender] ?? null) : null)
  w.field('Date de naissance', numericDate(person.birthDate))
  w.field('Lieu de naissance', data.birthPlace)
  w.field('Téléphone', frenchPhone(person.phone))
  w.field('Courriel', person.email)
  w.field('Numéro de dossier', String(data.fileNumber))

  w.section(`Ayants droit (${person.household.length})`)
  if (person.household.length === 0) w.paragraph('Aucun ayant droit déclaré.')
  for (const m of person.household) {
    w.paragraph(
      `${relationLabels[m.relation as Relation] ?? m.relation} : ${[m.firstName, m.lastName?.toLocaleUpperCase('fr-FR')].filter(Boolean).join(' ') || 'sans nom'}${m.birthDate ? `, né(e) le ${numericDate(m.birthDate)}` : ''}`,
    )
  }

  w.section('Organisme auprès duquel la domiciliation est demandée')
  w.field('Nom', structure.name)
  w.field('Adresse', postalLines(structure).join(', ') || null)
  w.field('Téléphone', frenchPhone(structure.phone))
  w.field('Courriel', structure.email)
  if (structure.agrementNumber)
    w.field(
      'Agrément',
      `n° ${structure.agrementNumber}${structure.prefecture ? `, préfecture ${structure.prefecture}` : ''}`,
    )

  w.section('Dépôt de la demande')
  w.field('Déposée le', numericDate(request.filedOn))
  w.field('Accusé de réception le', numericDate(request.acknowledgedOn))
  w.field('Réponse due au plus tard le', numericDate(request.deadlineOn))

  w.section('Entretien')
  w.field('Date et heure', request.interviewAt ? formatParis(request.interviewAt) : null)
  w.field('Avec', data.interviewerName)
  w.field('Lieu', request.interviewPlace)
  const interview = request.interview
  const link = 'linkWithCommune' in interview ? interview : null
  w.field(
    'Rattachement (lien avec la commune)',
    link ? [communeLinkLabels[link.linkWithCommune], link.linkDetail].filter(Boolean).join(' — ') : null,
  )

  w.section('Décision')
  if (!decision) w.paragraph('Décision en attente.')
  else if (decision.kind === 'REFUS') {
    w.checkbox('Élection de domicile accordée', false)
    w.checkbox(`Élection de domicile refusée le ${numericDate(decision.decidedOn)}`, true)
    w.field(
      'Motif du refus',
      [refusalMotiveLabels[decision.motive as RefusalMotive] ?? decision.motive, decision.motiveDetail]
        .filter(Boolean)
        .join(' — '),
    )
    w.field(
      'Orientation proposée',
      [
        orientationLabels[decision.orientation as Orientation] ?? decision.orientation,
        decision.orientationDetail,
      ]
        .filter(Boolean)
        .join(' : '),
    )
  } else {
    w.checkbox(`Élection de domicile accordée le ${numericDate(decision.decidedOn)}`, true)
    w.checkbox('Élection de domicile refusée', false)
    w.field('Valable du', `${numericDate(decision.validFrom)} au ${numericDate(decision.validUntil)}`)
  }

  w.signature(
    [
      'Le responsable de l’organisme',
      [structure.responsibleName, structure.responsibleFunction].filter(Boolean).join(', ') || structure.name,
    ],
    ['Signature du demandeur'],
  )
  return w.save()
}
