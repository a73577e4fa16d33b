import { z } from 'zod'

// Every validation message of the platform is French.
z.config(z.locales.fr())

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
  }
  return sum % 10 === 0
}

/** SIRET: 14 digits with a Luhn key; La Poste's establishments (SIREN 356000000) use a digit sum multiple of 5. */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false
  if (value.startsWith('356000000')) {
    return [...value].reduce((s, c) => s + Number(c), 0) % 5 === 0
  }
  return luhn(value)
}

const compact = (v: string) => v.replace(/[\s.]/g, '')

export const siret = z
  .string()
  .trim()
  .transform(compact)
  .refine(isValidSiret, { message: 'Le SIRET doit compter 14 chiffres et être valide (clé de contrôle).' })

/** Code officiel géographique of a commune: 5 characters, Corsica as 2A/2B, overseas 97x. */
export const codeInsee = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(?:\d{5}|2[AB]\d{3})$/, { message: 'Le code INSEE compte 5 caractères (ex. 25056, 2A004).' })

export const codePostal = z
  .string()
  .trim()
  .regex(/^\d{5}$/, { message: 'Le code postal compte 5 chiffres.' })

/** French phone numbers, stored in E.164 form (+33…). */
export const telephone = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.\-()]/g, ''))
  .refine((v) => /^(?:0[1-9]\d{8}|\+33[1-9]\d{8}|\+\d{8,15})$/.test(v), {
    message: 'Numéro de téléphone invalide (ex. 03 81 00 00 00).',
  })
  .transform((v) => (v.startsWith('0') ? `+33${v.slice(1)}` : v))

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: "L'adresse e-mail est trop longue." })
  .pipe(z.email({ message: 'Adresse e-mail invalide.' }))

/** A hex colour like #1d4ed8. */
export const couleur = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'Couleur au format #RRGGBB.' })
  .transform((v) => v.toLowerCase())

/** Free text for a name or a label: trimmed, no control characters, bounded. */
export const libelle = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, { message: 'Ce champ est obligatoire.' })
    .max(max, { message: `${max} caractères au plus.` })
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), { message: 'Caractères de contrôle interdits.' })

export { z }
