// The service's HTTP server with bounded waits (issue 17): a sender must deliver its headers within
// headersTimeoutMs and its whole request within requestTimeoutMs, or Node answers 408 and closes
// the connection. Node checks these every connectionsCheckingInterval (30 s by default): checked
// every second here, a timeout takes effect when it is due, not up to 30 s late.
import { createServer, type RequestListener, type Server } from 'node:http'

export interface HttpTimeouts {
  requestTimeoutMs: number
  headersTimeoutMs: number
}

// Desk waits 5 s for an answer; keep-alive connections from it are reused
const KEEP_ALIVE_TIMEOUT_MS = 10_000

export function createHttpServer(listener: RequestListener, timeouts: HttpTimeouts): Server {
  const server = createServer(
    {
      requestTimeout: timeouts.requestTimeoutMs,
      // Node refuses a headers timeout longer than the request timeout
      headersTimeout: Math.min(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs),
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
    },
    listener,
  )
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS
  return server
}
