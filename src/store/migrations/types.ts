// A migration: plain SQL up and down, numbered, each naming the version it follows.
export interface Migration {
  version: number
  previous: number
  /** short name recorded beside the version */
  name: string
  up: string
  down: string
}
