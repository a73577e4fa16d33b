/** A TOTP code is accepted once: to sign in again, a test waits for the next 30-second step. */
export async function waitForFreshTotpStep(lastStep: number | null) {
  if (lastStep === null) return
  const next = (lastStep + 1) * 30_000
  const wait = next - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50))
}

export const currentStep = () => Math.floor(Date.now() / 30_000)
