/**
 * The convention of an immersion (PMSMP-style: période de mise en situation en milieu
 * professionnel, code du travail L5135-1 and following), built only from the stored fields and the
 * convention's last change: the same data always gives the same bytes.
 */
import { parisDate } from '../../../../shared/dates'
import { periodDays } from '../../../../shared/modules/metiers/immersions-capacity'
import {
  immersionObjectiveLabels,
  immersionObjectives,
  prescriberTypeLabels,
  type PrescriberType,
} from '../../../../shared/modules/metiers/immersions.constants'
import { ConventionLayout } from './convention-layout'
import type { ConventionRow, ImmersionRequestRow } from './immersions.repository'

export interface ConventionFacts {
  request: ImmersionRequestRow
  convention: ConventionRow
  jobTitle: string
  logoDataUrl: string | null
}

const longDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
const shortDate = (day: string) => day.split('-').reverse().join('/')
const phoneForPrint = (phone: string | null) =>
  phone?.startsWith('+33') ? `0${phone.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ') : (phone ?? '')

export async function conventionPdf({ request, convention: c, jobTitle, logoDataUrl }: ConventionFacts) {
  const doc = await ConventionLayout.create({
    title: `Convention d’immersion — ${request.firstName} ${request.lastName}`,
    datedAt: c.updatedAt,
    logoDataUrl,
  })
  const days = periodDays(c)
  const person = `${request.firstName} ${request.lastName}`

  doc.heading(
    'Convention de mise en situation en milieu professionnel',
    `Immersion de découverte — établie le ${shortDate(parisDate(c.updatedAt))}, référence ${request.id.slice(-12).toUpperCase()}. ` +
      'Période encadrée par les articles L5135-1 à L5135-8 et D5135-1 et suivants du code du travail.',
  )

  doc.section('1. La personne en immersion (bénéficiaire)')
  doc.field('Nom et prénom', person)
  doc.field('Date de naissance', c.beneficiaryBirthDate ? shortDate(c.beneficiaryBirthDate) : null)
  doc.field('Adresse', c.beneficiaryAddress)
  doc.field('E-mail', request.email)
  doc.field('Téléphone', phoneForPrint(request.phone))

  doc.section('2. La structure d’accueil')
  doc.field('Structure', c.hostName)
  doc.field('SIRET', c.hostSiret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4'))
  doc.field('Lieu de l’immersion', c.hostAddress)
  doc.field('Signataire', c.hostSignatory)
  doc.field('Tuteur ou tutrice', `${c.tutorName}, ${c.tutorJob}`)
  doc.field('Contact du tuteur', c.tutorContact)

  doc.section('3. La structure prescriptrice (accompagnement de la personne)')
  doc.field('Type', c.prescriberType ? prescriberTypeLabels[c.prescriberType as PrescriberType] : null)
  doc.field('Structure', c.prescriberName)
  doc.field('Conseiller ou conseillère', c.prescriberAdvisor)
  doc.field('Contact', c.prescriberContact)

  doc.section('4. L’immersion')
  doc.field('Métier découvert', jobTitle)
  doc.field(
    'Objectif',
    immersionObjectives
      .map((o) => `${o === c.objective ? '[X]' : '[  ]'} ${immersionObjectiveLabels[o]}`)
      .join('\n'),
  )
  doc.field(
    'Dates',
    `du ${longDate(c.startDate)} au ${longDate(c.endDate)} (${days} jour${days > 1 ? 's' : ''} calendaires)`,
  )
  doc.field('Horaires journaliers', c.dailyHours)
  doc.field('Durée hebdomadaire', c.weeklyHours ? `${c.weeklyHours} heures` : null)

  doc.section('5. Activités et compétences')
  doc.field('Activités confiées', c.activities)
  doc.field('Compétences observées', c.skillsObserved)

  doc.section('6. Prévention des risques et assurances')
  doc.field('Prévention des risques', c.riskPrevention)
  doc.field('Assurance (responsabilité civile)', c.insurance)
  doc.paragraph(
    'La personne n’est ni salariée ni rémunérée par la structure d’accueil : elle garde son statut et, le cas échéant, ' +
      'sa rémunération ou son allocation. Elle suit le règlement intérieur et les consignes de sécurité de la structure ' +
      'd’accueil, qui lui confie uniquement des tâches conformes à l’objectif ci-dessus et ne la fait jamais travailler seule ' +
      'sur un poste à risque. Elle reste couverte pour les accidents du travail dans les conditions prévues par le code de la ' +
      'sécurité sociale, la déclaration étant faite par la structure prescriptrice. Tout accident est signalé à celle-ci dans ' +
      'les 24 heures. Chaque partie peut mettre fin à l’immersion à tout moment en prévenant les deux autres.',
    8.5,
    'muted',
  )

  doc.section('7. Signatures')
  doc.paragraph(
    `Fait à ${c.signaturePlace}, en trois exemplaires, le ........................................`,
  )
  doc.space(4)
  doc.signatures([
    ['La personne en immersion', person, 'Date :', `Lieu : ${c.signaturePlace}`],
    ['La structure d’accueil', c.hostName, c.hostSignatory, 'Date :', `Lieu : ${c.signaturePlace}`],
    [
      'La structure prescriptrice',
      c.prescriberName,
      c.prescriberAdvisor || ' ',
      'Date :',
      `Lieu : ${c.signaturePlace}`,
    ],
  ])
  return doc.save()
}
