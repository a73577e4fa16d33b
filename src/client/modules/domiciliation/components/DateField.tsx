import type { ReactNode } from 'react'
import { NativeField } from '../../../ui/NativeField'

interface DateFieldProps {
  label: ReactNode
  name: string
  value: string
  onChange: (value: string) => void
  description?: ReactNode
}

/** A day (AAAA-MM-JJ) with the browser's own date picker, its label, help and the server's error. */
export function DateField(props: DateFieldProps) {
  return <NativeField {...props} type="date" inputClassName="domi-date" />
}
