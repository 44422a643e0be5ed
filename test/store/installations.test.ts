import { randomBytes, randomUUID } from 'node:crypto'
import { expect } from 'chai'
import { createSecretBox } from '../../src/store/crypto.js'
import { isStoreError } from '../../src/store/errors.js'
import {
  createInstallation,
  deleteInstallation,
  getInstallation,
  getInstallationSecrets,
  listInstallations,
  setInstallationStatus,
  updateInstallation,
  verifyWebhookSecret,
} from '../../src/store/repos/installations.js'
import { saveTicketSla } from '../../src/store/repos/ticket-sla.js'
import { forEachStore, installationInput, testBox } from './helpers.js'

const WEBHOOK_SECRET = 'webhook-secret-of-enough-length-1234'

forEachStore('store: installations', (getDb) => {
  const created: string[] = []
  afterEach(async () => {
    for (const id of created.splice(0)) await deleteInstallation(getDb(), id)
  })
  const create = async (overrides: Parameters<typeof installationInput>[0] = {}) => {
    const inst = await createInstallation(getDb(), testBox, installationInput(overrides))
    created.push(inst.id)
    return inst
  }

  it('creates an active installation with defaults and a generated id', async () => {
    const inst = await create({ apiBase: 'http://127.0.0.1:4010/api/v1', policyOverrides: { writeNativeDueDates: false } })
    expect(inst.id).to.match(/^[0-9a-f-]{36}$/)
    expect(inst).to.include({
      orgId: '60001234',
      dataCenter: 'eu',
      apiBase: 'http://127.0.0.1:4010/api/v1',
      accountsUrl: null,
      clientId: '1000.TESTCLIENT',
      status: 'active',
      statusReason: null,
      hasWebhookSecret: false,
    })
    expect(inst.policyOverrides).to.deep.equal({ writeNativeDueDates: false })
    expect(inst.departmentIds).to.deep.equal([])
    expect(await getInstallation(getDb(), inst.id)).to.deep.equal(inst)
  })

  it('never shows a secret in the installation it returns', async () => {
    const inst = await create({ webhookSecret: WEBHOOK_SECRET })
    const text = JSON.stringify(inst)
    for (const secret of ['client-secret-value', '1000.refresh-token-value', WEBHOOK_SECRET]) expect(text).not.to.contain(secret)
  })

  it('stores secrets encrypted and gives them back only through getInstallationSecrets', async () => {
    const inst = await create({ webhookSecret: WEBHOOK_SECRET })
    const { rows } = await getDb().query<Record<string, string>>('SELECT client_secret_enc, refresh_token_enc, webhook_secret_enc FROM installations WHERE id = $1', [inst.id])
    for (const value of Object.values(rows[0])) expect(value).to.match(/^v1:/)
    expect(await getInstallationSecrets(getDb(), testBox, inst.id)).to.deep.equal({
      clientSecret: 'client-secret-value',
      refreshToken: '1000.refresh-token-value',
      webhookSecret: WEBHOOK_SECRET,
    })
  })

  it('cannot read the secrets with another key', async () => {
    const inst = await create()
    const error = await getInstallationSecrets(getDb(), createSecretBox(randomBytes(32)), inst.id).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_DECRYPT_FAILED')).to.equal(true)
  })

  it('checks the webhook secret from the URL against its hash', async () => {
    const inst = await create({ webhookSecret: WEBHOOK_SECRET })
    expect(await verifyWebhookSecret(getDb(), inst.id, WEBHOOK_SECRET)).to.equal(true)
    expect(await verifyWebhookSecret(getDb(), inst.id, `${WEBHOOK_SECRET}!`)).to.equal(false)
    expect(await verifyWebhookSecret(getDb(), 'not-an-installation', WEBHOOK_SECRET)).to.equal(false)
  })

  it('stops accepting webhooks for a disabled installation', async () => {
    const inst = await create({ webhookSecret: WEBHOOK_SECRET })
    await setInstallationStatus(getDb(), inst.id, 'disabled', 'uninstalled by admin')
    expect(await verifyWebhookSecret(getDb(), inst.id, WEBHOOK_SECRET)).to.equal(false)
  })

  it('updates only the fields given and moves updatedAt', async () => {
    const inst = await create()
    const later = new Date(Date.parse(inst.updatedAt) + 60_000)
    const updated = await updateInstallation(getDb(), testBox, inst.id, { webhookIds: ['20001000000900001'], departmentIds: ['907'] }, later)
    expect(updated.webhookIds).to.deep.equal(['20001000000900001'])
    expect(updated.departmentIds).to.deep.equal(['907'])
    expect(updated.updatedAt).to.equal(later.toISOString())
    expect(updated).to.include({ orgId: inst.orgId, clientId: inst.clientId, createdAt: inst.createdAt })
    expect((await getInstallationSecrets(getDb(), testBox, inst.id))?.refreshToken).to.equal('1000.refresh-token-value')
  })

  it('makes a reauth-required installation active again when a new refresh token arrives', async () => {
    const inst = await create()
    await setInstallationStatus(getDb(), inst.id, 'reauth_required', 'invalid_grant')
    expect((await getInstallation(getDb(), inst.id))).to.include({ status: 'reauth_required', statusReason: 'invalid_grant' })
    const updated = await updateInstallation(getDb(), testBox, inst.id, { refreshToken: '1000.fresh' })
    expect(updated).to.include({ status: 'active', statusReason: null })
    expect((await getInstallationSecrets(getDb(), testBox, inst.id))?.refreshToken).to.equal('1000.fresh')
  })

  it('reports an update of an unknown installation by code', async () => {
    const error = await updateInstallation(getDb(), testBox, randomUUID(), { name: 'x' }).catch((e: unknown) => e)
    expect(isStoreError(error, 'STORE_UNKNOWN_INSTALLATION')).to.equal(true)
  })

  it('refuses bad input without repeating the secrets in the error', async () => {
    const error = await createInstallation(getDb(), testBox, { ...installationInput(), dataCenter: 'mars' as 'eu', clientSecret: 'very-secret' }).catch(
      (e: unknown) => e,
    )
    expect(isStoreError(error, 'STORE_BAD_INPUT')).to.equal(true)
    expect((error as Error).message).to.contain('dataCenter')
    expect(JSON.stringify(error) + (error as Error).message).not.to.contain('very-secret')
  })

  it('lists installations, optionally by status', async () => {
    const a = await create({ name: 'a' })
    const b = await create({ name: 'b' })
    await setInstallationStatus(getDb(), b.id, 'reauth_required', 'invalid_code')
    const all = (await listInstallations(getDb())).map((i) => i.id)
    expect(all).to.include.members([a.id, b.id])
    expect((await listInstallations(getDb(), { status: 'reauth_required' })).map((i) => i.id)).to.deep.equal([b.id])
  })

  it('deletes an installation with everything stored for it', async () => {
    const inst = await create()
    await saveTicketSla(
      getDb(),
      { installationId: inst.id, ticketId: '1', state: {}, lastWritten: {}, escalationLevel: 0, nextCheckAt: null, lastEventTime: null, ticketModifiedTime: null, statusIntervals: [], open: true },
      null,
    )
    expect(await deleteInstallation(getDb(), inst.id)).to.equal(true)
    expect(await getInstallation(getDb(), inst.id)).to.equal(null)
    const { rows } = await getDb().query<{ n: number }>('SELECT count(*) AS n FROM ticket_sla WHERE installation_id = $1', [inst.id])
    expect(rows[0].n).to.equal(0)
    expect(await deleteInstallation(getDb(), inst.id)).to.equal(false)
  })
})
