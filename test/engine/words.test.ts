import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'chai'
import fc from 'fast-check'
import { computeSla } from '../../src/engine/compute.js'
import { loadPolicy } from '../../src/policy/load.js'
import type { Policy } from '../../src/engine/policy.js'
import { compilePolicy } from '../../src/engine/compiled-policy.js'
import { readOwnWords } from '../../src/engine/own-words.js'
import { parseTemplate } from '../../src/engine/template.js'
import { referenceFillers, referenceFindMentions, referenceReadWords, referenceTokenize } from '../../src/engine/impl/reference.js'
import { fillersAmong, findMentions, readWords, type Reading, type Segment } from '../../src/engine/impl/reading.js'
import { eachWord, tokenize } from '../../src/engine/impl/tokens.js'
import { continueBit, continuingHit, umlautsWrittenOut, wordFacts } from '../../src/engine/impl/vocabulary.js'
import { shippedPolicy, sla } from './helpers.js'

const MON = '2026-03-09T09:00:00.000Z'
const LATER = '2026-03-09T09:30:00.000Z'

async function classified(subject: string, description = '', cf: Record<string, unknown> = {}) {
  const r = await sla({ subject, description, cf, createdTime: MON, now: LATER })
  return { severity: r.severity, source: r.severitySource, type: r.ticketType, clock: r.clock, exempt: r.exempt, reasons: r.reasons }
}

