import { expect } from 'chai'
import { compilePolicy } from '../../src/engine/compiled-policy.js'
import fc from 'fast-check'
import { parseTemplate, reproducibleAnswer } from '../../src/engine/template.js'
import { referenceTemplateFields } from '../../src/engine/impl/reference.js'
import { shippedPolicy, sla } from './helpers.js'

const MON = '2026-01-05T09:00:00.000Z'
const LATER = '2026-01-05T09:30:00.000Z'

const EN = `Customer email address: jane@customer.example
Type of Support request: Payments Renewal
Able to reproduce the problem? Yes, every time
Zoho product name: Zoho CRM
Description of the issue/question: The renewal invoice shows the wrong amount.
Troubleshooting steps performed: Checked the subscription page
Screenshots/screen cast: attached`

const DE = `• E-Mail-Adresse des Kunden : max@kunde.example
• Art der Supportanfrage :   Rechnungsänderungen
• Kann das Problem reproduziert werden? Nein
• Name des Zoho Produkts: Zoho Books
• Beschreibung des Problems/der Frage:
  Die Rechnung soll auf eine neue Adresse lauten.
• Durchgeführte Schritte zur Fehlerbehebung: keine`

const FR_HTML = `<div><b>Adresse e-mail du client</b>&nbsp;: marie@client.example</div>
<div><b>TYPE DE DEMANDE DE SUPPORT</b> :<br>Support technique</div>
<div>Est-il possible de reproduire le problème ? Oui</div>
<div>Nom du produit Zoho : Zoho Desk</div>
<div>Description du problème/de la question : la fonction renvoie des résultats incorrects</div>
<p>Étapes de dépannage effectuées : aucune</p>`

