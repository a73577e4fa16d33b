// Must fail: @typescript-eslint/switch-exhaustiveness-check.
export function label(channel: 'phone' | 'letter' | 'walk_in'): string {
  switch (channel) {
    case 'phone':
      return 'Téléphone'
    case 'letter':
      return 'Courrier'
  }
  return ''
}