describe("classifier: the partner's own words (DOMAIN.md §4)", () => {
  it('reads the examples of DOMAIN.md as the meanings they name', async () => {
    expect(await classified('our CRM went down at 9')).to.include({ severity: 1, clock: '24x7' })
    expect(await classified('Ausfall seit heute früh')).to.include({ severity: 1, clock: '24x7' })
    expect(await classified('Problème', 'ça ne marche plus du tout depuis la mise à jour')).to.include({ severity: 1, clock: '24x7' })
    expect(await classified('we cannot get into the store')).to.include({ severity: 1, type: 'Store Related', clock: '24x5' })
  })

  it('reads inflected and reworded outages, login failures, cancellations, renewals and wrong results', async () => {
    expect(await classified('CRM', 'Our CRM has been down for two hours')).to.include({ severity: 1, clock: '24x7' })
    expect(await classified('Zoho Desk', 'Das Helpcenter fällt seit gestern immer wieder aus')).to.include({ severity: 1, clock: '24x7' })
    expect(await classified('Connexion', "Je n'arrive plus à me connecter à mon compte")).to.include({ severity: 1, clock: '24x7' })
    expect(await classified('Anmeldeprobleme im CRM')).to.include({ severity: 1, clock: '24x7' })
    expect(await classified('Subscription', 'The customer wants to cancel their subscription')).to.include({ severity: 1, type: 'Payments Renewal' })
    expect(await classified('Abo', 'Wir möchten das Abonnement unseres Kunden kündigen')).to.include({ severity: 1, type: 'Payments Renewal' })
    expect(await classified('Renewal', 'How do we renew our partner account?')).to.include({ severity: 3, type: 'Payments Renewal' })
    expect(await classified('Rapport', 'Les montants du rapport sont faux depuis hier')).to.include({ severity: 2, type: 'Technical Support' })
  })

  it('reads verb forms Snowball leaves alone as the infinitive the policy lists', async () => {
    // "expirent" → expirer, "fehlt" as written (damage), "ne se déclenche plus" → déclencher
    expect(await classified('Licences client', 'Les licences de notre client expirent la semaine prochaine, merci de les renouveler.')).to.include({ severity: 3, type: 'Payments Renewal' })
    expect(await classified('Kontakte', 'Seit dem Import fehlt die Hälfte der Kontakte.')).to.include({ severity: 1, clock: '24x5' })
    expect(await classified('Workflow', 'Le workflow des nouvelles affaires ne se déclenche plus depuis vendredi.')).to.include({ severity: 1 })
    // a form the policy names as written is not read as another verb: "fehlt" is no "Fehler"
    expect(await classified('Login', 'Beim Login fehlt das Feld für den Mandanten.')).to.not.include({ clock: '24x7' })
  })

  it('reads German umlauts written out ("geloescht", "Kuendigung") as the umlauts, in German only', async () => {
    expect(umlautsWrittenOut('geloescht')).to.equal('geloscht')
    expect(umlautsWrittenOut('kuendigung')).to.equal('kundigung')
    expect(umlautsWrittenOut('aenderung')).to.equal('anderung')
    expect(umlautsWrittenOut('ueberschrieben')).to.equal('uberschrieben')
    // not the "ue" of "qu", nor after a vowel ("eu", "au" + e)
    expect(umlautsWrittenOut('quelle')).to.equal(undefined)
    expect(umlautsWrittenOut('neue')).to.equal(undefined)
    expect(umlautsWrittenOut('dauer')).to.equal(undefined)
    expect(await classified('Kontakte', 'Nach dem Sync sind alle Telefonnummern geloescht.')).to.include({ severity: 1, clock: '24x5' })
    expect(await classified('Kuendigung', 'Bitte um Kuendigung des Abos unseres Kunden zum 30.6.')).to.include({ severity: 1, type: 'Payments Renewal' })
    // a word that names something as written keeps its own reading
    expect(await classified('Frage', 'Wie kann ich die Quelle der neuen Leads anzeigen?')).to.include({ severity: 3 })
  })

  it('reads missing data, results that are off and things that happen twice without the word "wrong"', async () => {
    expect(await classified('Contacts missing after sync', 'After the sync around 300 contacts are missing from CRM.')).to.include({ severity: 1, clock: '24x5' })
    expect(await classified('Tax added twice', 'Books adds the tax twice on every estimate.')).to.include({ severity: 2 })
    expect(await classified('Umsätze', 'Die Umsätze im Dashboard sind doppelt so hoch wie in Wirklichkeit.')).to.include({ severity: 2 })
    expect(await classified('Webhook', 'Our webhook is called twice for every new ticket.')).to.include({ severity: 2 })
    expect(await classified('Double opt-in', 'How do we set up double opt-in for the signup form?')).to.include({ severity: 3 })
  })

  it('does not count a negated mention: "no outage, just a question", "kein Ausfall", "pas de panne", "not urgent"', async () => {
    expect(await classified('No outage, just a question', 'How do we rename a module?')).to.include({ severity: 3, clock: '24x5' })
    expect(await classified('Frage', 'Kein Ausfall, nur eine Frage zum Layout.')).to.include({ severity: 3, clock: '24x5' })
    expect(await classified('Question', "Pas de panne, juste une question sur les rapports.")).to.include({ severity: 3, clock: '24x5' })
    expect(await classified('Not urgent', 'We have no login problems, we only want to know how to change the session length.')).to.include({ severity: 3, clock: '24x5' })
  })

  it('sets aside a hypothesis and a problem already resolved', async () => {
    expect(await classified('Status', 'If the EU data center has an outage, how are we informed?')).to.include({ severity: 3 })
    expect(await classified('Follow-up', 'The login issue from yesterday is resolved. How can we export the audit log?')).to.include({ severity: 3 })
  })

  it('sets the subject aside when the text says, in a sentence of its own, that it is over', async () => {
    expect(await classified('AW: Ausfall', 'Danke, es funktioniert wieder. Kann man die Benachrichtigungen abschalten?')).to.include({ severity: 3, clock: '24x5' })
    expect(await classified('Re: portal down', 'Thanks for fixing it. Can the widget show the owner?')).to.include({ severity: 3 })
    // a problem still reported in the text counts
    expect(await classified('Re: CRM down', 'Thanks for fixing it. Unfortunately it is down again since 10:00.')).to.include({ severity: 1, clock: '24x7' })
  })

  it('reads neither quoted earlier messages nor signatures', async () => {
    const quoted = 'Thanks, one more thing: how do we map the custom field?\n\nOn Tue, 3 Mar 2026 at 10:12, Zoho Support <support@example.com> wrote:\n> We are sorry the portal is down for all your users.'
    expect(await classified('Re: integration', quoted)).to.include({ severity: 3, clock: '24x5' })
    const html = '<div>Wie können wir die Provisionsabrechnung als CSV bekommen?</div><blockquote>Das Partnerportal ist derzeit nicht erreichbar.</blockquote>'
    expect(await classified('AW: Anfrage', html)).to.include({ severity: 3, type: 'Commission Payment' })
    const signed = 'Hi, how can we hide a field from the sales role?\n\n--\nSam Whitaker | 24/7 hotline for outages'
    expect(await classified('Field permissions', signed)).to.include({ severity: 3, clock: '24x5' })
    const closing = 'Wie kann ich ein Feld ausblenden?\n\nMit freundlichen Grüßen\nAnna Weber\nNotfall-Hotline bei Ausfällen'
    expect(await classified('Frage', closing)).to.include({ severity: 3, clock: '24x5' })
  })

  it("reads a forwarded message when the partner forwards it with nothing of their own", async () => {
    const gmail = "Hi, please see below from our client. Please advise ASAP.\n\n---------- Forwarded message ---------\nFrom: Mark Delaney <mark@harbor.example>\nDate: Mon, 9 Mar 2026 at 08:14\nSubject: Desk\nTo: Kevin <kevin@partner.example>\n\nNone of our agents can get into Desk this morning, the page says 'Unable to reach the server'.\n\nMark"
    const r = await classified('Fwd: Desk', gmail)
    expect(r).to.include({ severity: 1, clock: '24x7', type: 'Technical Support' })
    expect(r.reasons[0]).to.equal('the partner forwards a message and adds nothing the classifier reads: the forwarded message is read')
    const outlook = 'FYI, see below.\n\nVon: Petra Lang <p.lang@kunde.example>\nGesendet: Montag, 9. März 2026 08:02\nAn: Support <support@partner.example>\nBetreff: CRM\n\nSeit heute früh ist unser CRM komplett ausgefallen.'
    expect(await classified('WG: CRM', outlook)).to.include({ severity: 1, clock: '24x7' })
  })

  it('reads the partner, not the forwarded message, when the partner says something of their own', async () => {
    const ownWords = 'Please see below, the customer says their data is fine now. We only need a quote for 50 more users.\n\n---------- Forwarded message ---------\nFrom: Customer IT <it@customer.example>\nSubject: CRM outage\n\nOur CRM is down and we lost data!!'
    const r = await classified('Fwd: customer complaint', ownWords)
    expect(r).to.include({ type: 'Upgrades', severity: 2 })
    expect(r.reasons.join('\n')).to.not.include('forwarded message is read')
    // a reply's quote is an earlier message of the thread, never the request
    const reply = 'Thanks, all good now.\n\nFrom: Zoho Support <support@example.com>\nSent: Monday, 9 March 2026 10:02\n\nWe are sorry the CRM is down for all your users.'
    expect(await classified('RE: CRM', reply)).to.include({ severity: 3, clock: '24x5' })
  })

  it('keeps a field first: a severity or type field wins over the words', async () => {
    expect(await classified('Outage: everything is down', '', { cf_severity: '3' })).to.include({ severity: 3, source: 'field', clock: '24x5' })
    expect(await classified('Our store is down', '', { cf_ticket_type: 'Technical Support' })).to.include({ type: 'Technical Support', severity: 1 })
    expect(await classified('Sync', 'Art der Supportanfrage: Technischer Support\nSchweregrad: 2\nBeschreibung des Problems/der Frage: Der Abgleich ist komplett ausgefallen.')).to.include({ severity: 2, source: 'field' })
  })

  it('takes the type from the words when no field or template gives one, feature requests exempt', async () => {
    expect(await classified('Invoice', 'Please change the billing address on our last invoice.')).to.include({ type: 'Invoice changes', severity: 2 })
    expect(await classified('Provision', 'Die Provision für das erste Quartal fehlt noch.')).to.include({ type: 'Commission Payment' })
    expect(await classified('Essai', "Pouvez-vous prolonger la période d'essai de notre prospect ?")).to.include({ type: 'Trial Extension', severity: 2 })
    expect(await classified('Feature request: dark mode')).to.include({ type: 'Product Management Related', exempt: true })
    // a type's word right beside an `unless` concept names something else: a session expires, no subscription
    expect(await classified('Help!', "We can't sign into Zoho Desk, the page says our session expired.")).to.include({ type: 'Technical Support', severity: 1, clock: '24x7' })
  })

  it('says which rule, which concepts and which words of the ticket decided', async () => {
    const r = await classified('Portal', 'Seit heute früh haben wir keinen Zugang mehr zum Partnerportal.')
    expect(r.reasons).to.include.members([
      `severity 1 from the text: Operations rule "no access to portal or store" (inability + access + partner place) — 'keinen Zugang mehr zum Partnerportal' (description, de)`,
    ])
    const negated = await classified('Frage', 'Kein Ausfall, nur eine Frage zur Rechnung.')
    expect(negated.reasons.join('\n')).to.include("not counted: 'Ausfall' (negated by 'Kein')")
  })

  it('exposes the evidence as data: rule, concepts, words, where, language', async () => {
    const policy = await shippedPolicy()
    const cp = compilePolicy(policy)
    const { slaDetail } = await import('./helpers.js')
    const detail = await slaDetail({ subject: 'Anmeldeprobleme', description: 'Seit dem Update können sich alle Benutzer nicht mehr anmelden.', createdTime: MON, now: LATER })
    const e = detail.classification.evidence
    expect(e.language).to.equal('de')
    expect(e.severity).to.include({ severity: 1, source: 'text', field: null })
    expect(e.severity.rule).to.deep.include({ rule: 'cannot access', team: 'Support', severity: 1, where: 'description', language: 'de', quote: 'nicht mehr anmelden' })
    expect(e.severity.rule!.concepts.map((c) => [c.concept, c.words, c.language])).to.deep.equal([['inability', 'nicht', 'de'], ['access', 'anmelden', 'de']])
    const compound = e.severity.matched.find((m) => m.rule === 'login failure')!
    expect(compound.concepts.map((c) => [c.concept, c.words])).to.deep.equal([['access', 'Anmeldeprobleme'], ['failure', 'Anmeldeprobleme']])
    expect(e.clock).to.deep.include({ clock: '24x7' })
    expect(e.ticketType).to.include({ ticketType: 'Technical Support', source: 'default' })
    expect(cp.words.vocabulary.concepts.length).to.be.greaterThan(10)
  })
})