describe('classifier: the request template in three languages', () => {
  it('reads an English template: Payments Renewal goes to Operations', async () => {
    const r = await sla({ description: EN, createdTime: MON, now: LATER })
    expect(r.ticketType).to.equal('Payments Renewal')
    expect(r.team).to.equal('Operations')
    expect(r.reasons.join('\n')).to.include("template field 'Type of Support request'")
  })

  it('reads a German template with bullets and spaces before the colon', async () => {
    const r = await sla({ description: DE, createdTime: MON, now: LATER })
    expect(r.ticketType).to.equal('Invoice changes')
    expect(r.team).to.equal('Operations')
  })

  it('reads a French HTML template with the value on the next line, label in capitals', async () => {
    const r = await sla({ description: FR_HTML, createdTime: MON, now: LATER })
    expect(r.ticketType).to.equal('Technical Support')
    expect(r.team).to.equal('Support')
    // "résultats incorrects" is a severity-2 phrase; "fonction" a severity-3 one: the most severe wins
    expect(r.severity).to.equal(2)
    expect(r.severitySource).to.equal('text')
  })

  it('reads the answer to "able to reproduce?" in each language, with its details', async () => {
    const cp = compilePolicy(await shippedPolicy())
    const answer = (description: string) => reproducibleAnswer(cp, parseTemplate(cp, description, undefined))
    expect(answer(EN)).to.deep.equal({ answer: true, details: 'every time' })
    expect(answer(DE)).to.deep.equal({ answer: false, details: '' })
    expect(answer(FR_HTML)).to.deep.equal({ answer: true, details: '' })
    expect(answer('Able to reproduce the problem? Sometimes, on Mondays')).to.deep.equal({ answer: null, details: 'Sometimes, on Mondays' })
    expect(answer('no template here')).to.equal(null)
  })

  it('reads a label followed by any separator exactly as the label regex reads it', async () => {
    const policy = await shippedPolicy()
    const cp = compilePolicy(policy)
    const labels = Object.values(policy.template.fields).flat()
    const bullet = fc.constantFrom('', '• ', '- ', '2) ', '**', '  ')
    const spellings: Record<string, (label: string) => string> = {
      'as is': (l) => l,
      upper: (l) => l.toUpperCase(),
      'double spaces': (l) => l.replace(/ /g, '  '),
      'no hyphen': (l) => l.replace(/-/g, ''),
      'no apostrophe': (l) => l.replace(/'/g, ''),
      'spaced slash': (l) => l.replace(/\//g, ' / '),
      'cut short': (l) => l.slice(0, Math.ceil(l.length / 2)),
      'word added': (l) => l.replace(' ', ' x '),
    }
    const spelled = fc.tuple(fc.constantFrom(...labels), fc.constantFrom(...Object.keys(spellings))).map(([label, how]) => spellings[how]!(label))
    const separator = fc.array(fc.constantFrom(' ', '\t', '?', ' ?', '*', '_', ':', '：', '=', '-', '–', '—', '\u00a0', 'x'), { maxLength: 5 }).map((p) => p.join(''))
    const value = fc.constantFrom('', ' 2', 'Payments Renewal', '\nnext line', ' - dash', '?')
    const line = fc.tuple(bullet, spelled, separator, value).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\n')
        const fast = Object.fromEntries(Object.entries(parseTemplate(cp, text, undefined).fields).filter(([, v]) => v !== undefined))
        expect(fast, JSON.stringify(text)).to.deep.equal(referenceTemplateFields(cp, text))
      }),
      { numRuns: Number(process.env.RUNS ?? 3000) },
    )
  })

  it('reads every preset type in its German and French names', async () => {
    const cases: [string, string, string][] = [
      ['Technischer Support', 'Technical Support', 'Support'],
      ['Produktmanagement', 'Product Management Related', 'Support'],
      ['Zahlungsverlängerung', 'Payments Renewal', 'Operations'],
      ['Verlängerung des Testzeitraums', 'Trial Extension', 'Operations'],
      ['Shop', 'Store Related', 'Operations'],
      ['Upgrades', 'Upgrades', 'Operations'],
      ['Provisionszahlungen', 'Commission Payment', 'Operations'],
      ['Verkaufsgespräche', 'Sales Discussions', 'Operations'],
      ['Renouvellement de paiements', 'Payments Renewal', 'Operations'],
      ["Extension de la version d'évaluation", 'Trial Extension', 'Operations'],
      ['Lié au magasin', 'Store Related', 'Operations'],
      ['Mises à niveau', 'Upgrades', 'Operations'],
      ['Modifications de facture', 'Invoice changes', 'Operations'],
      ['Paiement de commission', 'Commission Payment', 'Operations'],
      ['Discussions sur les ventes', 'Sales Discussions', 'Operations'],
      ['Gestion de produit', 'Product Management Related', 'Support'],
    ]
    for (const [label, type, team] of cases) {
      const r = await sla({ description: `Type of Support request: ${label}`, createdTime: MON, now: LATER })
      expect([r.ticketType, r.team], label).to.deep.equal([type, team])
    }
  })

  it('takes the type from the custom field over the description', async () => {
    const r = await sla({ description: EN, cf: { cf_ticket_type: 'Sales Discussions' }, createdTime: MON, now: LATER })
    expect(r.ticketType).to.equal('Sales Discussions')
  })

  it('takes template fields carried as custom fields named after their label', async () => {
    const r = await sla({ cf: { cf_art_der_supportanfrage: 'Shop' }, createdTime: MON, now: LATER })
    expect(r.ticketType).to.equal('Store Related')
  })

  it('falls back to Technical Support when no type is found', async () => {
    const r = await sla({ description: 'Hello, please help.', createdTime: MON, now: LATER })
    expect(r.ticketType).to.equal('Technical Support')
    expect(r.reasons.join('\n')).to.include('by default')
  })

  it('does not read severity words out of the template labels themselves', async () => {
    // "Description of the issue/question" contains "question", a severity-3 word for Support
    // (the value was "renewal", which DOMAIN.md §4 now reads as a partner account renewal request: severity 3)
    const r = await sla({ description: 'Type of Support request: Payments Renewal\nDescription of the issue/question: please see the attachment', createdTime: MON, now: LATER })
    expect(r.severity).to.equal(2)
    expect(r.severitySource).to.equal('default')
  })
})

