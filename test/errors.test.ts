import { expect } from 'chai'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CodedError, HttpCodedError } from '../src/engine/coded-error.js'
import { ERROR_CATALOGUES } from '../src/error-catalogues.js'
import { UsageError } from '../src/cli/errors.js'
import { ConfigError } from '../src/config-errors.js'
import { DeskError } from '../src/desk/errors.js'
import { EngineError } from '../src/engine/errors.js'
import { ExtensionPackError } from '../src/extension/pack.js'
import { InstallError } from '../src/install/errors.js'
import { PipelineError } from '../src/pipeline/errors.js'
import { WebhookError } from '../src/pipeline/webhook-errors.js'
import { StoreError } from '../src/store/errors.js'
import { AdminError } from '../src/web/admin/errors.js'
import { ServiceError } from '../src/web/http-errors.js'
import { WidgetError } from '../src/web/widget-errors.js'
import { DOCS_ERRORS_COMMAND, DOCS_ERRORS_FILE, renderErrorsDoc } from '../scripts/docs-errors.js'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))
const all = ERROR_CATALOGUES.flatMap((c) => Object.keys(c.codes))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

describe('error catalogues', () => {
  it('keeps docs/errors.md exactly as the catalogues render it', () => {
    const committed = readFileSync(DOCS_ERRORS_FILE, 'utf8')
    expect(committed === renderErrorsDoc(), `docs/errors.md is stale: run \`${DOCS_ERRORS_COMMAND}\` and commit the result`).to.equal(true)
  })

  it('documents every code once, with what happened and how to solve it', () => {
    const doc = renderErrorsDoc()
    for (const code of all) {
      const rows = doc.split('\n').filter((l) => l.startsWith(`| \`${code}\` |`))
      expect(rows, code).to.have.length(1)
      expect(rows[0]!.split(' | '), code).to.have.length(4)
    }
  })

  it('never uses one code in two catalogues', () => {
    expect(all.filter((code, i) => all.indexOf(code) !== i)).to.deep.equal([])
  })

  it('gives every entry a meaning and a fix, and an answered code an error status other than 410', () => {
    for (const { codes } of ERROR_CATALOGUES) {
      for (const [code, entry] of Object.entries(codes)) {
        expect(code).to.match(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/)
        expect(entry.meaning.trim().length, code).to.be.greaterThan(10)
        expect(entry.fix.trim().length, code).to.be.greaterThan(10)
        if (entry.status !== undefined) {
          expect(entry.status, code).to.be.within(400, 599)
          expect(entry.status, code).to.not.equal(410) // Desk deletes a webhook that answers 410
        }
      }
    }
  })

  // the codes thrown, answered or compared in src/ (the Desk sandbox speaks Desk's own codes, and
  // Node's errno codes such as ENOENT are Node's)
  it('knows every code the service throws, answers or matches on', () => {
    const known = new Set(all)
    const used = new Map<string, string>()
    const CODE_SITE = /(?:Error\(|super\(|code: |code === |fail\([^,()]+, |is(?:Store|Desk)Error\([^,()]+, )'([A-Z][A-Z0-9_]{3,})'/g
    for (const file of sourceFiles(SRC).filter((f) => !relative(SRC, f).startsWith('sandbox'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(CODE_SITE)) {
        if (!/^E[A-Z]+$|^ERR_/.test(m[1]!)) used.set(m[1]!, relative(SRC, file))
      }
    }
    expect(used.size).to.be.greaterThan(60)
    expect([...used].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`)).to.deep.equal([])
  })

  it('gives every module error one shape: a code, a message and details', () => {
    const errors: CodedError<string>[] = [
      new EngineError('SLA_BAD_INPUT', 'x'),
      new DeskError('DESK_NOT_FOUND', 'x', { status: 404 }),
      new StoreError('STORE_BAD_INPUT', 'x'),
      new PipelineError('PIPELINE_BAD_EVENT', 'x'),
      new ConfigError('PIPELINE_CONFIG', 'x'),
      new WebhookError('WEBHOOK_NOT_FOUND', 'x'),
      new InstallError('INSTALL_BAD_INPUT', 'x'),
      new WidgetError('WIDGET_NOT_COMPUTED'),
      new AdminError('ADMIN_CSRF'),
      new ServiceError('NOT_FOUND', 'x'),
      new UsageError('x'),
      new ExtensionPackError('EXTENSION_INVALID', 'x', ['y']),
    ]
    for (const e of errors) {
      expect(e).to.be.instanceOf(CodedError)
      expect(all).to.include(e.code)
      expect(e.details).to.be.an('object')
    }
  })

  it('answers an HTTP error with its catalogue status and the body { error: { code, message } }', () => {
    const answered: [HttpCodedError<string>, number][] = [
      [new WidgetError('WIDGET_AUTH_INVALID'), 401],
      [new AdminError('ADMIN_THROTTLED'), 429],
      [new WebhookError('WEBHOOK_BODY_TOO_LARGE', 'too large'), 413],
      [new InstallError('INSTALL_DESK_UNREACHABLE', 'down'), 502],
      [new ServiceError('READY_MIGRATIONS_PENDING', 'behind'), 503],
    ]
    for (const [e, status] of answered) {
      expect(e.status, e.code).to.equal(status)
      expect(e.toBody()).to.deep.equal({ error: { code: e.code, message: e.message } })
    }
    expect(new WebhookError('WEBHOOK_BAD_EVENT', 'bad', { issues: ['0.ticketId'] }).toBody()).to.deep.equal({
      error: { code: 'WEBHOOK_BAD_EVENT', message: 'bad', issues: ['0.ticketId'] },
    })
  })

  it('keeps the code and details apart from the message', () => {
    const e = new EngineError('SLA_BAD_DATE', 'not a date', { value: 'x' })
    expect([e.code, e.message, e.details]).to.deep.equal(['SLA_BAD_DATE', 'not a date', { value: 'x' }])
  })
})
