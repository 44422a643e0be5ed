import { expect } from 'chai'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpServer } from '../../src/web/http-server.js'
import { rawExchange } from '../support/raw-http-client.js'

describe('the HTTP server: request and header timeouts (issue 17)', function () {
  this.timeout(20_000)
  let server: Server
  let port: number

  before(async () => {
    server = createHttpServer(
      (req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => res.end(`read ${Buffer.concat(chunks).length} bytes`))
      },
      { requestTimeoutMs: 1_500, headersTimeoutMs: 1_000 },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    port = (server.address() as AddressInfo).port
  })
  after(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('answers 408 and hangs up on a client that never finishes its headers', async () => {
    const exchange = await rawExchange({ port, head: 'POST /hooks/desk/x/y HTTP/1.1\r\nHost: 127.0.0.1\r\n', waitMs: 8_000 })
    expect(exchange.serverClosed, 'the server hung up').to.equal(true)
    expect(exchange.received).to.match(/^HTTP\/1\.1 408 /)
  })

  it('hangs up on a body that trickles in past the request timeout', async () => {
    const exchange = await rawExchange({
      port,
      head: 'POST /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n',
      trickle: { bytes: 1, everyMs: 100, upTo: 100_000 },
      waitMs: 8_000,
    })
    expect(exchange.serverClosed, 'the server hung up').to.equal(true)
    expect(exchange.received).to.not.match(/read 100000 bytes/)
  })

  it('serves a request whose body arrives slowly but within the request timeout', async () => {
    const body = new TextEncoder().encode('x'.repeat(4_000))
    let offset = 0
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (offset >= body.length) return controller.close()
        await new Promise((r) => setTimeout(r, 50))
        controller.enqueue(body.slice(offset, offset + 500))
        offset += 500
      },
    })
    const res = await fetch(`http://127.0.0.1:${port}/slow`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit)
    expect(await res.text()).to.equal('read 4000 bytes')
  })
})