describe('classifier: severity', () => {
  it('lets an explicit severity field win over the words', async () => {
    const r = await sla({ subject: 'Outage: nobody can log in', cf: { cf_severity: '3' }, createdTime: MON, now: LATER })
    expect(r.severity).to.equal(3)
    expect(r.severitySource).to.equal('field')
  })

  it('reads "Severity: N", "Schweregrad N" and "Gravité N" lines as fields', async () => {
    for (const line of ['Severity: 1', 'Schweregrad 2', 'Gravité : 3', 'SEVERITY - 2', 'Severity: Sev 1']) {
      const r = await sla({ description: `Type of Support request: Technical Support\n${line}\nDescription of the issue/question: how to write a function`, createdTime: MON, now: LATER })
      expect(r.severitySource, line).to.equal('field')
      expect(r.severity, line).to.equal(Number(/([1-3])/.exec(line)![1]))
    }
  })

  it('reads a severity named in a sentence at a line\'s start as the partner\'s words, no field', async () => {
    for (const text of [
      'Severity 1 tickets should be answered within 3 hours according to your SLA. How do you count weekends?',
      'Schweregrad 1 Tickets sollen laut SLA in 3 Stunden beantwortet werden. Wie zählen Wochenenden?',
      'Gravité 1 tickets : comment comptez-vous les week-ends ?',
    ]) {
      const r = await sla({ description: text, createdTime: MON, now: LATER })
      expect(r.severitySource, text).to.not.equal('field')
      expect(r.severity, text).to.equal(3)
    }
    // the same label followed by its value, a separator, a bracket or a level's name stays a field
    for (const [line, sev] of [['Severity 1', 1], ['Severity: 2 - moderate', 2], ['Schweregrad 1 (kritisch)', 1], ['Gravité 3.', 3], ['Severity 1 critical', 1]] as const) {
      const r = await sla({ description: `${line}\nHow do we add a custom field to the ticket layout?`, createdTime: MON, now: LATER })
      expect(r.severitySource, line).to.equal('field')
      expect(r.severity, line).to.equal(sev)
    }
  })

  it('reads severity names such as "Critical" in the field', async () => {
    const r = await sla({ cf: { cf_severity: 'Critical' }, createdTime: MON, now: LATER })
    expect(r.severity).to.equal(1)
  })

  it('reads a field value that goes on after its level, as picklists write it (round 44)', async () => {
    for (const [value, sev] of [['P1 - Critical', 1], ['Sev 1 - Critical', 1], ['S2 (moderate)', 2], ['Critical (1)', 1], ['Minimal - 3', 3], ['1 - Critical', 1]] as const) {
      const r = await sla({ cf: { cf_severity: value }, subject: 'CRM is down for everyone', createdTime: MON, now: LATER })
      expect(r.severitySource, value).to.equal('field')
      expect(r.severity, value).to.equal(sev)
    }
  })

  it('reads the value after a scale written beside the Severity label ("Severity (1-3): 2")', async () => {
    for (const [line, sev] of [['Severity (1-3): 2', 2], ['Schweregrad (1 = kritisch, 3 = minimal): 3', 3], ['Gravité (1 à 3) : 1', 1]] as const) {
      const r = await sla({ description: `${line}\nCRM is down for everyone since 9.`, createdTime: MON, now: LATER })
      expect(r.severitySource, line).to.equal('field')
      expect(r.severity, line).to.equal(sev)
    }
  })

  it('ignores a severity field it cannot read and says so', async () => {
    const r = await sla({ cf: { cf_severity: '7' }, subject: 'How to configure a webhook', createdTime: MON, now: LATER })
    expect(r.severity).to.equal(3)
    expect(r.severitySource).to.equal('text')
    expect(r.reasons.join('\n')).to.include('not a severity')
  })

  it('makes a Support outage severity 1 and explains which words', async () => {
    const r = await sla({ subject: 'Complete outage of the portal', createdTime: MON, now: LATER })
    expect(r.severity).to.equal(1)
    expect(r.severitySource).to.equal('text')
    expect(r.reasons.find((x) => x.startsWith('severity 1'))).to.include('outage')
  })

  it('lets the most severe words win: a function returning incorrect results is a 2, not a 3', async () => {
    const r = await sla({ subject: 'Deluge function returns incorrect results', createdTime: MON, now: LATER })
    expect(r.severity).to.equal(2)
    expect(r.reasons.find((x) => x.startsWith('severity 2'))).to.include('most severe wins')
  })

  it('makes a how-to question severity 3', async () => {
    const r = await sla({ subject: 'How to set up the Zoho Flow integration?', createdTime: MON, now: LATER })
    expect(r.severity).to.equal(3)
  })

  it('defaults Support to 3 and Operations to 2 when no words match', async () => {
    expect((await sla({ subject: 'Hello', createdTime: MON, now: LATER })).severity).to.equal(3)
    const ops = await sla({ subject: 'Hello', cf: { cf_ticket_type: 'Upgrades' }, createdTime: MON, now: LATER })
    expect([ops.severity, ops.severitySource]).to.deep.equal([2, 'default'])
  })

  it('makes an Operations account cancellation request severity 1 on a 24x5 clock', async () => {
    const r = await sla({ subject: 'Account cancellation request', cf: { cf_ticket_type: 'Payments Renewal' }, createdTime: MON, now: LATER })
    expect([r.severity, r.clock]).to.deep.equal([1, '24x5'])
  })

  it('makes an Operations customer mapping query severity 3', async () => {
    const r = await sla({ subject: 'Customer mapping for a new client', cf: { cf_ticket_type: 'Store Related' }, createdTime: MON, now: LATER })
    expect(r.severity).to.equal(3)
  })

  it('reads German and French severity words', async () => {
    expect((await sla({ subject: 'Totaler Ausfall seit heute morgen', createdTime: MON, now: LATER })).severity).to.equal(1)
    expect((await sla({ subject: 'Panne générale du service', createdTime: MON, now: LATER })).severity).to.equal(1)
    expect((await sla({ subject: 'Résultats incorrects dans le rapport', createdTime: MON, now: LATER })).severity).to.equal(2)
  })
})

