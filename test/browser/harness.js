/* The "Desk" side of the harness. Reads the ticket and the extension settings from the page's
 * query string (?ticketId=&serviceUrl=&installationId=&widgetToken=&whitelist=), loads the widget
 * in the iframe, and answers its SDK calls:
 *   extension.onload -> { status: 'success' }
 *   get('ticket.id') -> { status: 'success', 'ticket.id': '…' }   (same for portal.id)
 *   get('extension.config') -> { status: 'success', 'extension.config': [{ name, value }…] }
 *   request({ url, type, headers, postBody, data }) -> a real fetch; the reply is a JSON string
 *     wrapping `response` (the body text), so the widget parses twice. A URL whose origin is not
 *     white-listed is refused, as Desk refuses it.
 * Every request the widget makes is kept in window.deskRequests for the test to inspect. */
(function () {
  'use strict'
  var params = new URLSearchParams(location.search)
  var ticketId = params.get('ticketId')
  var whitelist = (params.get('whitelist') || '').split(',').filter(Boolean)
  var config = [
    { name: 'serviceUrl', value: params.get('serviceUrl') },
    { name: 'installationId', value: params.get('installationId') },
    { name: 'widgetToken', value: params.get('widgetToken') },
  ]
  window.deskRequests = []
  document.getElementById('ticket-title').textContent = 'Ticket ' + ticketId

  var frame = document.getElementById('widget')

  function answer(id, ok, value) {
    frame.contentWindow.postMessage({ channel: 'desk-sdk', id: id, ok: ok, value: value }, '*')
  }

  function get(key) {
    if (key === 'ticket.id') return { status: 'success', 'ticket.id': ticketId }
    if (key === 'portal.id') return { status: 'success', 'portal.id': 'harness-portal' }
    if (key === 'extension.config') return { status: 'success', 'extension.config': config }
    throw new Error('unknown key ' + key)
  }

  function request(req) {
    window.deskRequests.push(req)
    var origin
    try {
      origin = new URL(req.url).origin
    } catch (e) {
      return Promise.reject({ status: 'error', message: 'invalid url' })
    }
    if (whitelist.indexOf(origin) < 0) return Promise.reject({ status: 'error', message: 'domain not white-listed: ' + origin })
    return fetch(req.url, { method: req.type || 'GET', headers: req.headers || {} }).then(function (res) {
      return res.text().then(function (text) {
        return JSON.stringify({ response: text, statusCode: res.status })
      })
    })
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return
    var m = event.data
    if (!m || m.channel !== 'desk-sdk') return
    Promise.resolve()
      .then(function () {
        if (m.method === 'onload') return { status: 'success' }
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

  frame.src = '/app/widget.html'
})()
