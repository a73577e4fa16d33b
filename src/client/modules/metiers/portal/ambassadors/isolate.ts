/** A name or a place put into a sentence, isolated so that it keeps its own direction in Arabic (FSI … PDI). */
export const isolate = (text: string) => `\u2068${text}\u2069`
