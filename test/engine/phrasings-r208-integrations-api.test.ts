// Round 208: integrations and the API failing at scale, in partners' own words (EN/DE/FR): every API call answering
// 401/403/429/500/503, OAuth tokens revoked or their refresh failing, INVALID_TOKEN on every request, the rate limit hit so
// nothing syncs, named connectors (Shopify, WooCommerce, Stripe, PayPal, Google Workspace, Microsoft 365, Slack, Xero,
// DATEV) syncing no record, webhooks no longer firing, every zap or scenario failing. Choices: an error on every request
// said with "on every request", "bei jeder Anfrage", "sur tous les appels", or with the API named before ("Die API
// antwortet auf jede Anfrage mit 401", "L'API renvoie une erreur 401 sur tous les appels") is an error on every API call
// (1, 24x5; `every api request`), no error on every page (24x7); every zap or scenario ("alle unsere Zaps", "tous nos
// zaps") is every run, a sync failing "für alle Rechnungen", "pour toutes les factures" every transaction (1, 24x5); the
// clock follows main's settled readings: an HTTP 5xx, "stopped working/syncing", "anymore", "nicht mehr", "ne ... plus",
// "ausgefallen", "is dead" are 24x7. Traps: a 500 "sometimes", "parfois", or one a retry gets past ("beim erneuten Versuch klappt
// es") is down only at times (2, `comes and goes`, `retry succeeds`); "a créé quelques doublons" happens twice (2); a
// sync that "hängt … hinterher" runs behind (2, `worse`, no slowness); one record (2); how-tos, documentation, "what
// happens if" (3).
import { expect } from 'chai'
import { misread, type Phrasing } from './helpers.js'

