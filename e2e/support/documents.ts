import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'

const screenshots = fileURLToPath(new URL('../screenshots', import.meta.url))

/**
 * Follows a link to a PDF, keeps it beside the screenshots, renders its first page to PNG (poppler's
 * pdftoppm) to be looked at, and returns its text laid out in columns (pdftotext).
 */
export async function downloadPdf(page: Page, link: Locator, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  const pdf = join(screenshots, `${name}.pdf`)
  await download.saveAs(pdf)
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(screenshots, name),
  ])
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
}
