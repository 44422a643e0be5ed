/* The Desk page around the widget (test/browser/desk-stand-in.ts serves it). It loads the portal's
 * widget context (ticket, agent language, the settings that are not secure), puts the widget in an
 * iframe like Desk's right panel, and answers the SDK calls of desk-sdk-stub.js:
 *   extension.onload -> { locale, localeResources, location, uniqueID }
 *   get('ticket.id') -> { status: 'success', 'ticket.id': '…' }   (same for portal.id)
 *   get('extension.config') -> { status: 'success', 'extension.config': [{ name, value, defaultValue }…] }
 *     (the secure widget token is not there: Desk keeps it on its side)
 *   request({ url, type, headers, postBody, data }) -> Desk's proxy (the stand-in server) fills the
 *     {{setting}} placeholders, calls the service and answers a JSON string wrapping `response`.
 * Every request the widget makes is kept, as the widget made it, in window.deskRequests. */
(function () {
  'use strict'
  var portal = new URLSearchParams(location.search).get('portal')
  var frame = document.getElementById('widget')
  var context = null
  window.deskRequests = []

  function answer(id, ok, value) {
    frame.contentWindow.postMessage({ channel: 'desk-sdk', id: id, ok: ok, value: value }, '*')
  }

  function onload() {
    var app = { locale: context.locale, location: 'desk.ticket.detail.rightpanel', uniqueID: 'harness-widget', meta: {} }
    if (context.localeResources) app.localeResources = context.localeResources
    return app
  }

  function get(key) {
    if (key === 'ticket.id') return { status: 'success', 'ticket.id': context.ticketId }
    if (key === 'portal.id') return { status: 'success', 'portal.id': 'harness-portal' }
    if (key === 'extension.config') return { status: 'success', 'extension.config': context.config }
    throw new Error('unknown key ' + key)
  }

  function request(req) {
    window.deskRequests.push(JSON.parse(JSON.stringify(req)))
    return fetch('/desk/' + portal + '/request', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(req) }).then(function (res) {
      return res.ok ? res.text() : res.json().then(function (refusal) {
        throw refusal
      })
    })
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return
    var m = event.data
    if (!m || m.channel !== 'desk-sdk') return
    Promise.resolve()
      .then(function () {
        if (m.method === 'onload') return onload()
        if (m.method === 'get') return get(m.args[0])
        if (m.method === 'request') return request(m.args[0])
        throw new Error('unknown method ' + m.method)
      })
      .then(
        function (value) {
          answer(m.id, true, value)
        },
        function (error) {
          answer(m.id, false, error instanceof Error ? { status: 'error', message: error.message } : error)
        },
      )
  })

  fetch('/desk/' + portal + '/widget-context')
    .then(function (res) {
      return res.json()
    })
    .then(function (ctx) {
      context = ctx
      document.getElementById('ticket-title').textContent = 'Ticket ' + ctx.ticketId
      frame.src = '/app/widget.html'
    })
})()
