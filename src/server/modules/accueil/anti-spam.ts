import { departementOf, departements } from './departements'

/**
 * The contact form's question against robots: plain French, about the organisation's own
 * département, answered in words anyone nearby knows. The form gets the question's id and
 * text, never its answer.
 */
export interface AntiSpamQuestion {
  id: string
  text: string
}

interface QuestionKind {
  id: string
  /** The question and its expected answer, or nothing when it does not apply to this organisation. */
  build(communeInsee: string | null): { text: string; answer: string } | undefined
}

const kinds: QuestionKind[] = [
  {
    id: 'nom-du-departement',
    build(insee) {
      const code = departementOf(insee)
      return code
        ? { text: `Comment s'appelle le département ${code} ?`, answer: departements[code]! }
        : undefined
    },
  },
  {
    id: 'numero-du-departement',
    build(insee) {
      const code = departementOf(insee)
      return code
        ? {
            text: `Quel est le numéro du département « ${departements[code]} » ? (en chiffres)`,
            answer: code,
          }
        : undefined
    },
  },
  {
    id: 'jour-apres-lundi',
    build: () => ({ text: 'Quel jour de la semaine vient après lundi ?', answer: 'mardi' }),
  },
]

/** Words left out when comparing answers: articles, "département", and "st" read as "saint". */
const ignoredWords = new Set(['le', 'la', 'les', 'l', 'du', 'de', 'des', 'd', 'departement', 'dept'])

/**
 * Lower case, without accents, hyphens, punctuation, articles or leading zeros. An apostrophe
 * either separates words ("l'Ain" → "ain") or joins them ("Côte-d'Or" → "cote dor").
 */
export function normaliseAnswer(value: string, apostrophe: 'separates' | 'joins' = 'separates'): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, apostrophe === 'joins' ? '' : ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !ignoredWords.has(w))
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : /^\d+$/.test(w) ? String(Number(w)) : w))
    .join(' ')
}

/** The questions that apply to an organisation, in a fixed order. */
export function questionsFor(communeInsee: string | null): AntiSpamQuestion[] {
  return kinds.flatMap((k) => {
    const built = k.build(communeInsee)
    return built ? [{ id: k.id, text: built.text }] : []
  })
}

/** One of the questions; `pick` chooses among them (random by default). */
export function chooseQuestion(
  communeInsee: string | null,
  pick: (n: number) => number = (n) => Math.floor(Math.random() * n),
): AntiSpamQuestion {
  const applicable = askable(communeInsee)
  return applicable[pick(applicable.length)] ?? applicable[0]!
}

/** The general question is only asked of an organisation without a known département: robots could learn it. */
function askable(communeInsee: string | null): AntiSpamQuestion[] {
  const list = questionsFor(communeInsee)
  return list.length > 1 ? list.filter((q) => q.id !== 'jour-apres-lundi') : list
}

export function isCorrectAnswer(communeInsee: string | null, questionId: string, answer: string): boolean {
  if (!askable(communeInsee).some((q) => q.id === questionId)) return false
  const built = kinds.find((k) => k.id === questionId)?.build(communeInsee)
  if (!built) return false
  const readings = (v: string) => [normaliseAnswer(v, 'separates'), normaliseAnswer(v, 'joins')]
  const expected = readings(built.answer)
  return readings(answer).some((given) => given !== '' && expected.includes(given))
}
