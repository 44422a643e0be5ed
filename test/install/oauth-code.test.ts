import { expect } from 'chai'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Policy } from '../../src/engine/policy.js'
import { InstallError } from '../../src/install/errors.js'
import { installOrg } from '../../src/install/install.js'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { SecretBox } from '../../src/store/crypto.js'
import { getInstallationSecrets, listInstallations } from '../../src/store/repos/installations.js'
import { shippedPolicy } from '../engine/helpers.js'
import { forEachStore } from '../store/helpers.js'
import { handClock, installDeps, newBox, requestFor, startReceiver, startSandbox, type Clock, type Receiver } from './helpers.js'

const REDIRECT = 'https://admin.example.com/oauth/callback'
const CODE = '1000.0f6b2c4e8a1d3f5b7c9e.1a2b3c4d5e6f7a8b9c0d'

/**
 * Zoho's accounts server as far as the authorization-code grant goes (the sandbox knows only the
 * refresh grant): one valid code, answered with the sandbox's refresh token and a token the sandbox
 * minted; refresh grants are passed to the sandbox.
 */
async function accountsStub(sb: Sandbox): Promise<{ url: string; grants: string[]; close(): Promise<void> }> {
  const grants: string[] = []
  let used = false
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString('utf8')))
    req.on('end', () => {
      const f = Object.fromEntries(new URLSearchParams(body))
      grants.push(f.grant_type ?? '')
      const send = (status: number, json: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json))
      if (f.grant_type !== 'authorization_code') {
        const a = sb.oauth.token(f)
        return send(a.status, a.body)
      }
      if (f.client_id !== sb.clientId || f.client_secret !== sb.clientSecret) return send(200, { error: 'invalid_client' })
      if (f.code !== CODE || used || f.redirect_uri !== REDIRECT) return send(200, { error: 'invalid_code' })
      used = true
      const minted = sb.oauth.token({ grant_type: 'refresh_token', client_id: sb.clientId, client_secret: sb.clientSecret, refresh_token: sb.refreshToken })
      send(200, { ...minted.body, refresh_token: sb.refreshToken })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    grants,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

forEachStore('install: the authorization-code exchange', (getDb) => {
  let policy: Policy
  let clock: Clock
  let box: SecretBox
  let receiver: Receiver
  let sb: Sandbox
  let accounts: Awaited<ReturnType<typeof accountsStub>>

  before(async () => {
    policy = await shippedPolicy()
  })
  beforeEach(async () => {
    clock = handClock()
    box = newBox()
    receiver = await startReceiver(getDb(), clock)
    sb = await startSandbox(clock, { seed: { tickets: 2, seed: 4 } })
    accounts = await accountsStub(sb)
  })
  afterEach(async () => {
    await sb.deliveries.idle()
    await Promise.all([sb.close(), receiver.close(), accounts.close()])
    for (const inst of await listInstallations(getDb())) await getDb().query('DELETE FROM installations WHERE id = $1', [inst.id])
  })

  it('exchanges the code for a refresh token, stores that, and uses the exchanged access token', async () => {
    const r = await installOrg(installDeps(getDb(), box, policy, clock), {
      ...requestFor(sb, receiver.url, { accountsUrl: accounts.url }),
      refreshToken: undefined,
      authorizationCode: CODE,
      redirectUri: REDIRECT,
    })
    expect(r.webhooks.status).to.equal('registered')
    expect((await getInstallationSecrets(getDb(), box, r.installation.id))!.refreshToken).to.equal(sb.refreshToken)
    expect(r.installation.accountsUrl).to.equal(accounts.url)
    // one request to the accounts server in the whole install: the exchange itself
    expect(accounts.grants).to.deep.equal(['authorization_code'])
  })

  it('refuses a used or wrong code clearly and stores nothing', async () => {
    const err = await installOrg(installDeps(getDb(), box, policy, clock), {
      ...requestFor(sb, receiver.url, { accountsUrl: accounts.url }),
      refreshToken: undefined,
      authorizationCode: '1000.not-the-code',
      redirectUri: REDIRECT,
    }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).to.be.instanceOf(InstallError)
    expect((err as InstallError).code).to.equal('INSTALL_CODE_EXCHANGE_FAILED')
    expect((err as InstallError).message).to.match(/invalid_code/).and.to.match(/expired/).and.to.not.include('not-the-code')
    expect(await listInstallations(getDb())).to.have.length(0)
    expect(sb.requests.list({ kind: 'api' })).to.have.length(0)
  })

  it('needs the redirect URI with a code', async () => {
    const err = await installOrg(installDeps(getDb(), box, policy, clock), {
      ...requestFor(sb, receiver.url),
      refreshToken: undefined,
      authorizationCode: CODE,
    }).then(
      () => null,
      (e: unknown) => e as InstallError,
    )
    expect(err!.code).to.equal('INSTALL_BAD_INPUT')
    expect(err!.message).to.match(/redirectUri: an authorizationCode needs the redirectUri/)
    expect(accounts.grants).to.deep.equal([])
  })
})
