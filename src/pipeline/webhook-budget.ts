// How many events each installation delivered in the last minute, per process (like the Desk call
// budget, DESK_REQUESTS_PER_MINUTE): sixty one-second buckets per installation, so the check costs
// nothing on the path that must answer Desk fast. Only stored events count: Desk's redeliveries of
// events already stored do not use up the budget (issue 17).

const BUCKETS = 60 // one per second of the minute

export class ArrivalBudget {
  private readonly byInstallation = new Map<string, { second: Float64Array; count: Uint32Array }>()

  constructor(
    /** events one installation may deliver per minute */
    readonly perMinute: number,
    private readonly now: () => number,
  ) {}

  /** events the installation delivered in the 60 s up to now */
  used(installationId: string): number {
    const window = this.byInstallation.get(installationId)
    if (!window) return 0
    const current = Math.floor(this.now() / 1000)
    let total = 0
    for (let i = 0; i < BUCKETS; i++) if (current - window.second[i]! < BUCKETS) total += window.count[i]!
    return total
  }

  /**
   * true while the installation has delivered fewer than perMinute events in the last minute. A
   * delivery admitted just under the budget may pass it by its own size (at most
   * WEBHOOK_MAX_EVENTS_PER_DELIVERY): the store alone knows how many of its events are new.
   */
  hasRoom(installationId: string): boolean {
    return this.used(installationId) < this.perMinute
  }

  record(installationId: string, stored: number): void {
    if (stored <= 0) return
    let window = this.byInstallation.get(installationId)
    if (!window) {
      window = { second: new Float64Array(BUCKETS).fill(-Infinity), count: new Uint32Array(BUCKETS) }
      this.byInstallation.set(installationId, window)
    }
    const current = Math.floor(this.now() / 1000)
    const slot = ((current % BUCKETS) + BUCKETS) % BUCKETS
    if (window.second[slot] !== current) {
      window.second[slot] = current
      window.count[slot] = 0
    }
    window.count[slot]! += stored
  }
}
