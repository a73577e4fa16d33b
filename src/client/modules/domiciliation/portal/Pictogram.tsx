import type { ReactElement } from 'react'

/** The pictograms of the easy-to-read version: simple line drawings, always beside their text. */
export type PictogramName = 'letter' | 'calendar' | 'person' | 'key' | 'door'

const drawings: Record<PictogramName, ReactElement> = {
  letter: (
    <>
      <rect x="6" y="14" width="52" height="36" rx="4" />
      <polyline points="6,16 32,36 58,16" />
    </>
  ),
  calendar: (
    <>
      <rect x="8" y="12" width="48" height="44" rx="4" />
      <line x1="8" y1="24" x2="56" y2="24" />
      <line x1="20" y1="6" x2="20" y2="16" />
      <line x1="44" y1="6" x2="44" y2="16" />
      <rect x="18" y="32" width="8" height="8" />
      <rect x="36" y="40" width="8" height="8" />
    </>
  ),
  person: (
    <>
      <circle cx="32" cy="18" r="10" />
      <path d="M12 58c0-12 9-20 20-20s20 8 20 20" />
    </>
  ),
  key: (
    <>
      <circle cx="20" cy="32" r="10" />
      <line x1="30" y1="32" x2="58" y2="32" />
      <line x1="50" y1="32" x2="50" y2="42" />
      <line x1="42" y1="32" x2="42" y2="40" />
    </>
  ),
  door: (
    <>
      <rect x="14" y="6" width="30" height="52" rx="2" />
      <circle cx="37" cy="34" r="2" />
      <polyline points="44,32 58,32" />
      <polyline points="52,26 58,32 52,38" />
    </>
  ),
}

export function Pictogram({ name }: { name: PictogramName }) {
  return (
    <svg
      className="portal-picto"
      viewBox="0 0 64 64"
      width="56"
      height="56"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {drawings[name]}
    </svg>
  )
}
