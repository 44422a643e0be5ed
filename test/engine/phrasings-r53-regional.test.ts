// Round 53 (branch r53-regional): the meanings behind the first-read misses of grown-129.yaml (regional and colloquial
// German and French, and tickets that switch language), in other words and languages than the tickets, with traps
// that must not read that way.
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const TS = 'Technical Support'

// Launching or starting a run is a program's work (concept `work`: "=launch", "=starten", "=lancer"): a run that
// cannot be launched is a feature failing (rule `not working`, 1 on 24x5).
const RUN_CANNOT_BE_LAUNCHED: Phrasing[] = [
  ['Billing run', 'Since the update we are unable to launch the monthly billing run.', 1, TS, '24x5'],
  ['Lohnlauf', 'Der Lohnlauf lässt sich seit gestern nicht starten, bei keinem Mandanten.', 1, TS, '24x5'],
  ['Facturation', 'Impossible de lancer la facturation récurrente depuis ce matin.', 1, TS, '24x5'],
  // traps: how to launch or start something
  ['Import', 'Comment lancer un import de contacts depuis un fichier CSV ?', 3, TS],
  ['Kampagne', 'Wir möchten die Kampagne nächste Woche starten, wie geht das?', 3, TS],
]

// A purpose said with a negation ("so that it isn't sent", "damit er nicht verschickt wird", "pour qu'il ne soit pas
// envoyé", and German "ohne dass"): a wish about a setting (hypothetical; `notNegation` for "ohne dass"), no failure.
const NEGATED_PURPOSE: Phrasing[] = [
  ['Quote', "How do I hold a quote back so that it isn't emailed to the client straight away?", 3, TS],
  ['Newsletter', 'Wie können wir einen Newsletter speichern, damit er nicht sofort verschickt wird?', 3, TS],
  ['Devis', "Comment garder un devis en brouillon pour qu'il ne soit pas envoyé au client ?", 3, TS],
  ['Kontakt', 'Wie kann man einen Kontakt anlegen, ohne dass eine Willkommensmail versendet wird?', 3, TS],
  // traps: sending that stopped, said with the same words
  ['Invoices', 'Since Monday the invoices are not sent any more to our customers.', 1, TS, '24x7'],
  ['Rechnungen', 'Seit Montag werden keine Rechnungen mehr versendet, ohne dass wir etwas geändert haben.', 1, TS, '24x7'],
]

// The same person fine in another browser, said in German with the browser first ("im Chrome klappt es problemlos",
// concept `signs in elsewhere`), or on her phone ("on her phone everything works", concept `works elsewhere`, which
// `errors everywhere` now yields to): one machine, 2.
const FINE_ELSEWHERE: Phrasing[] = [
  ['Login Edge', 'Unser Kollege kann sich im Edge nicht anmelden. Im Chrome klappt es aber problemlos.', 2, TS],
  ['Login Edge', 'Im Edge kommt unser Kollege nicht ins CRM, in Firefox klappt es dagegen problemlos.', 2, TS],
  ['Desk errors', 'Our receptionist gets an error on every screen in Desk on her PC. On her phone everything works.', 2, TS],
  // traps: everyone, in every browser and on the phones too
  ['Login', 'Seit heute früh kann sich niemand mehr anmelden, egal in welchem Browser.', 1, TS, '24x7'],
  ['Desk errors', 'Since 10am every user gets an error on every page in Desk, on the phones as well.', 1, TS, '24x7'],
]

describe('phrasings, round 53: regional and colloquial German and French', () => {
  it('reads a run that cannot be launched or started as a feature failing', async () => {
    expect(await misread(RUN_CANNOT_BE_LAUNCHED)).to.deep.equal([])
  })
  it('reads a negated purpose as a wish, no failure', async () => {
    expect(await misread(NEGATED_PURPOSE)).to.deep.equal([])
  })
  it('reads the same person fine in another browser or on the phone as one machine', async () => {
    expect(await misread(FINE_ELSEWHERE)).to.deep.equal([])
  })
})
