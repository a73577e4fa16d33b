/** Back-office texts of the ambassadors part (editors), in French. */
export const fr = {
  nav: 'Ambassadeurs',
  navHelp: 'Relire et publier les profils des ambassadeurs, écrire leurs modules de formation.',
  pageTitle: 'Ambassadeurs des métiers',
  pageIntro:
    'Des professionnels bénévoles parlent de leur métier aux élèves, aux forums et aux personnes qui hésitent. Relisez leur profil avant publication et écrivez les modules qu’ils suivent.',
  profiles: 'Profils',
  noProfiles: 'Aucun profil envoyé pour l’instant.',
  state_a_valider: 'À relire',
  state_publie: 'Publié',
  state_refuse: 'Renvoyé',
  state_brouillon: 'Brouillon',
  paused: 'en pause',
  facts: '{{job}} · {{employer}} · {{commune}} · {{years}} an(s) de métier',
  formats: 'Formats : {{formats}}',
  progress: 'Modules suivis : {{modules}} · rencontres faites : {{meetings}}',
  note: 'Mot pour l’ambassadeur (obligatoire pour renvoyer)',
  publish: 'Publier',
  sendBack: 'Renvoyer avec ce mot',
  withdraw: 'Retirer de l’annuaire avec ce mot',
  published: 'Profil publié ; l’ambassadeur est prévenu par e-mail.',
  sentBack: 'Profil renvoyé ; l’ambassadeur est prévenu par e-mail.',
  modules: 'Modules de formation',
  modulesIntro:
    'Messages clés du métier, parler à une classe, ce qu’on ne promet pas, protection des données…',
  newModule: 'Nouveau module',
  moduleTitle: 'Titre',
  moduleSummary: 'En une phrase',
  moduleBody: 'Contenu',
  moduleBodyHelp:
    'Texte en HTML simple : titres <h2> et <h3>, paragraphes <p>, listes, liens, <strong>, <em>. Le reste est retiré à l’enregistrement.',
  modulePosition: 'Rang dans la liste',
  modulePublished: 'Publié (visible des ambassadeurs)',
  completions: '{{count}} ambassadeur(s) l’ont suivi',
  draft: 'brouillon',
  create: 'Ajouter le module',
}

export type Texts = { [K in keyof typeof fr]: string }
