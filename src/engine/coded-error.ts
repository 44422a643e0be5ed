// The one shape every desk-sla error has: a stable code to match on, a message for people, and
// the data in `details`. Each module's catalogue of codes types its own subclass. It lives in the
// engine, the bottom layer every other module may import and which imports none (issue #16).
export class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}
