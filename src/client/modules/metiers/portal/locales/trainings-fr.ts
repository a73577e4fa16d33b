/** Portal texts of the trainings part, in French (the reference), under the key `trainings`. */
export const trainingsFr = { trainings: {} }
