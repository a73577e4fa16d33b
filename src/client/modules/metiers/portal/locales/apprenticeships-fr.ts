/** Portal texts of the apprenticeships part, in French (the reference), under the key `apprenticeships`. */
export const apprenticeshipsFr = { apprenticeships: {} }
