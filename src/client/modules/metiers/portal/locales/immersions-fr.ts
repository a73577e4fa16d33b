/** Portal texts of the immersions part, in French (the reference), under the key `immersions`. */
export const immersionsFr = { immersions: {} }
