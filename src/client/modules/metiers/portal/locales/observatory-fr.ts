/** Portal texts of the observatory part, in French (the reference), under the key `observatory`. */
export const observatoryFr = {
  observatory: {
    contact: {
      titre: 'Écrire à la plateforme',
      intro:
        'Une question sur un métier, une formation, une offre ou votre compte ? Écrivez-nous : {{organisation}} vous répond par e-mail.',
      delai_one: 'Réponse promise en {{count}} jour ouvré au plus.',
      delai_other: 'Réponse promise en {{count}} jours ouvrés au plus.',
      ferme:
        'Ce formulaire n’est pas encore ouvert : l’administration de la plateforme n’a pas choisi l’organisation qui répond aux messages. Revenez bientôt.',
      chargement: 'Chargement du formulaire…',
      erreurChargement: 'Le formulaire n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
      reessayer: 'Réessayer',
      nom: 'Votre nom',
      email: 'Votre adresse e-mail',
      emailAide: 'Pour vous répondre, et vous envoyer l’accusé de réception.',
      sujet: 'Sujet',
      choisir: 'Choisissez un sujet',
      sujets: {
        metier: 'Une question sur un métier',
        formation: 'Formation, apprentissage, immersion',
        offre: 'Une offre d’emploi ou une candidature',
        compte: 'Mon compte candidat',
        employeur: 'Je suis employeur : publier, recruter',
        probleme: 'Un problème sur le site',
        autre: 'Autre question',
      },
      message: 'Votre message',
      messageAide: 'N’écrivez pas de données de santé ni de numéro de sécurité sociale.',
      question: 'Question pour vérifier que vous n’êtes pas un robot',
      consentement:
        'J’accepte que {{organisation}} garde mon message et mon adresse le temps de me répondre (un an au plus).',
      piege: 'Ne remplissez pas ce champ',
      envoyer: 'Envoyer mon message',
      envoi: 'Envoi…',
      champVide: 'Ce champ est obligatoire.',
      emailInvalide: 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).',
      consentementManquant:
        'Cochez la case pour que nous puissions garder votre message le temps de vous répondre.',
      formulaire: 'Le message n’est pas parti : corrigez les champs signalés.',
      general: 'Le message n’est pas parti. Réessayez dans un instant.',
      envoyeTitre: 'Message envoyé',
      envoye: '{{organisation}} a bien reçu votre message. Sa référence : {{reference}}.',
      reponse:
        'Vous aurez une réponse au plus tard le {{date}}. Un e-mail de confirmation vous a été envoyé.',
      autre: 'Écrire un autre message',
    },
  },
}
