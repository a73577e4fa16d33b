/** Texts of the pilotage module's transparency part (en). */
export const en = {
  period: 'from {{start}} to {{end}}',
  since: 'from {{start}}',
  until: 'until {{end}}',
  counts: '{{axes}} axes, {{actions}} actions',
  status: {
    a_lancer: 'Not started',
    en_cours: 'In progress',
    en_retard: 'Late',
    realise: 'Done',
    abandonne: 'Given up',
  },
  kind: { projet_phare: 'Flagship project', action: 'Action' },
  list: {
    title: 'Published action plans',
    intro:
      'The plans the platform’s organisations make public: their axes, their actions and how far they have got.',
    none: 'No plan published yet.',
  },
  plan: {
    loading: 'Action plan',
    state: 'Where the actions stand',
    axis: 'Axis {{n}}',
    axisState: 'Where the actions of axis {{n}} stand',
    actionsOf: 'Actions of axis {{n}}',
    number: 'No.',
    action: 'Action',
    status: 'Status',
    dates: 'Dates',
    noAction: 'No action yet.',
    source: 'Source:',
    all: 'All published plans',
  },
}
