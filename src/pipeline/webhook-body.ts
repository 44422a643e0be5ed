// Reads a request's raw body up to a byte limit, before anything parses it. A declared
// Content-Length over the limit is refused without reading; a chunked body is cut off at the limit.
import type { IncomingMessage } from 'node:http'
import { WebhookError } from './webhook-errors.js'

export function tooLarge(limit: number): WebhookError {
  return new WebhookError('WEBHOOK_BODY_TOO_LARGE', `the body is larger than ${limit} bytes`, { limit })
}

/** true when the request says up front that its body is over the limit */
export function declaresTooLarge(req: IncomingMessage, limit: number): boolean {
  const declared = req.headers['content-length']
  return declared !== undefined && Number(declared) > limit
}

/** the whole body as one Buffer; rejects with WEBHOOK_BODY_TOO_LARGE past `limit` bytes */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (declaresTooLarge(req, limit)) return Promise.reject(tooLarge(limit))
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const finish = (error: Error | null, body?: Buffer) => {
      if (settled) return
      settled = true
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('aborted', onAborted)
      if (error) reject(error)
      else resolve(body!)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // stop buffering; the rest of the stream is discarded when the answer goes out
        chunks.length = 0
        finish(tooLarge(limit))
        req.resume()
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => finish(null, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size))
    const onError = (error: Error) => finish(error)
    const onAborted = () => finish(new Error('the client closed the request before sending the whole body'))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    req.on('aborted', onAborted)
  })
}
