// A ticket's `webUrl` as Desk gave it (Ticket.json), kept only when it is an http(s) address: it
// becomes a link on admin pages, so javascript:, relative or oversized values are dropped (issue 13).
export function safeWebUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null
  try {
    const u = new URL(value)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : null
  } catch {
    return null
  }
}
