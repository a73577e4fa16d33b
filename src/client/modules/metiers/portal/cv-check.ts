import { cvMaxBytes, cvTypes } from '../../../../shared/modules/metiers/metiers.constants'

const extensions = ['.pdf', '.docx', '.odt']

/**
 * The browser's first look at a CV, before sending it: PDF, DOCX or ODT (by type, or by name when
 * the browser does not know the type), 10 MB at most. The server reads the bytes and decides.
 */
export function cvProblem(file: { name: string; type: string; size: number }): 'type' | 'taille' | null {
  const name = file.name.toLowerCase()
  const typeKnown = (cvTypes as readonly string[]).includes(file.type)
  const nameKnown = extensions.some((ext) => name.endsWith(ext))
  if (!typeKnown && !(file.type === '' || file.type === 'application/octet-stream' ? nameKnown : false))
    return 'type'
  if (file.size > cvMaxBytes) return 'taille'
  return null
}

/** The `accept` attribute of the CV field. */
export const cvAccept = [...extensions, ...cvTypes].join(',')
