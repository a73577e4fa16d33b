/** Portal texts of the agrement part, in French (the reference), under the key `agrement`. */
export const agrementFr = { agrement: {} }
