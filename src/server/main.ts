import { loadConfig } from './config'
import { DataDirLockedError } from './db/lock'
import { describeDemo } from './demo/demo'
import { startPlatform } from './start'

try {
  const config = loadConfig()
  const platform = await startPlatform(config)
  console.log(`Lien écoute sur ${platform.url} (base : ${platform.db.kind}, ${platform.migrations} migrations).`)
  if (platform.demo) console.log(describeDemo(platform.demo, platform.url))
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal} reçu : arrêt propre en cours…`)
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    await platform.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
} catch (err) {
  if (err instanceof DataDirLockedError) {
    console.error(err.message)
    process.exit(2)
  }
  console.error(`Lien n'a pas pu démarrer : ${(err as Error).message}`)
  process.exit(1)
}
