// The sandbox clock: an injectable base clock plus an offset the control API can move.
// Every time the sandbox writes or compares (token expiry, throttle windows, modifiedTime,
// daily credits, webhook eventTime, JWT iat) comes from here, never from Date.now directly.
export type ClockFn = () => number

export class SandboxClock {
  private offsetMs = 0

  constructor(private readonly base: ClockFn = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs
  }

  iso(): string {
    return new Date(this.now()).toISOString()
  }

  advanceMinutes(minutes: number): void {
    this.offsetMs += Math.round(minutes * 60_000)
  }

  get offsetMinutes(): number {
    return this.offsetMs / 60_000
  }

  resetOffset(): void {
    this.offsetMs = 0
  }
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString()
}
