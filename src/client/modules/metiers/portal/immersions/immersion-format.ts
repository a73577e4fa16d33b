import { formatDate } from '../../../../app/format'

/** A civil date (AAAA-MM-JJ) in the interface language. */
export const formatDay = (day: string, language: string) => formatDate(`${day}T12:00:00Z`, language)
