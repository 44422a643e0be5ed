// Pauses (on hold, closed) are time that does not count. Callers may pass them
// overlapping, unsorted or outside working time; the walkers want them disjoint.
import { EngineError } from './errors.js'

/** Epoch ms, half-open [start, end). `end` may be +Infinity for a pause still running. */
export interface Pause {
  start: number
  end: number
}

const NONE: readonly number[] = Object.freeze([])

/** Sorted, disjoint pauses as flat [start0, end0, start1, end1, …]; empty pauses (end <= start) dropped. */
export function normalisePauses(pauses: readonly Pause[] | undefined): readonly number[] {
  if (pauses === undefined || pauses.length === 0) return NONE
  for (const p of pauses) {
    if (typeof p?.start !== 'number' || typeof p.end !== 'number' || Number.isNaN(p.start) || Number.isNaN(p.end)) {
      throw new EngineError('SLA_BAD_INPUT', 'a pause needs numeric start and end (epoch ms)', { pause: p })
    }
  }
  if (pauses.length === 1) {
    const p = pauses[0]!
    return p.end > p.start ? [p.start, p.end] : NONE
  }
  const sorted = pauses.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start)
  const flat: number[] = []
  for (const p of sorted) {
    const n = flat.length
    if (n > 0 && p.start <= flat[n - 1]!) flat[n - 1] = Math.max(flat[n - 1]!, p.end)
    else flat.push(p.start, p.end)
  }
  return flat
}

/** Whether t lies inside one of the normalised pauses. */
export function isPaused(flat: readonly number[], t: number): boolean {
  for (let k = 0; k < flat.length; k += 2) {
    if (t < flat[k]!) return false
    if (t < flat[k + 1]!) return true
  }
  return false
}
