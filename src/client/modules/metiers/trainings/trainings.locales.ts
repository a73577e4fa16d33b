/** Texts of the métiers module's trainings part, under the key "metiers_trainings". */
const fr = {}

export const trainingsLocales = {
  fr: { metiers_trainings: fr },
  en: { metiers_trainings: {} as typeof fr },
  ar: { metiers_trainings: {} as typeof fr },
}
