// Round 219: severity-1 Support troubles told in plain English by people who are no IT staff (office managers,
// bookkeepers, shop owners, receptionists, a CEO, a partner's junior employee), ~80 % en, 10 % de, 10 % fr: no "outage",
// "down" or "login", but what they cannot do in their day. Nobody able to get into the system, a password refused for
// all, being thrown out every few minutes or sent back to the same page after the password (1, 24x7); a shop or site
// that "isn't there any more" at its web address, "nothing there" when the address is typed, "ist unser Shop nicht mehr
// da", "notre boutique n'apparaît plus" (`site or app not found`, 1, 24x7); bookings, invoices, wages, printing, saving
// or searching that fail for everyone (1, 24x5); amounts turned to zero, appointments vanished (data, 24x5); mail sent
// today that no customer received (1, 24x5). Choices: "the screen just goes white when we open the app, all of us" is
// the crash on opening of rounds 25–28 (1, 24x5; "stays white" and a subject "White screen" are downtime, 24x7); "Every
// report we open is blank for all of us" is round 128's blank reports, a wrong result (2); "The system throws me out when
// I leave it for a while" is one person's idle sign-out (3); tills that "can't connect … anymore" read `cannot access`
// (24x7). Traps kept low: one person only (Jenny thrown out, one computer's white screen, "bei mir"), how-tos (adding
// staff, printing, a new web address, searching by phone number), trouble over ("it's working again now", "c'est
// revenu"), a wish, hypotheticals ("What would happen if …"), a past day's ten minutes, a few pence out on one invoice (2).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind probes of round 219 (/work/tools/probes/r219.txt), two relabelled by the choices above
  ["Can't get in", "Good morning, none of us can get into the system this morning. We've all tried on different computers. Could somebody please help, the phones are ringing.", 1, 'Technical Support', '24x7'],
  ["Help please", "The screen just goes white when we open the app, all of us. We can't see anything at all.", 1, 'Technical Support', '24x5'],
  ["Bookings", "We can't take any bookings, the page won't do anything when we press the button. This is happening to everyone in the office.", 1, 'Technical Support', '24x5'],
  ["keeps throwing us out", "It keeps throwing us out. Every few minutes all of us are sent back to the start and have to put our details in again. We can't get any work done.", 1, 'Technical Support', '24x7'],
  ["Our shop has disappeared", "Our shop isn't there any more when customers go to the web address. They just get a page saying it can't be found. We haven't changed anything.", 1, 'Technical Support', '24x7'],
  ["Urgent - office at a standstill", "I'm the office manager. Since 8 o'clock nobody here can open the system at all. It just sits there with the little circle going round.", 1, 'Technical Support', '24x7'],
  ["Invoices", "I'm the bookkeeper. None of us can send invoices to our customers today. When we click send nothing happens. Month end is tomorrow.", 1, 'Technical Support', '24x5'],
  ["It's stopped working", "The program has stopped working for the whole office. We can't do anything.", 1, 'Technical Support', '24x7'],
  ["Numbers all wrong", "All the amounts in our accounts have turned into zeros overnight. Every single customer balance shows 0.00. I don't know where the money figures have gone.", 1, 'Technical Support', '24x5'],
  ["Password not accepted", "The system tells all of us that our password is wrong, but we haven't changed them. Nobody in the shop can get past the first page.", 1, 'Technical Support', '24x7'],
  ["Customers can't pay", "Customers tell us they can't pay on our website. They fill in their card and the page just stays the same. We have had no orders since yesterday afternoon.", 1, 'Technical Support', '24x5'],
  ["From the CEO", "I've just been told my whole team can't get on to the customer system. We have a board meeting at 11 and need the figures. Please sort this out as a priority.", 1, 'Technical Support', '24x7'],
  ["Website gone", "When I type our web address in, there's nothing there any more, just an error. Our customers are ringing us asking if we've closed down.", 1, 'Technical Support', '24x7'],
  ["Can't print the delivery notes", "None of the girls in the warehouse can print the delivery notes today, the button is greyed out for all of us. Lorries are waiting.", 1, 'Technical Support', '24x5'],
  ["Everything is really slow", "It takes about five minutes to open a customer's details, for everyone in the office. We cannot serve people at the counter like this.", 1, 'Technical Support', '24x5'],
  ["Nothing works", "Hello, I'm just the receptionist, but nothing on the computer system works this morning for any of us. The page comes up empty. My manager asked me to write to you.", 1, 'Technical Support', '24x7'],
  ["Appointments vanished", "All our appointments for next week have disappeared from the diary. The diary is empty for everyone. We have patients coming in!", 1, 'Technical Support', '24x5'],
  ["Can't get into our account", "We are shut out of our account. It says our account has been stopped. None of us can get in.", 1, 'Technical Support', '24x7'],
  ["Can't save anything", "Whenever any of us tries to save a new customer, it says \"something went wrong\" and nothing gets saved. We've lost a whole morning.", 1, 'Technical Support', '24x5'],
  ["Keeps sending us back", "Every time we put our name and password in, it just takes us back to the same page. It's doing this for all five of us.", 1, 'Technical Support', '24x7'],
  ["Emails to customers", "Our customers haven't received any of the quotes we sent today. Not one. We've sent about 30.", 1, 'Technical Support', '24x5'],
  ["Online shop closed?", "Customers are telling us our online shop is not opening. I tried myself on my phone and at home and it just says the site isn't available.", 1, 'Technical Support', '24x7'],
  ["Till system", "The tills in the shop can't connect to the stock list anymore, so we can't sell anything. All three shops are affected.", 1, 'Technical Support', '24x7'],
  ["Logged out", "We all keep getting thrown out every couple of minutes and have to start again. Nobody can finish anything.", 1, 'Technical Support', '24x7'],
  ["Can't do payroll", "None of us can run the wages this month - the button to pay the staff gives us a red message. Staff have to be paid Friday.", 1, 'Technical Support', '24x5'],
  ["The system is broken", "The system is completely broken for all of us. It just won't open.", 1, 'Technical Support', '24x7'],
  // round 128: reports "showing blank" are a wrong result (2)
  ["Reports all blank", "I'm the accountant. Every report we open is blank for all of us, no figures at all, and the VAT return is due.", 2, 'Technical Support', '24x5'],
  // round 204: a mobile app that crashes every time it opens is 1 on 24x5
  ["phone app", "The app on our phones just closes itself as soon as we open it. All the drivers have the same problem so they can't see their jobs.", 1, 'Technical Support', '24x5'],
  ["Can't find any customers", "When we search for a customer, nothing comes up. Not even customers we saw yesterday. All of us.", 1, 'Technical Support', '24x5'],
  ["Junior here", "Hi, I'm new and my boss asked me to email. Our whole team can't get onto Zoho since about 9. It says something about the site not being reachable.", 1, 'Technical Support', '24x7'],
  ["can't send anything out", "We can't email anything out of the system today, every time we press send it says failed. It's the same for everyone.", 1, 'Technical Support', '24x5'],
  // traps (en)
  ["Question", "How do I add a new member of staff so she can get into the system too?", 3, 'Technical Support', '24x5'],
  ["White screen on my computer", "When I open the app on my computer the screen goes white, but everyone else in the office is fine.", 2, 'Technical Support', '24x5'],
  ["All sorted", "Earlier this morning none of us could get in, but it's working again now. Just letting you know, no need to do anything.", 3, 'Technical Support', '24x5'],
  ["A suggestion", "It would be lovely if the booking page could show our opening hours. Just an idea for the future.", 3, 'Technical Support', '24x5'],
  ["Just wondering", "What would happen if the system stopped working on a Saturday? Who would we call?", 3, 'Technical Support', '24x5'],
  ["One of our girls", "Only Jenny keeps getting thrown out every few minutes. The rest of us are fine.", 2, 'Technical Support', '24x5'],
  ["Printing", "How do I print a list of all our customers? I can't find where to do it.", 3, 'Technical Support', '24x5'],
  ["Changing our web address", "We would like our shop to be at a new web address. How do we go about that?", 3, 'Technical Support', '24x5'],
  ["Nothing wrong", "Nothing is wrong, we just wanted to ask how to change the logo on our invoices.", 3, 'Technical Support', '24x5'],
  ["Yesterday", "Yesterday afternoon the screen went white for all of us for about ten minutes, but it came back on its own. Is there anything we should do to stop it happening again?", 3, 'Technical Support', '24x5'],
  ["Invoice looks odd", "The total on one of our invoices is a few pence out from what the calculator says. Everything else is fine.", 2, 'Technical Support', '24x5'],
  ["Training", "Our new receptionist doesn't know how to book appointments in the system. Do you have a guide we could give her?", 3, 'Technical Support', '24x5'],
  ["My screen", "The system throws me out when I leave it for a while. My colleagues don't have this.", 3, 'Technical Support', '24x5'],
  ["Holiday closing", "We will be closed over Christmas, do we need to do anything so the shop stays open online?", 3, 'Technical Support', '24x5'],
  ["Search slow for me", "It takes a long time for me to find a customer, only on my laptop. Others are fine.", 2, 'Technical Support', '24x5'],
  // de
  ["Wir kommen nicht rein", "Guten Morgen, heute früh kommt bei uns keiner mehr ins Programm. Wir haben es alle versucht.", 1, 'Technical Support', '24x7'],
  ["Seite bleibt weiß", "Wenn wir das Programm aufmachen, bleibt der Bildschirm einfach weiß. Bei allen Kolleginnen das Gleiche.", 1, 'Technical Support', '24x7'],
  ["Keine Buchungen möglich", "Wir können keine Termine mehr eintragen, beim Klick auf Speichern passiert gar nichts. Das betrifft das ganze Büro.", 1, 'Technical Support', '24x5'],
  ["Unser Shop ist weg", "Wenn unsere Kunden unsere Internetadresse eingeben, ist unser Shop nicht mehr da.", 1, 'Technical Support', '24x7'],
  ["Frage", "Wie kann ich einer neuen Mitarbeiterin Zugang zum Programm geben?", 3, 'Technical Support', '24x5'],
  ["Nur bei mir", "Bei mir wirft mich das Programm ständig raus, bei den anderen geht alles.", 2, 'Technical Support', '24x5'],
  // fr
  ["On n'arrive plus à rentrer", "Bonjour, ce matin plus personne au bureau n'arrive à rentrer dans le logiciel.", 1, 'Technical Support', '24x7'],
  ["Écran blanc", "Quand on ouvre l'application, l'écran reste tout blanc, pour tout le monde.", 1, 'Technical Support', '24x7'],
  ["Impossible de prendre des rendez-vous", "Aucune de nous ne peut prendre de rendez-vous, la page ne réagit pas quand on clique. Les clients attendent au téléphone.", 1, 'Technical Support', '24x5'],
  ["Notre boutique a disparu", "Nos clients nous disent que notre boutique n'apparaît plus quand ils tapent notre adresse internet.", 1, 'Technical Support', '24x7'],
  ["Question", "Comment faire pour que ma collègue puisse aussi entrer dans le logiciel ?", 3, 'Technical Support', '24x5'],
  ["C'est revenu", "Ce matin on ne pouvait plus rien faire, mais maintenant tout remarche. Merci quand même.", 3, 'Technical Support', '24x5'],
  // 2. written after looking
  ["White screen", "Every time any of us opens the program the screen just went white and nothing else happens.", 1, 'Technical Support', '24x7'],
  ["Our website", "Our website isn't there any more. Customers just get an error when they type our address.", 1, 'Technical Support', '24x7'],
  ["Shop missing", "When our customers type in the web address, nothing comes up at all. It's the same on every phone and computer.", 1, 'Technical Support', '24x7'],
  ["Site not there", "The booking site is not there any more for our clients since this morning.", 1, 'Technical Support', '24x7'],
  ["Search broken", "When we search for anything in the system, nothing comes up, for every one of us.", 1, 'Technical Support', '24x5'],
  ["Quotes", "Our clients haven't received any of the emails we sent today. We've checked the addresses.", 1, 'Technical Support', '24x5'],
  ["Back to the start", "Whenever we put our password in it takes us back to the start again. None of us can get any further.", 1, 'Technical Support', '24x7'],
  ["Saving", "Whenever anyone tries to save an order, it says \"something went wrong\" and the order is gone.", 1, 'Technical Support', '24x5'],
  ["Boutique en ligne introuvable", "Quand nos clients tapent notre adresse internet, notre site n'apparaît plus.", 1, 'Technical Support', '24x7'],
  ["Logiciel", "Depuis ce matin, personne ne peut rentrer dans le système.", 1, 'Technical Support', '24x7'],
  ["Shop weg", "Seit heute Morgen ist unser Shop nicht mehr da, wenn man die Internetadresse eingibt.", 1, 'Technical Support', '24x7'],
  ["Rounding", "One invoice total is a couple of cents out from the order total. The others are right.", 2, 'Technical Support', '24x5'],
  // traps written after looking
  ["New web address", "How do we change the web address our shop is at? The old one is not there any more on our business cards.", 3, 'Technical Support', '24x5'],
  ["Search tips", "How do I search for a customer by phone number? I tried but nothing comes up when I type the number with spaces.", 3, 'Technical Support', '24x5'],
  ["Quotes question", "Can customers see the quotes we sent today in a portal, or only by email?", 3, 'Technical Support', '24x5'],
  ["It says something", "It says \"welcome back\" every time I log in. Can I turn that off?", 3, 'Technical Support', '24x5'],
  ["Sorted now", "Our shop wasn't there for a few minutes this morning, but it's back now. Thank you.", 3, 'Technical Support', '24x5'],
  ["Boutique", "Comment ajouter un deuxième utilisateur pour notre boutique en ligne ?", 3, 'Technical Support', '24x5'],
  ["Idle", "My screen goes white for a second when I switch tabs, then it's fine. Only on my computer.", 2, 'Technical Support', '24x5'],
  ["Password", "What would happen if we all forgot our password at once? Would you be able to let us back in?", 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 219: severity-1 troubles told in plain English', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
