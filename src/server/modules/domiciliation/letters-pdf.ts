import {
  orientationLabels,
  radiationMotiveLabels,
  refusalMotiveLabels,
  requestKindLabels,
  type Orientation,
  type RadiationMotive,
  type RefusalMotive,
  type RequestKind,
} from '../../../shared/modules/domiciliation/domiciliation.constants'
import { DocumentWriter } from './document-layout'
import { frenchPhone, fullName, placeOf, postalLines, type DocumentData } from './documents.model'
import { frenchDate } from './french-date'

/** Letterhead, recipient (at the structure's address), place and date, subject. */
function head(w: DocumentWriter, data: DocumentData, subject: string) {
  const { structure, person } = data
  w.paragraph(structure.name, { bold: true })
  for (const line of postalLines(structure)) w.paragraph(line, { size: 9.5 })
  const contact = [frenchPhone(structure.phone), structure.email].filter(Boolean).join(' · ')
  if (contact) w.paragraph(contact, { size: 9.5 })
  w.space(18)
  for (const line of [
    fullName(person),
    `Dossier n° ${data.fileNumber}`,
    structure.name,
    ...postalLines(structure),
  ])
    w.paragraph(line, { indent: 260 })
  w.space(14)
  w.right(`${placeOf(structure)}, le ${frenchDate(data.decision!.decidedOn)}`)
  w.space(14)
  w.paragraph(`Objet : ${subject}`, { bold: true })
  w.space(8)
}

/** The means of appeal every adverse decision states. */
function appeal(w: DocumentWriter, data: DocumentData) {
  const { structure } = data
  w.space(6)
  w.paragraph('Voies de recours', { bold: true })
  w.paragraph(
    `Vous pouvez contester cette décision dans un délai de deux mois à compter de sa réception : par un recours gracieux adressé à ${structure.responsibleName ? `${structure.responsibleName}${structure.responsibleFunction ? `, ${structure.responsibleFunction}` : ''}, ` : ''}${structure.name}, ou par un recours contentieux devant le tribunal administratif compétent. Le recours gracieux prolonge le délai du recours contentieux, qui court à nouveau à compter de la réponse (ou de son absence pendant deux mois). Le tribunal administratif peut aussi être saisi par l’application Télérecours citoyens (www.telerecours.fr).`,
  )
}

function closing(w: DocumentWriter, data: DocumentData) {
  const { structure } = data
  w.space(6)
  w.paragraph('Nous vous prions d’agréer l’expression de nos salutations distinguées.')
  w.signature([
    [structure.responsibleName, structure.responsibleFunction].filter(Boolean).join(', ') || structure.name,
  ])
}

/** The refusal letter: the motive, the mandatory orientation (L264-4) and the means of appeal. */
export async function refusalLetterPdf(data: DocumentData): Promise<Uint8Array> {
  const decision = data.decision!
  const request = data.request
  const w = await DocumentWriter.create({
    title: 'Refus d’élection de domicile',
    datedAt: decision.createdAt,
  })
  head(w, data, 'refus de votre demande d’élection de domicile')
  w.paragraph(
    `Madame, Monsieur,\n\nVous avez demandé le ${request ? frenchDate(request.filedOn) : '—'} à être domicilié(e) auprès de notre organisme (${request ? requestKindLabels[request.kind as RequestKind].toLocaleLowerCase('fr-FR') : 'demande'}). Après examen de votre demande${request?.interviewAt ? ` et l’entretien du ${frenchDate(request.interviewAt)}` : ''}, nous ne pouvons pas y répondre favorablement, pour le motif suivant :`,
  )
  w.space(4)
  w.paragraph(refusalMotiveLabels[decision.motive as RefusalMotive] ?? decision.motive ?? '—', {
    bold: true,
    indent: 12,
  })
  if (decision.motiveDetail) w.paragraph(decision.motiveDetail, { indent: 12 })
  w.space(4)
  w.paragraph(
    'Conformément à l’article L264-4 du code de l’action sociale et des familles, nous vous orientons vers un organisme en mesure d’assurer votre domiciliation :',
  )
  w.paragraph(
    `${orientationLabels[decision.orientation as Orientation] ?? decision.orientation ?? '—'}${decision.orientationDetail ? ` : ${decision.orientationDetail}` : ''}`,
    { bold: true, indent: 12 },
  )
  appeal(w, data)
  closing(w, data)
  return w.save()
}

/** The radiation letter: the end of the domiciliation, its motive and the means of appeal. */
export async function radiationLetterPdf(
  data: DocumentData,
  endedValidity: string | null,
): Promise<Uint8Array> {
  const decision = data.decision!
  const w = await DocumentWriter.create({
    title: 'Fin de domiciliation (radiation)',
    datedAt: decision.createdAt,
  })
  head(w, data, 'fin de votre domiciliation (radiation)')
  w.paragraph(
    `Madame, Monsieur,\n\nVotre élection de domicile auprès de notre organisme${endedValidity ? `, valable jusqu’au ${frenchDate(endedValidity)},` : ''} prend fin à compter du ${frenchDate(decision.decidedOn)}, pour le motif suivant :`,
  )
  w.space(4)
  w.paragraph(radiationMotiveLabels[decision.motive as RadiationMotive] ?? decision.motive ?? '—', {
    bold: true,
    indent: 12,
  })
  if (decision.motiveDetail) w.paragraph(decision.motiveDetail, { indent: 12 })
  w.space(4)
  if (decision.motive === 'NON_MANIFESTATION_3_MOIS')
    w.paragraph(
      'Si votre absence était due à des raisons de santé ou à une privation de liberté (article D264-3 du code de l’action sociale et des familles), prenez contact avec nous : cette décision sera réexaminée.',
    )
  w.paragraph(
    'Le courrier qui arrivera désormais à votre nom sera retourné à l’expéditeur. Vous pouvez déposer une nouvelle demande d’élection de domicile si vous n’avez toujours pas de domicile stable.',
  )
  appeal(w, data)
  closing(w, data)
  return w.save()
}
