/** Portal texts of the ambassadors part, in French (the reference), under the key `ambassadors`. */
export const ambassadorsFr = { ambassadors: {} }
