// The value conversion node-postgres applies to every query parameter.
declare module 'pg/lib/utils' {
  export function prepareValue(value: unknown): string | Buffer | null
}
