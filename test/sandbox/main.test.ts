import { expect } from 'chai'
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { send } from './helpers.js'

describe('sandbox: npm run sandbox', () => {
  let child: ChildProcess | undefined
  afterEach(() => {
    if (child?.pid && child.exitCode === null) child.kill('SIGTERM')
  })

  it('starts on a free port and prints a human line and one JSON line a script can use to mint a token', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/main.ts'], {
      env: { ...process.env, PORT: '0', SANDBOX_TICKETS: '5' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const lines: string[] = []
    const rl = createInterface({ input: child.stdout! })
    const json = await new Promise<Record<string, string>>((resolve, reject) => {
      child!.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)))
      rl.on('line', (line) => {
        lines.push(line)
        if (line.startsWith('{')) resolve(JSON.parse(line))
      })
    })
    expect(lines[0]).to.match(/^Desk sandbox listening on http:\/\/127\.0\.0\.1:\d+/)
    expect(Object.keys(json)).to.deep.equal(['url', 'apiBase', 'accountsUrl', 'orgId', 'clientId', 'clientSecret', 'refreshToken'])
    const token = await send('POST', `${json.accountsUrl}/oauth/v2/token`, {
      form: { grant_type: 'refresh_token', client_id: json.clientId!, client_secret: json.clientSecret!, refresh_token: json.refreshToken! },
    })
    const list = await send('GET', `${json.apiBase}/tickets?limit=10`, {
      headers: { Authorization: `Zoho-oauthtoken ${token.body.access_token}`, orgId: json.orgId! },
    })
    expect(list.body.data).to.have.length(5)
  })
})
