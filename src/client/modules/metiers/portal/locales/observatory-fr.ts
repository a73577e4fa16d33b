/** Portal texts of the observatory part, in French (the reference), under the key `observatory`. */
export const observatoryFr = { observatory: {} }
