// Must fail: @typescript-eslint/no-floating-promises.
export function forgetsToAwait(save: () => Promise<void>) {
  save()
}
