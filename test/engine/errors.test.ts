import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import { ENGINE_ERROR_CODES, EngineError } from '../../src/engine/errors.js'
import { DESK_ERROR_CODES, DeskError } from '../../src/desk/errors.js'
import { STORE_ERROR_CODES, StoreError } from '../../src/store/errors.js'
import { PIPELINE_ERROR_CODES, PipelineError } from '../../src/pipeline/errors.js'
import { WIDGET_ERROR_CODES } from '../../src/web/widget-errors.js'
import { WEBHOOK_ERROR_CODES, WebhookError } from '../../src/pipeline/webhook-errors.js'
import { CodedError } from '../../src/engine/coded-error.js'
import { ADMIN_ERROR_CODES } from '../../src/web/admin/router.js'
import { INSTALL_ERROR_CODES, InstallError } from '../../src/install/errors.js'
import { CONFIG_ERROR_CODES, ConfigError } from '../../src/config-errors.js'

describe('error catalogue', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8')

  const all = [ENGINE_ERROR_CODES, DESK_ERROR_CODES, STORE_ERROR_CODES, PIPELINE_ERROR_CODES, WIDGET_ERROR_CODES, WEBHOOK_ERROR_CODES, ADMIN_ERROR_CODES, INSTALL_ERROR_CODES, CONFIG_ERROR_CODES].flatMap((c) => Object.keys(c))

  it('gives every module error the same shape: a code, a message and details', () => {
    const errors = [
      new EngineError('SLA_BAD_INPUT', 'x'),
      new DeskError('DESK_NOT_FOUND', 'x', { status: 404 }),
      new StoreError('STORE_BAD_INPUT', 'x'),
      new PipelineError(Object.keys(PIPELINE_ERROR_CODES)[0] as never, 'x'),
      new WebhookError('WEBHOOK_NOT_FOUND', 'x'),
      new InstallError(Object.keys(INSTALL_ERROR_CODES)[0] as never, 'x'),
      new ConfigError('PIPELINE_CONFIG', 'x'),
    ]
    for (const e of errors) {
      expect(e).to.be.instanceOf(CodedError)
      expect(e.code).to.be.a('string')
      expect(e.details).to.be.an('object')
    }
  })

  it('never uses one code in two catalogues', () => {
    expect(new Set(all).size).to.equal(all.length)
  })

  it('documents every error code with how to solve it', () => {
    for (const code of all) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${code}\``))
      expect(row, `docs/errors.md has no row for ${code}`).to.be.a('string')
      expect(row!.split('|').filter((c) => c.trim() !== '')).to.have.length(3)
    }
  })

  it('documents no code that does not exist', () => {
    const documented = [...doc.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1])
    for (const code of documented) expect(all).to.include(code!)
  })

  it('keeps the code and details apart from the message', () => {
    const e = new EngineError('SLA_BAD_DATE', 'not a date', { value: 'x' })
    expect([e.code, e.message, e.details]).to.deep.equal(['SLA_BAD_DATE', 'not a date', { value: 'x' }])
  })
})
