/**
 * A rate limiter (the generic cell rate algorithm): `ratePerSecond` on average, bursts of at most
 * `burst` requests. `take` resolves when the caller may send; `pauseFor` holds every caller back,
 * as the service asks with a 429 and its Retry-After.
 */
export class TokenBucket {
  private readonly interval: number
  /** The theoretical arrival time of the next request, in milliseconds. */
  private next = 0
  private pausedUntil = 0

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number = Math.max(1, Math.round(ratePerSecond / 5)),
    private readonly now: () => number = () => performance.now(),
  ) {
    this.interval = 1000 / ratePerSecond
  }

  /** Milliseconds the caller must wait; the slot is reserved at once, so callers never share one. */
  reserve(): number {
    const now = this.now()
    const earliest = Math.max(now, this.pausedUntil)
    const allowedAt = Math.max(earliest, this.next - (this.burst - 1) * this.interval)
    this.next = Math.max(this.next, allowedAt) + this.interval
    return allowedAt - now
  }

  async take(): Promise<void> {
    const wait = this.reserve()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)))
  }

  pauseFor(milliseconds: number): void {
    const until = this.now() + milliseconds
    if (until > this.pausedUntil) this.pausedUntil = until
    if (this.next < until) this.next = until
  }
}

/** The Géoplateforme allows 50 requests a second per address: one limiter for the whole process. */
export const processGeocoderLimiter = new TokenBucket(50, 10)
