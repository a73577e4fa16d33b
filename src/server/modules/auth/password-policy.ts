import { DomainError } from '../../../shared/errors'

/**
 * Breach-style checks without any external call: the most used passwords (international and
 * French), their decorated variants (capital, digits or symbols around, leet speak), and
 * passwords built from the person's own name or e-mail.
 */
const common = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty 1q2w3e4r 111111 123123 1234567890 000000 abc123
  password1 iloveyou azerty azertyuiop motdepasse soleil doudou chouchou loulou marseille nicolas julien
  camille jetaime bonjour football coucou chocolat princesse amour toulouse lyon paris france
  admin administrateur welcome letmein monkey dragon sunshine princess baseball master shadow superman
  michael trustno1 passw0rd starwars whatever freedom hello charlie donald secret ninja mustang
  bienvenue ccas mairie social changeme motdepasse1 azerty123 qwertyuiop 123soleil marseille13 olivier
  thomas alexandre antoine celine isabelle nathalie stephanie sandrine caroline aurelie vincent
  lien lienlien liberte egalite fraternite republique bonjour123 salut motdepass mdp`.split(/\s+/),
)

const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' }

function normalise(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

function cores(password: string): string[] {
  const n = normalise(password)
  const stripped = n.replace(/^[^a-z]+|[^a-z]+$/g, '')
  const unleet = n.replace(/[013457@$!]/g, (c) => leet[c] ?? c)
  const words = n.split(/[^a-z0-9]+/).filter(Boolean)
  return [n, stripped, unleet, unleet.replace(/^[^a-z]+|[^a-z]+$/g, ''), words.join('')]
}

function isSequence(value: string): boolean {
  const s = normalise(value)
  if (new Set(s).size <= 3) return true
  const rows = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'azertyuiopqsdfghjklmwxcvbn', 'qwertyuiopasdfghjklzxcvbnm']
  return rows.some((row) => row.includes(s) || [...row].reverse().join('').includes(s))
}

/** Throws a French message naming `field` when the password is too weak. */
export function checkPasswordStrength(password: string, personal: string[], field = 'newPassword') {
  const fail = (message: string) => {
    throw new DomainError('validation', `Mot de passe trop faible : ${message}`, [{ field, message }])
  }
  if (password.length < 12) fail('12 caractères au moins.')
  if (isSequence(password)) fail('évitez les suites et les répétitions de caractères.')
  const candidates = cores(password)
  if (candidates.some((c) => c.length > 0 && (common.has(c) || isSequence(c)))) {
    fail('ce mot de passe figure parmi les plus utilisés.')
  }
  const n = normalise(password).replace(/[^a-z0-9]/g, '')
  for (const item of personal) {
    for (const part of normalise(item).split(/[^a-z0-9]+/)) {
      if (part.length >= 4 && n.includes(part) && n.length - part.length < 8) {
        fail('il ne doit pas reprendre votre nom ou votre adresse e-mail.')
      }
    }
  }
}
