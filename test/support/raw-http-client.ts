// A raw HTTP/1.1 client in a process of its own, for tests that send a request slowly or never
// finish it. In the test process, nock (through @mswjs/interceptors) patches node:net and parses
// every socket's request before anything reaches the server: a partial request would never arrive.
import { spawn } from 'node:child_process'

export interface RawExchange {
  /** what the server sent, as latin1 text */
  received: string
  /** bytes of the request written before the server closed the connection (or the wait ended) */
  sent: number
  /** the server closed the connection within the wait */
  serverClosed: boolean
}

export interface RawRequest {
  port: number
  /** written at once: the request line, headers and the blank line (and the start of a body, if any) */
  head: string
  /** then `bytes` spaces every `everyMs`, until `upTo` bytes were written in all */
  trickle?: { bytes: number; everyMs: number; upTo: number }
  /** how long to wait for the server to close the connection (ms) */
  waitMs: number
}

const CLIENT = `
const { connect } = require('node:net')
const o = JSON.parse(process.argv[1])
const socket = connect(o.port, '127.0.0.1')
let received = ''
let sent = 0
let timer
const done = (serverClosed) => {
  clearInterval(timer)
  process.stdout.write(JSON.stringify({ received, sent, serverClosed }), () => process.exit(0))
}
socket.on('error', () => {})
socket.on('data', (d) => { received += d.toString('latin1') })
socket.on('close', () => done(true))
socket.on('connect', () => {
  socket.write(o.head)
  sent = Buffer.byteLength(o.head)
  if (o.trickle) timer = setInterval(() => {
    if (socket.destroyed || sent >= o.trickle.upTo) return
    socket.write(Buffer.alloc(o.trickle.bytes, 0x20))
    sent += o.trickle.bytes
  }, o.trickle.everyMs)
  setTimeout(() => done(false), o.waitMs)
})
`

export function rawExchange(request: RawRequest): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CLIENT, JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')))
    child.once('error', reject)
    child.once('exit', (code) => {
      try {
        resolve(JSON.parse(out) as RawExchange)
      } catch {
        reject(new Error(`the raw client exited with ${code} and printed ${JSON.stringify(out.slice(0, 200))}`))
      }
    })
  })
}
