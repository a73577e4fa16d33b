/** Texts of the pilotage module's transparency part (fr). */
export const fr = {
  period: 'du {{start}} au {{end}}',
  since: 'à partir du {{start}}',
  until: 'jusqu’au {{end}}',
  counts: '{{axes}} axes, {{actions}} actions',
  status: {
    a_lancer: 'À lancer',
    en_cours: 'En cours',
    en_retard: 'En retard',
    realise: 'Réalisé',
    abandonne: 'Abandonné',
  },
  kind: { projet_phare: 'Projet phare', action: 'Action' },
  list: {
    title: 'Plans d’action publiés',
    intro:
      'Les plans que les organisations de la plateforme rendent publics : leurs axes, leurs actions et où elles en sont.',
    none: 'Aucun plan publié pour le moment.',
  },
  plan: {
    loading: 'Plan d’action',
    state: 'Où en sont les actions',
    axis: 'Axe {{n}}',
    axisState: 'Où en sont les actions de l’axe {{n}}',
    actionsOf: 'Actions de l’axe {{n}}',
    number: 'N°',
    action: 'Action',
    status: 'Statut',
    dates: 'Dates',
    noAction: 'Aucune action pour le moment.',
    source: 'Source :',
    all: 'Tous les plans publiés',
  },
}