// Pieces partners' texts are made of, so that random texts hit the interesting cases: concept
// words in three languages and their inflections, negations, hedges, compounds, elisions and
// contractions, punctuation that ends sentences and clauses, accents and case.
const WORDS = [
  'outage', 'Outages', 'down', 'is', 'been', 'went', 'not', 'no', "can't", 'can’t', 'cannot', 'log', 'in', 'login', 'portal', 'partner', 'store', 'the',
  'renewal', 'invoice', 'wrong', 'results', 'slow', 'slower', 'than', 'documented', 'if', 'resolved', 'but', 'just', 'question', 'how', 'to',
  'Ausfall', 'ausgefallen', 'kein', 'keinen', 'Zugang', 'mehr', 'zum', 'Partnerportal', 'Anmeldeprobleme', 'nicht', 'funktioniert', 'Kündigung', 'falls', 'Straße',
  'panne', 'pas', 'de', "n'arrive", 'me', 'connecter', 'plus', 'du', 'tout', 'résilier', 'ça', 'marche', 'comment', 'ÉCHEC', 'connexion', 'e\u0301chec',
  'feature', 'request', 'Funktionsanfrage', 'data', 'lost', 'everyone', 'affected', 'show-stopper', '9.00', 'zoho.com', 'x', '30', '3', 'Juni', 'März', 'MAI', '300', 'am 30. Juni', 'zum 1. april', '300. März',
]
const SEPARATORS = [' ', '  ', ', ', '. ', '.', '! ', '? ', '; ', ': ', '\n', '\n\n', ' - ', '-', "'", '’', '(', ') ', ' — ', '\t', '日本', '\n- ', '\n  * ', '\n• ', ':\n– ', '\n-']
/**
 * One of the items of a long list: fc.constantFrom takes its items as arguments, and the policy's words (over a hundred
 * thousand of them) are more than a call's arguments may be.
 */