const ROWS: Phrasing[] = [
  // 1. the blind batch (relabelled clocks as the probe file says)
  ['Every API call returns 401', 'Since this morning every call we make to the CRM API returns 401 Unauthorized. Our whole order integration is stuck.', 1, 'Technical Support', '24x5'],
  ['API returning 500 on all requests', 'All requests to the Books API are failing with HTTP 500 since 8am. Nothing gets through.', 1, 'Technical Support', '24x7'],
  ['403 Forbidden on every request', 'Our middleware gets 403 Forbidden on every single request to the Desk API since yesterday evening.', 1, 'Technical Support', '24x5'],
  ['503 errors', 'The API responds with 503 Service Unavailable to every call from our ERP, so no invoices are being created.', 1, 'Technical Support', '24x7'],
  ['Rate limit reached at 9am, nothing syncs', 'We hit the API rate limit at 9am and since then nothing syncs anymore - every request gets a 429.', 1, 'Technical Support', '24x7'],
  ['429 Too Many Requests all day', 'All our integrations are getting 429 Too Many Requests all day, none of our data is being transferred.', 1, 'Technical Support', '24x5'],
  ['INVALID_TOKEN on every request', "We get \"INVALID_TOKEN\" on every request since the weekend, our integration can't do anything.", 1, 'Technical Support', '24x5'],
  ['OAuth tokens revoked', 'All our OAuth tokens were revoked overnight and now every integration has stopped working.', 1, 'Technical Support', '24x7'],
  ['Token refresh failing', 'The refresh token call fails with invalid_grant, so all our integrations stopped at 6am and nothing has synced since.', 1, 'Technical Support', '24x5'],
  ['Shopify sync stopped', 'The Shopify connector stopped syncing orders for all our stores. No orders have come into Inventory since Tuesday.', 1, 'Technical Support', '24x7'],
  ['WooCommerce integration not syncing', "Our WooCommerce integration isn't syncing any products or orders anymore, for all records.", 1, 'Technical Support', '24x5'],
  ['Stripe payments not coming through', 'None of the Stripe payments are being recorded in Books since Friday, the Stripe integration stopped syncing entirely.', 1, 'Technical Support', '24x7'],
  ['PayPal feed broken', 'The PayPal bank feed has not imported a single transaction for a week. All accounts affected.', 1, 'Technical Support', '24x5'],
  ['Google Workspace sync failing', 'Google Workspace contacts and calendar sync fails for every user in our org since the update.', 1, 'Technical Support', '24x5'],
  ['Microsoft 365 integration stopped', 'The Microsoft 365 integration stopped working for all users: no emails or events are synced to CRM anymore.', 1, 'Technical Support', '24x7'],
  ['Slack notifications stopped', 'The Slack integration no longer posts any notifications to any channel since Monday.', 1, 'Technical Support', '24x5'],
  ['Xero connector error', 'The Xero connector fails for every invoice with "Authentication failed" - nothing has been pushed to Xero for three days.', 1, 'Technical Support', '24x5'],
  ['Webhooks not firing', 'Our webhooks are no longer firing at all. None of our endpoints has received a single event since yesterday noon.', 1, 'Technical Support', '24x7'],
  ['All Zapier zaps failing', 'Every one of our Zapier zaps is failing with an error from Zoho, so all our automations are stuck.', 1, 'Technical Support', '24x5'],
  ['Make scenarios all fail', 'All our Make scenarios that use the Zoho CRM module fail with a 401 on each run since this morning.', 1, 'Technical Support', '24x5'],
  ['Integrations all stopped', 'All of our integrations have stopped syncing since last night. Orders, contacts and invoices are no longer transferred.', 1, 'Technical Support', '24x7'],
  ['API returning errors for all customers', "Our app's API calls fail for all of our customers with \"internal server error\". Our customers cannot use our product.", 1, 'Technical Support', '24x7'],
  ['Every API call rejected', 'Every API call is rejected with "OAUTH_SCOPE_MISMATCH" even though nothing changed on our side. The integration is dead.', 1, 'Technical Support', '24x7'],
  ['API is down', 'Your API has been down since 7am, all our calls time out. Our integration is completely offline.', 1, 'Technical Support', '24x7'],
  ['Nothing syncs with Shopify', 'Nothing syncs with Shopify anymore, the sync log only shows errors for every record.', 1, 'Technical Support', '24x7'],
  ['API documentation question', "Where can I find the documentation for the bulk read API? I'd like to know which scopes it needs.", 3, 'Technical Support', '24x5'],
  ['What happens at the rate limit?', 'What happens if we hit the API rate limit? Are the requests queued or rejected?', 3, 'Technical Support', '24x5'],
  ['Refresh tokens', 'How long is a refresh token valid and how do I generate a new one for our integration?', 3, 'Technical Support', '24x5'],
  ['Webhook setup', 'Can you explain how to configure a webhook that fires when a deal is won?', 3, 'Technical Support', '24x5'],
  ['One order not syncing', "One order (#10234) didn't sync to Inventory, all other orders came through fine.", 2, 'Technical Support', '24x5'],
  ['Sync is late', 'The Shopify sync is running about two hours late today; orders do arrive, just with a delay.', 2, 'Technical Support', '24x5'],
  ['A few duplicates after sync', 'The Xero sync created a few duplicate contacts this morning, around five of them.', 2, 'Technical Support', '24x5'],
  ['Occasional 500s', 'We sometimes get a 500 from the API, but when we retry the call it works.', 2, 'Technical Support', '24x5'],
  ['API working again', "The API errors from this morning are gone, it works again since 11. We'd just like to know what caused it.", 3, 'Technical Support', '24x5'],
  ['API liefert nur noch 500er', 'Die API liefert seit heute früh nur noch 500er, keine einzige Anfrage geht durch.', 1, 'Technical Support', '24x5'],
  ['Alle Schnittstellen stehen', 'Alle Schnittstellen stehen seit heute Morgen, es werden keine Daten mehr übertragen.', 1, 'Technical Support', '24x7'],
  ['401 bei jedem API-Aufruf', 'Jeder API-Aufruf wird mit 401 abgelehnt, unsere gesamte Anbindung ans ERP funktioniert nicht mehr.', 1, 'Technical Support', '24x7'],
  ['DATEV-Schnittstelle synchronisiert nicht mehr', 'Die DATEV-Schnittstelle überträgt seit Montag keine Buchungen mehr, für keinen Mandanten.', 1, 'Technical Support', '24x7'],
  ['Token abgelaufen, alle Integrationen stehen', 'Das Refresh-Token wird nicht mehr erneuert, deshalb sind alle Integrationen seit 6 Uhr gestoppt.', 1, 'Technical Support', '24x5'],
  ['Rate Limit erreicht', 'Wir sind seit 9 Uhr im Rate Limit, jede Anfrage bekommt 429 und nichts wird mehr synchronisiert.', 1, 'Technical Support', '24x7'],
  ['Shopify-Synchronisation ausgefallen', 'Die Synchronisation mit Shopify funktioniert für keinen einzigen Artikel mehr.', 1, 'Technical Support', '24x7'],
  ['Webhooks kommen nicht mehr an', 'Seit gestern kommen überhaupt keine Webhooks mehr bei uns an.', 1, 'Technical Support', '24x7'],
  ['Wie richte ich die Xero-Anbindung ein?', 'Wie richte ich die Anbindung an Xero ein? Gibt es dazu eine Anleitung?', 3, 'Technical Support', '24x5'],
  ['Ein Datensatz wird nicht synchronisiert', 'Ein einzelner Kontakt wird nicht mit Microsoft 365 synchronisiert, alle anderen schon.', 2, 'Technical Support', '24x5'],
  ['Was passiert beim Rate Limit?', 'Was passiert, wenn wir das API-Limit überschreiten? Werden die Anfragen dann abgelehnt?', 3, 'Technical Support', '24x5'],
  ['Synchronisation verzögert', 'Die Synchronisation mit WooCommerce läuft heute verzögert, die Bestellungen kommen mit etwa einer Stunde Verspätung an.', 2, 'Technical Support', '24x5'],
  ['Erreur 401 sur tous les appels', "L'API renvoie une erreur 401 sur tous les appels depuis ce matin.", 1, 'Technical Support', '24x5'],
  ["Synchronisation Shopify à l'arrêt", "La synchronisation avec Shopify est à l'arrêt, plus aucune commande n'est importée.", 1, 'Technical Support', '24x5'],
  ['Jeton révoqué', 'Tous nos jetons OAuth ont été révoqués et plus aucune intégration ne fonctionne.', 1, 'Technical Support', '24x7'],
  ['Erreur 500 sur chaque requête', "Chaque requête à l'API renvoie une erreur 500, rien ne passe depuis hier soir.", 1, 'Technical Support', '24x7'],
  ["Limite d'appels atteinte", "Nous avons atteint la limite d'appels API à 9h, depuis plus rien ne se synchronise.", 1, 'Technical Support', '24x7'],
  ['Les webhooks ne se déclenchent plus', "Nos webhooks ne se déclenchent plus du tout, aucun événement n'est envoyé.", 1, 'Technical Support', '24x7'],
  ['Intégration Stripe arrêtée', "L'intégration Stripe ne synchronise plus aucun paiement depuis vendredi.", 1, 'Technical Support', '24x7'],
  ['Configurer le connecteur PayPal', 'Comment configurer le connecteur PayPal pour notre organisation ?', 3, 'Technical Support', '24x5'],
  ['Une facture ne se synchronise pas', 'Une seule facture ne se synchronise pas avec Xero, les autres passent.', 2, 'Technical Support', '24x5'],
  ["Documentation de l'API", "Où trouver la documentation de l'API pour créer des contacts ?", 3, 'Technical Support', '24x5'],
  ['Quelques doublons', 'La synchronisation avec Google Workspace a créé quelques doublons de contacts ce matin.', 2, 'Technical Support', '24x5'],
  // 2. variants written after the first sweep
  ['Rate limit', 'We hit the API rate limit at 9am and since then nothing syncs - every request gets a 429.', 1, 'Technical Support', '24x5'],
  ['INVALID_TOKEN', 'Every request to the CRM API answers INVALID_TOKEN since this morning.', 1, 'Technical Support', '24x5'],
  ['401 on every call', 'All API calls return 401 since this morning.', 1, 'Technical Support', '24x5'],
  ['403 on all calls', 'Every API call we make fails with 403 Forbidden since yesterday.', 1, 'Technical Support', '24x5'],
  ['Token refresh fails', 'Refreshing the access token fails with invalid_client every time, so none of our integrations can connect.', 1, 'Technical Support', '24x5'],
  ['Zapier', 'All our zaps are failing since Monday.', 1, 'Technical Support', '24x5'],
  ['Xero sync failing', 'Xero sync fails for all invoices since Friday.', 1, 'Technical Support', '24x5'],
  ['Webhooks', 'None of our webhooks are being delivered since yesterday.', 1, 'Technical Support', '24x5'],
  ['Rate limited', "We're being rate limited on every request, none of our integrations can sync.", 1, 'Technical Support', '24x5'],
  ['API-Fehler 401', 'Die API antwortet auf jede Anfrage mit 401.', 1, 'Technical Support', '24x5'],
  ['Token widerrufen', 'Alle OAuth-Tokens wurden widerrufen, seitdem synchronisiert keine Integration.', 1, 'Technical Support', '24x5'],
  ['429', 'Jede Anfrage an die API wird mit 429 Too Many Requests beantwortet.', 1, 'Technical Support', '24x5'],
  ['Zapier-Zaps schlagen fehl', 'Alle unsere Zaps schlagen seit Montag fehl.', 1, 'Technical Support', '24x5'],
  ['Xero-Synchronisation', 'Die Synchronisation mit Xero schlägt für alle Rechnungen fehl.', 1, 'Technical Support', '24x5'],
  ['Fehler 403', 'Bei allen API-Aufrufen bekommen wir 403 Forbidden.', 1, 'Technical Support', '24x5'],
  ['INVALID_TOKEN', 'Wir bekommen bei jeder Anfrage INVALID_TOKEN zurück.', 1, 'Technical Support', '24x5'],
  ['Erreur 403', 'Tous nos appels API échouent avec une erreur 403 depuis hier.', 1, 'Technical Support', '24x5'],
  ['Jeton invalide', 'Nous recevons INVALID_TOKEN sur toutes les requêtes.', 1, 'Technical Support', '24x5'],
  ['Zaps en échec', 'Tous nos zaps Zapier échouent depuis lundi.', 1, 'Technical Support', '24x5'],
  ['Synchro Xero', 'La synchronisation avec Xero échoue pour toutes les factures.', 1, 'Technical Support', '24x5'],
  ['Webhooks', "Aucun webhook n'est envoyé depuis hier.", 1, 'Technical Support', '24x5'],
  ['Some calls fail', 'About 5% of our API calls fail with 500.', 2, 'Technical Support', '24x5'],
  ['Intermittent 429', 'We occasionally get a 429 during the nightly import, the retry goes through.', 2, 'Technical Support', '24x5'],
  ['Ab und zu 500', 'Ab und zu bekommen wir einen 500er von der API, beim erneuten Versuch klappt es.', 2, 'Technical Support', '24x5'],
  ['Parfois 500', "Parfois l'API renvoie une erreur 500, mais en relançant l'appel ça passe.", 2, 'Technical Support', '24x5'],
  ['Duplicates', 'The Shopify sync duplicated a few orders today.', 2, 'Technical Support', '24x5'],
  ['Doppelte', 'Die Synchronisation mit Shopify hat heute ein paar Bestellungen doppelt angelegt.', 2, 'Technical Support', '24x5'],
  ['late', 'Der Abgleich mit DATEV hängt etwa zwei Stunden hinterher.', 2, 'Technical Support', '24x5'],
  ['retard', 'La synchronisation avec Stripe a environ deux heures de retard.', 2, 'Technical Support', '24x5'],
  ['What if', 'What happens if our token is revoked? Will the integration stop?', 3, 'Technical Support', '24x5'],
  ['Was wenn', 'Was passiert, wenn der Token abläuft? Hört die Synchronisation dann auf?', 3, 'Technical Support', '24x5'],
  ['Et si', "Que se passe-t-il si on dépasse la limite d'appels API ?", 3, 'Technical Support', '24x5'],
  ['how to', 'How do we handle 429 responses in our integration?', 3, 'Technical Support', '24x5'],
  ['doc', 'Is there documentation on the error codes the API returns, like 401 and 403?', 3, 'Technical Support', '24x5'],
  ['Anleitung', 'Gibt es eine Dokumentation zu den Fehlercodes der API?', 3, 'Technical Support', '24x5'],
]

describe('phrasings, round 208: integrations and the API failing at scale', () => {
  it('reads each family and keeps its traps lower', async () => {
    expect(await misread(ROWS)).to.deep.equal([])
  })
})
