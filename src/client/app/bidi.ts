/**
 * Wraps a value typed by people (a name, an e-mail) in Unicode isolates (FSI … PDI), so that a
 * Latin name inside an Arabic sentence, or the reverse, keeps its own direction and punctuation.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`
