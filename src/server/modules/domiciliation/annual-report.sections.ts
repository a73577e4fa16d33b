import { parisDate } from '../../../shared/dates'
import type { AnnualReportView, CountLine } from '../../../shared/modules/domiciliation/reports.contract'
import {
  NOT_GIVEN_LABEL,
  reportQuestionLabels,
  waitingTimeBandLabels,
} from '../../../shared/modules/domiciliation/reports.constants'

/** A table of the report: a title, column headers, rows of a label and numbers (or a text answer). */
export interface ReportTable {
  title: string
  columns: string[]
  rows: (string | number)[][]
}

/** A part of the report, as the préfet's questionnaire orders it. */
export interface ReportPart {
  title: string
  tables: ReportTable[]
}

const day = (iso: string) => iso.split('-').reverse().join('/')
const counts = (title: string, lines: CountLine[], column = 'Personnes'): ReportTable => ({
  title,
  columns: ['', column],
  rows: lines.map((l) => [l.label, l.count]),
})
const yesNo = (v: boolean | null) => (v === null ? NOT_GIVEN_LABEL : v ? 'Oui' : 'Non')
const number = (v: number | null) => (v === null ? NOT_GIVEN_LABEL : v.toLocaleString('fr-FR'))

/**
 * The report laid out once for every format (PDF and XLSX): the same parts, tables, rows and
 * wording, so the two files say the same thing.
 */
export function reportParts(r: AnnualReportView): ReportPart[] {
  const s = r.stock
  const d = r.decisions
  const a = r.activity
  return [
    {
      title: `1. Domiciliations en cours de validité au ${day(s.on)}`,
      tables: [
        {
          title: 'Effectifs',
          columns: ['', 'Nombre'],
          rows: [
            ['Élections de domicile en cours de validité', s.domiciliations],
            ['Ayants droit (membres du foyer des personnes domiciliées)', s.ayantsDroit],
            ['Personnes domiciliées, ayants droit compris', s.persons],
          ],
        },
        counts('Type de la dernière décision', s.byKind),
        counts('Sexe', s.bySex),
        {
          title: 'Âge au dernier jour de la période',
          columns: ['', 'Personnes domiciliées', 'Ayants droit'],
          rows: s.ageBands.map((b) => [b.label, b.domiciled, b.ayantsDroit]),
        },
        counts('Composition du ménage', s.householdType),
        counts('Cause de l’instabilité du logement', s.instabilityCause),
        counts('Lien avec la commune', s.linkWithCommune),
        counts('Motif principal de la demande', s.requestReason),
        counts('Situation résidentielle', s.residenceSituation),
        counts('Accompagnement social', s.sociallyAccompanied),
        counts('Situation professionnelle', s.professionalSituation),
      ],
    },
    {
      title: `2. Décisions de l’année ${r.year}`,
      tables: [
        {
          title: 'Attestations délivrées',
          columns: ['', 'Nombre'],
          rows: [
            ['Premières domiciliations', d.firstAttestations],
            ['Renouvellements', d.renewals],
            ['Total des attestations', d.attestations],
            ['Ayants droit couverts par ces attestations', d.ayantsDroitCovered],
          ],
        },
        counts(`Refus (${d.refusals}), par motif`, d.refusalsByMotive, 'Refus'),
        counts('Orientations proposées après un refus', d.orientations, 'Refus'),
        counts(`Radiations (${d.radiations}), par motif`, d.radiationsByMotive, 'Radiations'),
      ],
    },
    {
      title: `3. Activité de l’année ${r.year}`,
      tables: [
        {
          title: 'Contacts avec les personnes domiciliées',
          columns: ['', 'Nombre'],
          rows: [
            ['Passages', a.visits],
            ['Appels', a.calls],
            ['Connexions à l’espace personnel', a.portalSignIns],
          ],
        },
        {
          title: 'Courrier',
          columns: ['', 'Reçus', 'Remis', 'Réexpédiés', 'Retournés'],
          rows: a.mail.map((m) => [m.label, m.received, m.handedOver, m.forwarded, m.returned]),
        },
      ],
    },
    {
      title: '4. Fonctionnement et moyens',
      tables: [
        {
          title: 'Délais mesurés par le logiciel',
          columns: ['', 'Valeur'],
          rows: [
            ['Demandes en attente de décision au dernier jour', r.waiting.pendingOnLastDay],
            ['Demandes décidées dans l’année', r.waiting.decidedRequests],
            [
              'Délai moyen entre le dépôt et la décision (jours)',
              r.waiting.averageDaysToDecide === null ? NOT_GIVEN_LABEL : r.waiting.averageDaysToDecide,
            ],
          ],
        },
        {
          title: 'Questions déclaratives',
          columns: ['', 'Réponse'],
          rows: [
            [reportQuestionLabels.waitingList, yesNo(r.answers.waitingList)],
            [
              reportQuestionLabels.averageWaitingTime,
              r.answers.averageWaitingTime
                ? waitingTimeBandLabels[r.answers.averageWaitingTime]
                : NOT_GIVEN_LABEL,
            ],
            [reportQuestionLabels.staffFte, number(r.answers.staffFte)],
            [reportQuestionLabels.volunteers, number(r.answers.volunteers)],
            [reportQuestionLabels.humanCostEuros, number(r.answers.humanCostEuros)],
            [reportQuestionLabels.totalCostEuros, number(r.answers.totalCostEuros)],
            [reportQuestionLabels.comments, r.answers.comments ?? NOT_GIVEN_LABEL],
          ],
        },
        {
          title: 'Jours et heures d’ouverture',
          columns: ['', ''],
          rows: [['Accueil de la domiciliation', r.openingHours ?? NOT_GIVEN_LABEL]],
        },
      ],
    },
  ]
}

export const reportTitle = (r: AnnualReportView) => `Rapport d’activité de domiciliation ${r.year}`
export const reportSubtitle = (r: AnnualReportView) =>
  `${r.organisationName} · article D264-8 du code de l’action sociale et des familles · établi le ${day(parisDate(new Date(r.generatedAt)))}`
