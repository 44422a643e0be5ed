import { expect } from 'chai'
import { Writable } from 'node:stream'
import { createLogger } from '../../src/logger.js'

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk))
      done()
    },
  })
  return { stream, lines: () => chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) }
}

describe('service log', () => {
  it('writes one JSON line per entry and never a secret-looking field', async () => {
    const out = capture()
    const log = createLogger('info', out.stream)
    log.info('token minted', { installationId: 'i-1', accessToken: '1000.secret', clientSecret: 's3cr3t', nested: { refresh_token: 'r' } })
    await new Promise((r) => setImmediate(r))
    const [line] = out.lines()
    expect(line).to.include({ message: 'token minted', installationId: 'i-1', accessToken: '[redacted]', clientSecret: '[redacted]' })
    expect(JSON.stringify(line)).to.not.match(/1000\.secret|s3cr3t/)
  })

  it("keeps an entry's message apart from a message field of its details", async () => {
    const out = capture()
    createLogger('info', out.stream).warn('webhook delivery refused', { message: 'no receiver', status: 404 })
    await new Promise((r) => setImmediate(r))
    expect(out.lines()[0]).to.include({ message: 'webhook delivery refused', detail: 'no receiver', status: 404 })
  })

  it('drops entries below its level', async () => {
    const out = capture()
    const log = createLogger('warn', out.stream)
    log.info('quiet')
    log.error('loud')
    await new Promise((r) => setImmediate(r))
    expect(out.lines().map((l) => l.message)).to.deep.equal(['loud'])
  })
})
