/** Portal texts of the retention part, in French (the reference), under the key `retention`. */
export const retentionFr = { retention: {} }