function anyOf<T>(items: readonly T[]): fc.Arbitrary<T> {
  return fc.nat(items.length - 1).map((i) => items[i]!)
}

const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''))

/** What a reading found, without the memoised word facts' identity. */
function summary(r: Reading) {
  return {
    language: r.language,
    languageFrom: r.languageFrom,
    sentenceLanguages: r.sentenceLanguages,
    pieces: r.pieces.map((p) => [p.segment, p.start, p.end, p.sentence, p.clause, p.facts.folded, p.facts.hits.length]),
    mentions: r.mentions,
    allMentions: r.allMentions,
    setAside: r.setAside,
  }
}

describe('classifier machinery: the fast paths agree with impl/reference.ts', () => {
  it('cuts any text into the same words, sentences and clauses as the regex tokenizer', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t), JSON.stringify(t)).to.deep.equal(referenceTokenize(t))
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    )
  })

  it('cuts a text into the same words when the reader of each word cuts another text meanwhile', () => {
    // (eachWord keeps the text's code units in a buffer per level of nesting: a reader that tokenizes
    // inside its callback must not overwrite the outer text's)
    fc.assert(
      fc.property(text, text, (outer, inner) => {
        const words: string[] = []
        eachWord(outer, (start, end, before, readAs) => {
          tokenize(inner)
          words.push(`${before}:${readAs ?? outer.slice(start, end)}`)
        })
        const alone: string[] = []
        eachWord(outer, (start, end, before, readAs) => alone.push(`${before}:${readAs ?? outer.slice(start, end)}`))
        expect(words).to.deep.equal(alone)
      }),
      { numRuns: 500 },
    )
  })

  it('reads a wrapped line as running on: a line break before a lowercase word ends no clause', () => {
    const clauseStarts = (t: string) => tokenize(t).map((w) => (w.clauseStart ? `|${w.word}` : w.word)).join(' ')
    for (const tok of [tokenize, referenceTokenize]) {
      const starts = (t: string) => tok(t).filter((w) => w.clauseStart).map((w) => w.word)
      expect(starts('no data loss or\ncorruption')).to.deep.equal(['no'])
      expect(starts('no data loss or \n  corruption')).to.deep.equal(['no'])
      expect(starts('no data loss\nCorruption')).to.deep.equal(['no', 'Corruption'])
      expect(starts('no data loss,\ncorruption')).to.deep.equal(['no', 'corruption'])
      expect(starts('no data loss\n\ncorruption')).to.deep.equal(['no', 'corruption'])
      expect(starts('ça ne marche\nécrit')).to.deep.equal(['ça'])
    }
    expect(clauseStarts('Hi team\nthe portal')).to.equal('|Hi team the portal')
  })

  it('reads a German date with the month named ("am 30. Juni") as inside its sentence, a count before a name as ending one', () => {
    for (const tok of [tokenize, referenceTokenize]) {
      const starts = (t: string) => tok(t).filter((w) => w.sentenceStart).map((w) => w.word)
      expect(starts('Die Lizenzen sollen mit Ablauf der Laufzeit am 30. Juni enden.')).to.deep.equal(['Die'])
      expect(starts('Ihr Kollege hat die Kündigung am 3. November zurückgenommen.')).to.deep.equal(['Ihr'])
      expect(starts('Seit dem 1. März kommt keiner ins Partnerportal.')).to.deep.equal(['Seit'])
      expect(starts('Wir haben 300. Juni kommt bald.')).to.deep.equal(['Wir', 'Juni'])
      expect(starts('Wir haben 30 Nutzer. Niemand kommt rein.')).to.deep.equal(['Wir', 'Niemand'])
    }
  })

  it('reads any subject and text to the same mentions as the plain reading without memo', async () => {
    const policy = await shippedPolicy()
    const cp = compilePolicy(policy)
    const options = { negationReach: policy.reading.negationReach, templateLanguage: undefined }
    fc.assert(
      fc.property(text, text, (subject, body) => {
        const segments: Segment[] = [
          { where: 'subject', text: subject },
          { where: 'description', text: body },
        ]
        const fast = readWords(cp.words.vocabulary, { eachWord, factsAt: cp.words.factsAt, facts: cp.words.facts }, segments, options)
        const plain = referenceReadWords(policy, segments, options)
        expect(summary(fast), JSON.stringify(segments)).to.deep.equal(summary(plain))
      }),
      { numRuns: Number(process.env.RUNS ?? 1500) },
    )
  })

  it("finds the same mentions as the plain search without quick tests, in text made of the phrases' own words", async () => {
    const policy = await shippedPolicy()
    const cp = compilePolicy(policy)
    const v = cp.words.vocabulary
    // (phrases of two words or more, written out, and words from phrases of every kind: gaps, "$", several languages)
    const phrases = v.entries.filter((e) => e.words.length > 1).map((e) => e.words.map((w) => w.form).join(' '))
    const someWords = v.entries.flatMap((e) => e.words.map((w) => w.form))
    // (and the words of `reading.fillers`, with numbers: "every single", "all our 40")
    const fillerWords = [...v.fillers.flatMap((f) => [...f.before, ...f.words, ...f.after].flat()).map((w) => (w === '#' ? '40' : w)), '7', '2026']
    const piece = fc.oneof(anyOf(phrases), anyOf(someWords), fc.constantFrom(...WORDS), fc.constantFrom(...fillerWords))
    const phraseText = fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 16 }).map((parts) => parts.map(([w, s]) => w + s).join(''))
    const options = { negationReach: policy.reading.negationReach, templateLanguage: undefined }
    fc.assert(
      fc.property(phraseText, phraseText, fc.array(fc.constantFrom('en', 'de', 'fr' as const), { minLength: 64, maxLength: 64 }), (subject, body, languages) => {
        const segments: Segment[] = [
          { where: 'subject', text: subject },
          { where: 'description', text: body },
        ]
        const r = readWords(v, { eachWord, factsAt: cp.words.factsAt, facts: cp.words.facts }, segments, options)
        const context = JSON.stringify(segments)
        const byPiece = r.pieces.map((_, i) => languages[i % languages.length]!)
        for (const pieceLanguages of [null, byPiece]) {
          const fillers = fillersAmong(v, r.pieces, r.sentenceLanguages, pieceLanguages)
          const plainFillers = referenceFillers(v, r.pieces, r.sentenceLanguages, pieceLanguages)
          expect(fillers === null ? r.pieces.map(() => 0) : [...fillers], context).to.deep.equal(plainFillers)
          expect(findMentions(r.pieces, segments, r.sentenceLanguages, pieceLanguages, fillers), context).to.deep.equal(referenceFindMentions(r.pieces, segments, r.sentenceLanguages, pieceLanguages, plainFillers))
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 1500) },
    )
  })

  it("gives each word quick tests that say what its hits say: the phrases it starts and continues", async () => {
    const policy = await shippedPolicy()
    const v = compilePolicy(policy).words.vocabulary
    const entryWords = v.entries.flatMap((e) => e.words.map((w) => w.form))
    const word = fc.oneof(anyOf(entryWords), fc.string({ minLength: 1, maxLength: 12 }))
    fc.assert(
      fc.property(word, fc.nat(v.entries.length - 1), fc.integer({ min: 1, max: 6 }), (w, entry, position) => {
        for (const f of [wordFacts(v, w), ...(wordFacts(v, w).parts ?? [])]) {
          expect(f.startsAlone).to.deep.equal(f.starts.filter((h) => !h.nextAdjacent))
          for (const h of f.starts) if (h.nextAdjacent) expect(f.nextWordMask & continueBit(h.entry, 1)).to.not.equal(0)
          for (const [e, k] of [[entry, position], ...f.hits.map((h) => [h.entry, h.position])] as [number, number][]) {
            const plain = f.continuing.find((h) => h.entry === e && h.position === k)
            expect(continuingHit(f, e, k), `${w} ${e} ${k}`).to.equal(plain)
          }
          for (const h of f.hits) {
            expect(h.concept).to.equal(v.entries[h.entry]!.concept)
            expect(h.endOfSentence).to.equal(v.entries[h.entry]!.endOfSentence)
          }
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 1500) },
    )
  })

  it('reads a ticket the same whether its words were met before or not', async () => {
    const policy = await shippedPolicy()
    const cp = compilePolicy(policy)
    const template = parseTemplate(cp, 'Beschreibung des Problems/der Frage: Seit heute früh keinen Zugang mehr zum Partnerportal', undefined)
    const first = summary(readOwnWords(cp, 'Zugang', template))
    const again = summary(readOwnWords(cp, 'Zugang', template))
    expect(again).to.deep.equal(first)
    expect(first.language).to.equal('de')
    expect(first.languageFrom).to.equal('template')
  })
})