describe('classifier: exemptions', () => {
  it('exempts Product Management Related tickets: a severity and type, but no due dates', async () => {
    const r = await sla({ cf: { cf_ticket_type: 'Product Management Related' }, createdTime: MON, now: LATER })
    expect(r.exempt).to.equal(true)
    expect(r.severity).to.be.oneOf([1, 2, 3])
    for (const k of ['firstResponseDue', 'followUpDue', 'determinationDue', 'responseDueDate', 'dueDate'] as const) expect(r[k]).to.equal(null)
    expect(r.escalation.level).to.equal(0)
  })

  for (const words of ['Feature request: dark mode', 'Funktionsanfrage: Dunkelmodus', 'Demande de fonctionnalité : mode sombre']) {
    it(`exempts a ticket whose text asks for a new feature ("${words}")`, async () => {
      const r = await sla({ subject: words, createdTime: MON, now: '2026-02-05T09:00:00.000Z' })
      expect(r.exempt).to.equal(true)
      expect(r.dueDate).to.equal(null)
      expect(r.escalation).to.deep.equal({ level: 0, owner: 'escalations-eu@example.com' })
    })
  }
})

describe('classifier: regions and sub-regions', () => {
  const cases: [string, string | undefined, string, string, string][] = [
    ['Deutschland', undefined, 'UK & EU', 'DACH', 'Europe/London'],
    ['Allemagne', undefined, 'UK & EU', 'DACH', 'Europe/London'],
    ['FR', undefined, 'UK & EU', 'France', 'Europe/London'],
    ['Monaco', undefined, 'UK & EU', 'France', 'Europe/London'],
    ['Niederlande', undefined, 'UK & EU', 'Benelux & Nordics', 'Europe/London'],
    ['Portugal', undefined, 'UK & EU', 'Spain', 'Europe/London'],
    ['Rumänien', undefined, 'UK & EU', 'Italy & Rest of Europe 2', 'Europe/London'],
    ['Pologne', undefined, 'UK & EU', 'Rest of Europe', 'Europe/London'],
    ['GB', undefined, 'UK & EU', 'United Kingdom', 'Europe/London'],
    ['United States', 'California', 'Americas', 'USA West', 'America/New_York'],
    ['USA', 'NY', 'Americas', 'USA East', 'America/New_York'],
    ['États-Unis', 'TX', 'Americas', 'USA Central', 'America/New_York'],
    ['US', undefined, 'Americas', 'USA Central', 'America/New_York'],
    ['US', 'Atlantis', 'Americas', 'USA Central', 'America/New_York'],
    ['Kanada', undefined, 'Americas', 'Canada', 'America/New_York'],
    ['Brésil', undefined, 'Americas', 'Brazil', 'America/New_York'],
    ['Mexique', undefined, 'Americas', 'LATAM', 'America/New_York'],
    ['Japon', undefined, 'APAC & Japan', 'Japan', 'Asia/Singapore'],
    ['Singapore', undefined, 'APAC & Japan', 'APAC', 'Asia/Singapore'],
    ['Indien', undefined, 'India', 'India', 'Asia/Kolkata'],
    ['AU', undefined, 'ANZ', 'ANZ', 'Australia/Sydney'],
    ['Nouvelle-Zélande', undefined, 'ANZ', 'ANZ', 'Australia/Sydney'],
    ['Saudi Arabia', undefined, 'MEA', 'MEA', 'Asia/Dubai'],
    ['Südafrika', undefined, 'MEA', 'MEA', 'Asia/Dubai'],
    // the ISO names' other spellings: inverted, without their bracket, spaces run together or split
    ['Viet Nam', undefined, 'APAC & Japan', 'APAC', 'Asia/Singapore'],
    ['Republic of Moldova', undefined, 'UK & EU', 'Italy & Rest of Europe 2', 'Europe/London'],
    ['Holy See', undefined, 'UK & EU', 'Italy & Rest of Europe 2', 'Europe/London'],
    ['British Virgin Islands', undefined, 'Americas', 'LATAM', 'America/New_York'],
    ['Newzealand', undefined, 'ANZ', 'ANZ', 'Australia/Sydney'],
  ]
  for (const [country, state, region, sub, zone] of cases) {
    it(`puts an account in ${country}${state ? ` (${state})` : ''} in ${region} / ${sub} on ${zone}`, async () => {
      const r = await sla({ country, state, createdTime: MON, now: LATER })
      expect([r.region, r.subRegion, r.timeZone]).to.deep.equal([region, sub, zone])
    })
  }

  it("uses the contact's country when the account has none", async () => {
    const r = await sla({ country: '', contactCountry: 'India', createdTime: MON, now: LATER })
    expect(r.region).to.equal('India')
  })

  it("lets a known account country decide whatever the contact's country is, and explains each case alike", async () => {
    const place = (r: { region: string; subRegion: string; reasons: string[] }) => [r.region, r.subRegion, r.reasons.filter((x) => /country/.test(x))]
    const japan = await sla({ country: 'Japan', contactCountry: 'India', createdTime: MON, now: LATER })
    const japanAgain = await sla({ country: 'Japan', contactCountry: 'Brazil', createdTime: MON, now: LATER })
    expect(place(japanAgain)).to.deep.equal(place(japan))
    expect(japan.region).to.equal('APAC & Japan')
    // an unknown account country: the contact decides, and both are named, in every order of asking
    const viaIndia = await sla({ country: 'Atlantis', contactCountry: 'India', createdTime: MON, now: LATER })
    const viaBrazil = await sla({ country: 'Atlantis', contactCountry: 'Brazil', createdTime: MON, now: LATER })
    expect([viaIndia.region, viaBrazil.region]).to.deep.equal(['India', 'Americas'])
    for (const r of [viaIndia, viaBrazil]) {
      expect(r.reasons.join('\n')).to.match(/"Atlantis" is not a known country/)
      expect(r.reasons.join('\n')).to.match(/the contact's country/)
    }
  })

  it('reads no country from a spelling two countries share ("Virgin Islands")', async () => {
    const r = await sla({ country: 'Virgin Islands', createdTime: MON, now: LATER })
    expect(r.reasons.join('\n')).to.match(/"Virgin Islands" is not a known country/)
  })

  it('sends an unknown country to the fallback region and flags it', async () => {
    const r = await sla({ country: 'Atlantis', createdTime: MON, now: LATER })
    expect(r.region).to.equal('UK & EU')
    expect(r.reasons.join('\n')).to.match(/"Atlantis" is not a known country/)
    expect(r.reasons.join('\n')).to.include('fallback region')
  })
})
