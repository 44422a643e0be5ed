/* Stand-in for Zoho Desk's JS SDK inside the widget's iframe (served by the browser test in
 * place of https://js.zohostatic.com/…/ZohoDeskClientSDK.min.js). window.ZOHODESK forwards
 * each call to the parent page (harness.js) by postMessage and resolves with its answer. */
(function () {
  'use strict'
  var next = 1
  var pending = {}
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return
    var m = event.data
    if (!m || m.channel !== 'desk-sdk' || !pending[m.id]) return
    var p = pending[m.id]
    delete pending[m.id]
    if (m.ok) p.resolve(m.value)
    else p.reject(m.value)
  })
  function call(method, args) {
    return new Promise(function (resolve, reject) {
      var id = next++
      pending[id] = { resolve: resolve, reject: reject }
      window.parent.postMessage({ channel: 'desk-sdk', id: id, method: method, args: args }, '*')
    })
  }
  window.ZOHODESK = {
    extension: {
      onload: function () {
        return call('onload', [])
      },
    },
    get: function (key) {
      return call('get', [key])
    },
    request: function (req) {
      return call('request', [req])
    },
  }
})()