describe("classifier: an admin's words", () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desk-sla-words-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads a word the admin adds to a concept, inflected', async () => {
    const file = join(dir, 'words.yaml')
    const outage = (await shippedPolicy()).concepts.outage!
    await writeFile(file, `concepts:\n  outage:\n    negatable: true\n    en: ${JSON.stringify([...outage.en, 'go dark'])}\n    de: ${JSON.stringify(outage.de)}\n    fr: ${JSON.stringify(outage.fr)}\n`)
    const { policy } = await loadPolicy({ file, env: {} })
    const input = { ticket: { subject: 'CRM', description: 'All our dashboards keep going dark since noon.', createdTime: MON }, account: { country: 'GB' }, now: LATER }
    expect(computeSla(policy, input, 0)).to.include({ severity: 1, clock: '24x7' })
    expect(computeSla(await shippedPolicy(), input, 0)).to.include({ severity: 3 })
  })

  it('steps over the filler words an admin names, anywhere or only beside the words around their brackets', async () => {
    const shipped = (await shippedPolicy()).reading.fillers
    const policyWith = async (name: string, en: string[]) => {
      const file = join(dir, name)
      await writeFile(file, `reading:\n  fillers:\n    en: ${JSON.stringify(en)}\n    de: ${JSON.stringify(shipped.de)}\n    fr: ${JSON.stringify(shipped.fr)}\n`)
      return (await loadPolicy({ file, env: {} })).policy
    }
    const read = (policy: Policy, description: string) => computeSla(policy, { ticket: { subject: 'Payroll', description, createdTime: MON }, account: { country: 'GB' }, now: LATER }, 0)
    const none = await policyWith('no-fillers.yaml', [])
    const beside = await policyWith('beside.yaml', ['every (single)'])
    const anywhere = await policyWith('anywhere.yaml', ['single'])
    // (round 104: payslip generation, since "the payroll run fails" is severity 1 by itself, `business run fails`)
    expect(read(none, 'Payslip generation fails for every single employee.')).to.include({ severity: 3 })
    expect(read(beside, 'Payslip generation fails for every single employee.')).to.include({ severity: 1, clock: '24x5' })
    expect(read(beside, 'Payslip generation fails for every employee.')).to.include({ severity: 1, clock: '24x5' })
    // ("single" beside another word is a word: "for one single user" stays no "for one user" there)
    const oneUser = 'The CRM app crashes for one single user; the rest of the team is fine.'
    expect(read(beside, oneUser)).to.include({ severity: 1 })
    expect(read(anywhere, oneUser)).to.include({ severity: 2 })
    // a line that is no filler is refused with its file
    const bad = join(dir, 'bad-fillers.yaml')
    await writeFile(bad, 'reading:\n  fillers:\n    en: ["every (single"]\n')
    let refused: unknown
    await loadPolicy({ file: bad, env: {} }).catch((e: unknown) => (refused = e))
    expect(String(refused)).to.match(/bad-fillers\.yaml[\s\S]*filler/)
  })

  it("reads a German bracket closed at the sentence's end over a long middle field, only where the entry says `$`", async () => {
    const outage = (await shippedPolicy()).concepts.outage!
    const policyWith = async (name: string, extra: string) => {
      const file = join(dir, name)
      await writeFile(file, `concepts:\n  outage:\n    negatable: true\n    en: ${JSON.stringify(outage.en)}\n    de: ${JSON.stringify([...outage.de, extra])}\n    fr: ${JSON.stringify(outage.fr)}\n`)
      return (await loadPolicy({ file, env: {} })).policy
    }
    const closing = await policyWith('bracket.yaml', 'schaltet ... =ab $')
    const open = await policyWith('gap.yaml', 'schaltet ... =ab')
    const read = (policy: Policy, description: string) =>
      computeSla(policy, { ticket: { subject: 'Server', description, createdTime: MON }, account: { country: 'DE' }, now: LATER }, 0)
    // twelve words between the verb and its particle, the particle ending the sentence (round 27)
    const long = 'Der Mailserver schaltet sich seit dem Update von gestern Abend bei allen Kunden immer wieder ab.'
    expect(read(closing, long)).to.include({ severity: 1, clock: '24x7' })
    expect(read(open, long)).to.include({ severity: 3 }) // (a gap without `$` reaches six words)
    // an "ab" inside the sentence is passed over for the one that closes it
    expect(read(closing, 'Der Mailserver schaltet ab und zu die Weiterleitung für die Kollegen aus der Buchhaltung einfach ab.')).to.include({ severity: 1 })
    // a particle that does not close the sentence, or one past the bracket's seventeen words, is none
    expect(read(closing, 'Der Mailserver schaltet sich seit dem Update von gestern Abend immer wieder ab, meldet die Überwachung.')).to.include({ severity: 3 })
    expect(read(closing, 'Der Mailserver schaltet sich seit dem Update von gestern Abend bei allen unseren Kunden in Hamburg, Bremen und Kiel und auch in Lübeck ab.')).to.include({ severity: 3 })
  })

  it('refuses a rule naming a concept the policy does not have, with its file and line', async () => {
    const file = join(dir, 'bad.yaml')
    await writeFile(file, 'clock:\n  allDay:\n    team: Support\n    severity: 1\n    rules: [down, melted]\n')
    const err = await loadPolicy({ file, env: {} }).then(
      () => null,
      (e: Error) => e,
    )
    expect(err?.message).to.include(`${file}:5: clock.allDay.rules.1: "melted" is not a severity rule of Support`)
  })

  it('refuses product documents naming a concept the policy does not have, with its file and line', async () => {
    const file = join(dir, 'bad-documents.yaml')
    await writeFile(file, 'productDocuments:\n  concepts: [invoice]\n  orConcepts: [technical, melted]\n  unless: []\n')
    const err = await loadPolicy({ file, env: {} }).then(
      () => null,
      (e: Error) => e,
    )
    expect(err?.message).to.include(`${file}:3: productDocuments.orConcepts.1: "melted" is not one of the concepts`)
  })

  it('refuses a cue yielding to a concept the policy does not have, with its file and line', async () => {
    const file = join(dir, 'bad-yields.yaml')
    await writeFile(file, 'reading:\n  yieldsTo:\n    hypothetical: [courtesy, politeness]\n')
    const err = await loadPolicy({ file, env: {} }).then(
      () => null,
      (e: Error) => e,
    )
    expect(err?.message).to.include(`${file}:3: reading.yieldsTo.hypothetical.1: "politeness" is not one of the concepts`)
  })

  it('refuses a phrase longer than the reading takes, naming it', async () => {
    const file = join(dir, 'long-phrase.yaml')
    const words = Array.from({ length: 23 }, (_, i) => `w${i}`).join(' ')
    await writeFile(file, `concepts:\n  outage:\n    en: [${words}]\n`)
    const err = await loadPolicy({ file, env: {} }).then(
      () => null,
      (e: Error) => e,
    )
    expect(err?.message).to.include(`concept "outage": "${words}" has 23 words, at most 22 are read`)
  })

  it('refuses a yieldsTo for a list that is no cue', async () => {
    const file = join(dir, 'bad-yields-list.yaml')
    await writeFile(file, 'reading:\n  yieldsTo:\n    signatures: [courtesy]\n')
    const err = await loadPolicy({ file, env: {} }).then(
      () => null,
      (e: Error) => e,
    )
    expect(err?.message).to.include('reading.yieldsTo')
  })
})
