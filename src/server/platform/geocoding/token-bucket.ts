/**
 * A token bucket: `ratePerSecond` on average, bursts of at most `burst` requests. A token is taken
 * at the moment the caller goes, never booked ahead, so callers woken late together (a busy event
 * loop) still leave one by one. `pauseFor` holds every caller back, as a 429's Retry-After asks.
 */
export class TokenBucket {
  private tokens: number
  private refilledAt: number
  private pausedUntil = 0

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number = Math.max(1, Math.round(ratePerSecond / 5)),
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst
    this.refilledAt = now()
  }

  /** Takes a token if one is there; otherwise the milliseconds to wait before asking again. */
  tryTake(): number {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) * this.ratePerSecond) / 1000)
    this.refilledAt = now
    if (now < this.pausedUntil) return this.pausedUntil - now
    if (this.tokens >= 1) {
      this.tokens -= 1
      return 0
    }
    return ((1 - this.tokens) * 1000) / this.ratePerSecond
  }

  async take(): Promise<void> {
    for (let wait = this.tryTake(); wait > 0; wait = this.tryTake())
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(wait))))
  }

  pauseFor(milliseconds: number): void {
    const until = this.now() + milliseconds
    if (until > this.pausedUntil) this.pausedUntil = until
    // The service blocked us: no burst right after the pause either.
    this.tokens = Math.min(this.tokens, 1)
  }
}

/** The Géoplateforme allows 50 requests a second per address: one limiter for the whole process. */
export const processGeocoderLimiter = new TokenBucket(50, 10)
