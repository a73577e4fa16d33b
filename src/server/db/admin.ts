import pg from 'pg'

/** The same server URL, pointing at another database. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.href
}

async function onServer(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

const identifier = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`nom de base invalide : ${name}`)
  return name
}

/** Creates a database on the server of `url` (optionally as a copy of a template); returns its URL. */
export async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  await onServer(url, `create database ${identifier(name)}${template ? ` template ${identifier(template)}` : ''}`)
  return withDatabase(url, name)
}

export async function dropDatabase(url: string, name: string) {
  await onServer(url, `drop database if exists ${identifier(name)} with (force)`)
}
