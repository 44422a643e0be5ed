// `npm run bench:classify` as the README gives it: it builds, reads the labelled corpus, runs
// every ticket of the test half and prints its one JSON line. No figure is asserted (the corpus
// and the machine decide them): only that every field is there and the counts add up.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect } from 'chai'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { CORPUS_DIR, loadCorpus } from '../../bench/classify-corpus.js'

const run = promisify(execFile)

describe('npm run bench:classify', () => {
  it('prints one JSON line with the accuracies, per language, severity-1 recall, the confusion matrix and the rate', async function () {
    this.timeout(120_000)
    const { stdout } = await run('npm', ['run', '-s', 'bench:classify', '--', '--quick', '--json'], { cwd: process.cwd(), maxBuffer: 1 << 20 })
    const lines = stdout.trim().split('\n')
    expect(lines).to.have.length(1)
    const report = JSON.parse(lines[0]!) as Record<string, unknown>
    expect(report).to.have.all.keys('accuracy', 'severityAccuracy', 'typeAccuracy', 'clockAccuracy', 'perLanguage', 'sev1Recall', 'confusion', 'computesPerSecond', 'split', 'tickets')
    for (const key of ['accuracy', 'severityAccuracy', 'typeAccuracy', 'clockAccuracy', 'sev1Recall']) expect(report[key]).to.be.a('number').within(0, 1)
    expect(report.computesPerSecond).to.be.a('number').greaterThan(0)
    const testHalf = loadCorpus().filter((t) => t.split === 'test').length
    expect(report).to.include({ split: 'test', tickets: testHalf })
    const perLanguage = report.perLanguage as Record<string, { tickets: number; accuracy: number }>
    expect(Object.keys(perLanguage)).to.have.members(['en', 'de', 'fr'])
    expect(Object.values(perLanguage).reduce((n, l) => n + l.tickets, 0)).to.equal(testHalf)
    const confusion = report.confusion as Record<string, Record<string, number>>
    expect(Object.values(confusion).flatMap((row) => Object.values(row)).reduce((a, b) => a + b, 0)).to.equal(testHalf)
  })
})

describe('the labelled corpus', () => {
  const corpus = loadCorpus()

  // Tickets written after the split (the *grown* files, issue 14) grow the dev half only, so
  // that the test half's figures stay comparable: the halves are those of the first split.
  const grown = new Set(
    readdirSync(CORPUS_DIR)
      .filter((f) => f.includes('grown'))
      .flatMap((f) => (parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as { id: string }[]).map((t) => t.id)),
  )
  const firstSplit = corpus.filter((t) => !grown.has(t.id))

  it('holds at least 240 tickets, split into dev and test halves within each language', () => {
    expect(firstSplit.length).to.be.at.least(240)
    for (const language of ['en', 'de', 'fr'] as const) {
      const of = firstSplit.filter((t) => t.language === language)
      const dev = of.filter((t) => t.split === 'dev').length
      expect(Math.abs(dev - (of.length - dev)), language).to.be.at.most(Math.ceil(of.length * 0.1))
    }
  })

  it('puts every ticket written after the split in the dev half', () => {
    expect(grown.size).to.be.greaterThan(0)
    expect(corpus.filter((t) => grown.has(t.id) && t.split !== 'dev').map((t) => t.id)).to.deep.equal([])
  })

  it('covers both teams, all three severities and every ticket type in each half', () => {
    for (const split of ['dev', 'test'] as const) {
      const half = corpus.filter((t) => t.split === split)
      expect([...new Set(half.map((t) => t.expected.severity))].sort(), split).to.deep.equal([1, 2, 3])
      expect(new Set(half.map((t) => t.expected.ticketType)), split).to.have.all.keys(
        'Technical Support', 'Product Management Related', 'Payments Renewal', 'Trial Extension', 'Store Related', 'Upgrades', 'Invoice changes', 'Commission Payment', 'Sales Discussions',
      )
      expect(new Set(half.map((t) => t.expected.clock)), split).to.have.all.keys('24x5', '24x7')
    }
  })
})
