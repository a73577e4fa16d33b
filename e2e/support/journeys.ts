import type { Locator, Page } from 'playwright-core'
import { generate } from 'otplib'
import { expect } from 'vitest'

export interface DevMail {
  id: string
  to: string
  subject: string
  date: string
  text: string
}

/** The development outbox (no SMTP in tests), newest first. */
export async function mails(baseUrl: string): Promise<DevMail[]> {
  const response = await fetch(`${baseUrl}/dev/mails.json`)
  expect(response.status).toBe(200)
  return (await response.json()) as DevMail[]
}

/** The first link to `path` in the newest mail sent to this address. */
export async function linkInMail(baseUrl: string, to: string, path: string): Promise<string> {
  const mail = (await mails(baseUrl)).find((m) => m.to.toLowerCase() === to.toLowerCase())
  expect(mail, `e-mail pour ${to}`).toBeDefined()
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`https?://\\S+${escaped}\\?token=[^\\s>"']+`).exec(mail!.text)
  expect(match, `lien ${path} dans « ${mail!.subject} »`).not.toBeNull()
  return new URL(match![0]).pathname + new URL(match![0]).search
}

/** Reads the secret shown for manual entry and computes the current code, as the person's phone would. */
export async function codeFromEnrolmentPage(page: Page): Promise<string> {
  const secret = await page.locator('code.secret').getAttribute('data-secret')
  expect(secret).toMatch(/^[A-Z2-7]+=*$/)
  const shown = (await page.locator('code.secret').textContent())?.replace(/\s/g, '')
  expect(shown).toBe(secret)
  return generate({ secret: secret! })
}

export async function fillPasswordForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adresse e-mail').fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click()
}

/**
 * Signs in from /connexion and goes through whatever second-factor step the server asks for.
 * `totpCode` gives the code of an account that already enrolled.
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  totpCode: () => Promise<string>,
): Promise<void> {
  await page.goto('/connexion')
  await fillPasswordForm(page, email, password)
  const home = page.getByRole('heading', { level: 1, name: /^Bonjour/ })
  const enrol = page.getByRole('heading', { level: 1, name: 'Activer la double authentification' })
  const code = page.getByRole('heading', { level: 1, name: 'Code de vérification' })
  await home.or(enrol).or(code).waitFor()
  if (await enrol.isVisible()) {
    await page.locator('code.secret').waitFor()
    await page.getByLabel('Code à 6 chiffres').fill(await codeFromEnrolmentPage(page))
    await page.getByRole('button', { name: 'Activer', exact: true }).click()
  } else if (await code.isVisible()) {
    await page.getByLabel('Code à 6 chiffres').fill(await totpCode())
    await page.getByRole('button', { name: 'Valider le code' }).click()
  }
  await home.waitFor()
}

/** Ticks or unticks a checkbox by clicking its label, as a person would (the input is visually hidden). */
export async function setChecked(scope: Locator, name: string, checked: boolean): Promise<void> {
  const box = scope.getByRole('checkbox', { name, exact: true })
  const label = scope
    .locator('label')
    .filter({ has: scope.page().getByRole('checkbox', { name, exact: true }) })
  if ((await box.isChecked()) !== checked) await label.click()
  expect(await box.isChecked()).toBe(checked)
}
