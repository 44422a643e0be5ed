/* desk-sla ticket widget: shows the open ticket's SLA state, read from desk-sla's API.
 *
 * Flow (DESK_API.md "Widget flow"): ZOHODESK.extension.onload(); ZOHODESK.get('ticket.id');
 * the extension settings; ZOHODESK.request({url, type:'GET', headers, postBody:{}, data:{}}) to
 * GET <serviceUrl>/api/tickets/<id>/sla; the reply is a JSON string wrapping `response`, parsed twice.
 *
 * Assumption (unverified): the settings, including the `secure` widgetToken, reach the widget
 * through ZOHODESK.get('extension.config'), as a list of {name, value} or as a plain object.
 * If Desk withholds a secure value from the widget, the widget says the settings are incomplete.
 * All text is set with textContent: nothing from the API is parsed as HTML.
 */
(function () {
  'use strict'

  var REFRESH_MS = 5 * 60 * 1000
  var TARGET_TITLES = { firstResponse: 'First response', followUp: 'Follow-up', determination: 'Problem determination' }
  var STATUS_LABELS = { running: 'Running', met: 'Met', breached: 'Breached', stopped: 'Stopped at close', idle: 'Nothing owed' }
  var STATUS_TONES = { running: 'tone-ok', met: 'tone-ok', breached: 'tone-bad', stopped: 'tone-pause', idle: 'tone-pause' }
  var SLA_TONES = { 'On track': 'tone-ok', Met: 'tone-ok', 'At risk': 'tone-warn', Paused: 'tone-pause', Exempt: 'tone-pause', Breached: 'tone-bad', 'Closed late': 'tone-bad' }
  var SEVERITY_NAMES = { 1: 'critical', 2: 'moderate', 3: 'minimal' }
  var SEVERITY_SOURCES = { field: "set in the ticket's field", text: 'inferred from the text', default: 'default' }
  var ERROR_TEXT = {
    WIDGET_AUTH_MISSING: 'The extension settings are incomplete: an admin must fill in the installation id and widget token.',
    WIDGET_AUTH_INVALID: 'desk-sla refused the widget token. An admin must set a new widget token and paste it into the extension settings.',
    WIDGET_BAD_TICKET_ID: 'This ticket id cannot be read by desk-sla.',
    WIDGET_COMPUTE_FAILED: "desk-sla cannot compute this ticket with the installation's policy. An admin should check the policy.",
    WIDGET_INTERNAL: 'desk-sla could not answer. Try again in a moment.',
  }

  var state = { ticketId: null, config: null, timer: null }

  // ---------- small DOM helpers ----------

  function el(tag, attrs, children) {
    var node = document.createElement(tag)
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key]
        if (value === null || value === undefined || value === false) return
        if (key === 'text') node.textContent = String(value)
        else if (key === 'className') node.className = value
        else node.setAttribute(key, value === true ? '' : String(value))
      })
    }
    ;(children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child)
    })
    return node
  }

  function facts(rows) {
    var dl = el('dl', { className: 'facts' })
    rows.forEach(function (row) {
      if (!row) return
      dl.appendChild(el('dt', { text: row[0] }))
      var dd = el('dd', null, [typeof row[1] === 'string' ? row[1] : row[1]])
      if (row[2]) dd.setAttribute('data-field', row[2])
      dl.appendChild(dd)
    })
    return dl
  }

  function notice(title, text, tone, kind) {
    return el('div', { className: 'notice ' + (tone || ''), role: tone === 'tone-bad' ? 'alert' : 'status', 'data-notice': kind }, [
      el('strong', { text: title }),
      text ? el('span', { text: text }) : null,
    ])
  }

  // ---------- formatting (the agent's own time zone: the browser's) ----------

  var agentZone = (function () {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time'
    } catch (e) {
      return 'local time'
    }
  })()
  var dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

  function when(iso) {
    if (!iso) return '—'
    var d = new Date(iso)
    if (isNaN(d.getTime())) return '—'
    return el('time', { datetime: iso, title: iso, text: dateFormat.format(d) })
  }

  function duration(ms) {
    var minutes = Math.round(Math.max(0, ms) / 60000)
    var h = Math.floor(minutes / 60)
    var m = minutes % 60
    if (h === 0) return m + ' min'
    return h + ' h ' + (m < 10 ? '0' : '') + m + ' min'
  }

  function hours(h) {
    return duration(h * 3600000).replace(/ 00 min$/, '') + ' working time'
  }

  // ---------- rendering ----------

  function setStatus(text, tone) {
    var pill = document.getElementById('sla-status')
    if (!text) {
      pill.hidden = true
      return
    }
    pill.hidden = false
    pill.className = 'pill ' + (tone || 'tone-pause')
    pill.textContent = text
  }

  function show(stateName, nodes) {
    var main = document.getElementById('sla')
    var content = document.getElementById('content')
    main.setAttribute('data-state', stateName)
    main.setAttribute('aria-busy', 'false')
    content.textContent = ''
    nodes.forEach(function (n) {
      if (n) content.appendChild(n)
    })
  }

  function showError(title, text) {
    setStatus(null)
    show('error', [notice(title, text, 'tone-bad', 'error')])
  }

  function targetCard(key, t, extra) {
    var id = 'target-' + key
    var badges = el('span', { className: 'badges' }, [
      el('span', { className: 'badge ' + STATUS_TONES[t.status], 'data-badge': t.status, text: STATUS_LABELS[t.status] || t.status }),
      t.paused ? el('span', { className: 'badge tone-pause', 'data-badge': 'paused', text: 'Paused' }) : null,
      t.status === 'running' && !t.paused && t.used >= 0.8 ? el('span', { className: 'badge tone-warn', 'data-badge': 'at-risk', text: 'At risk' }) : null,
    ])
    var card = el('section', { className: 'target', 'aria-labelledby': id, 'data-target': key }, [
      el('div', { className: 'title' }, [el('h3', { id: id, text: TARGET_TITLES[key] }), badges]),
    ])
    if (t.status === 'idle') {
      card.appendChild(el('p', { className: 'muted', text: 'No customer message is waiting for an answer.' }))
    } else {
      var percent = Math.round(Math.min(1, t.used) * 100)
      var tone = t.status === 'breached' ? 'bad' : t.status === 'met' || t.status === 'stopped' || t.paused ? 'idle' : t.used >= 0.8 ? 'warn' : ''
      card.appendChild(
        el(
          'div',
          {
            className: 'bar ' + tone,
            role: 'progressbar',
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': percent,
            'aria-label': TARGET_TITLES[key] + ': ' + Math.round(t.used * 100) + ' % of the goal used',
          },
          [el('span', { style: 'width:' + percent + '%' })],
        ),
      )
      card.appendChild(
        facts([
          ['Goal', hours(t.goalHours), 'goal'],
          ['Started', when(t.start), 'start'],
          ['Due', when(t.due), 'due'],
          t.metAt ? ['Met at', when(t.metAt), 'met-at'] : null,
          ['Elapsed', duration(t.elapsedMs) + ' working', 'elapsed'],
          t.overdueMs > 0 ? ['Overdue by', duration(t.overdueMs) + ' working', 'overdue'] : ['Remaining', duration(t.remainingMs) + ' working', 'remaining'],
        ]),
      )
    }
    if (extra) card.appendChild(extra)
    return card
  }

  function cyclesNote(f) {
    var text = 'Completed follow-up cycles: ' + f.completedCycles
    if (f.breachedCycles > 0) text += ' (' + f.breachedCycles + ' late)'
    return el('p', { className: 'muted', 'data-field': 'cycles', text: text })
  }

  function classification(v) {
    return el('section', { 'aria-labelledby': 'h-ticket' }, [
      el('h2', { id: 'h-ticket', text: 'Ticket' }),
      facts([
        ['Severity', v.severity + ' — ' + (SEVERITY_NAMES[v.severity] || '') + ' (' + (SEVERITY_SOURCES[v.severitySource] || v.severitySource) + ')', 'severity'],
        ['Type', v.ticketType, 'type'],
        ['Team', v.team, 'team'],
        ['Tier', v.tier + (v.priorityAccount ? ' · priority account' : ''), 'tier'],
        ['Region', v.region, 'region'],
        ['Sub-region', v.subRegion, 'sub-region'],
        ['Clock', v.clock.replace('x', '×') + ' in ' + v.timeZone, 'clock'],
      ]),
    ])
  }

  function escalation(v) {
    var e = v.escalation
    var text =
      e.level === 0
        ? 'Not escalated. Escalation owner: '
        : 'Level ' + e.level + ' of 4. Owner: '
    return el('section', { 'aria-labelledby': 'h-escalation' }, [
      el('h2', { id: 'h-escalation', text: 'Escalation' }),
      el('p', { className: 'escalation', 'data-field': 'escalation' }, [
        el('span', { className: 'level', 'data-level': e.level, text: text }),
        el('span', { 'data-field': 'owner', text: e.owner }),
      ]),
    ])
  }

  function reasons(v) {
    return el('section', { 'aria-labelledby': 'h-reasons' }, [
      el('h2', { id: 'h-reasons', text: 'Why' }),
      el(
        'ul',
        { className: 'reasons' },
        v.reasons.map(function (r) {
          return el('li', { text: r })
        }),
      ),
    ])
  }

  function render(v) {
    setStatus(v.slaStatus, SLA_TONES[v.slaStatus])
    var banners = []
    if (v.exempt) banners.push(notice('Exempt: no due dates', 'Product limitations and feature requests get a severity and a type, but no SLA targets.', 'tone-pause', 'exempt'))
    if (v.closed) banners.push(el('div', { className: 'notice tone-pause', role: 'status', 'data-notice': 'closed' }, [el('strong', { text: 'Closed' }), 'Clocks stopped at ', when(v.closedAt), '.']))
    else if (v.onHold) banners.push(el('div', { className: 'notice tone-pause', role: 'status', 'data-notice': 'on-hold' }, [el('strong', { text: 'On hold: clocks paused' }), 'Since ', when(v.onHoldSince), '. Due times move by the working time spent on hold.']))
    if (v.reopened > 0) banners.push(notice('Re-opened ' + v.reopened + (v.reopened === 1 ? ' time' : ' times'), 'The time it spent closed counts like time on hold.', 'tone-warn', 'reopened'))

    var targets = null
    if (v.targets) {
      var t = v.targets
      targets = el('section', { 'aria-labelledby': 'h-targets' }, [
        el('h2', { id: 'h-targets', text: 'Targets' }),
        targetCard('firstResponse', t.firstResponse),
        targetCard('followUp', t.followUp, cyclesNote(t.followUp)),
        targetCard('determination', t.determination),
      ])
    }
    var foot = el('p', { className: 'foot' }, ['Times in your time zone (' + agentZone + '). Computed ', when(v.computedAt), '.'])
    show(v.state, banners.concat([targets, classification(v), escalation(v), reasons(v), foot]))
  }

  // ---------- talking to Desk and to desk-sla ----------

  /** Desk's reply is a JSON string wrapping `response` (itself JSON): unwrap until the body. */
  function unwrap(reply) {
    var value = reply
    for (var i = 0; i < 5; i++) {
      if (typeof value === 'string') {
        try {
          value = JSON.parse(value)
        } catch (e) {
          return null
        }
        continue
      }
      if (value && typeof value === 'object') {
        if ('state' in value || 'error' in value) return value
        if ('response' in value) {
          value = value.response
          continue
        }
        if ('statusMessage' in value) {
          value = value.statusMessage
          continue
        }
      }
      return null
    }
    return null
  }

  function readConfig(answer) {
    var raw = answer && (answer['extension.config'] !== undefined ? answer['extension.config'] : answer)
    var out = {}
    if (Array.isArray(raw)) {
      raw.forEach(function (p) {
        if (p && typeof p.name === 'string') out[p.name] = p.value
      })
    } else if (raw && typeof raw === 'object') {
      Object.keys(raw).forEach(function (k) {
        out[k] = raw[k]
      })
    }
    var serviceUrl = typeof out.serviceUrl === 'string' ? out.serviceUrl.trim().replace(/\/+$/, '') : ''
    var installationId = typeof out.installationId === 'string' ? out.installationId.trim() : ''
    var widgetToken = typeof out.widgetToken === 'string' ? out.widgetToken.trim() : ''
    if (!/^https?:\/\/[^/\s]+$/.test(serviceUrl) || !installationId || !widgetToken) return null
    return { serviceUrl: serviceUrl, installationId: installationId, widgetToken: widgetToken }
  }

  function load() {
    var main = document.getElementById('sla')
    main.setAttribute('aria-busy', 'true')
    var c = state.config
    return window.ZOHODESK.request({
      url: c.serviceUrl + '/api/tickets/' + encodeURIComponent(state.ticketId) + '/sla',
      type: 'GET',
      headers: { 'X-Installation-Id': c.installationId, Authorization: 'Bearer ' + c.widgetToken, Accept: 'application/json' },
      postBody: {},
      data: {},
    }).then(handleAnswer, function (failure) {
      // a non-2xx answer may come back as a rejection that still carries the body
      var body = unwrap(failure)
      if (body) return handleAnswer(failure)
      showError('desk-sla could not be reached', 'Check the service URL in the extension settings, then refresh.')
    })
  }

  function handleAnswer(reply) {
    var body = unwrap(reply)
    if (!body) return showError('Unreadable answer', 'desk-sla answered something the widget cannot read.')
    if (body.state === 'not_computed') {
      setStatus(null)
      return show('not_computed', [notice('Not computed yet', "desk-sla has not computed this ticket yet. It appears after the ticket's next update or the next sync.", 'tone-warn', 'not-computed')])
    }
    if (body.error) {
      var code = body.error.code
      return showError('SLA unavailable', ERROR_TEXT[code] || 'desk-sla refused the request (' + code + ').')
    }
    if (!body.escalation || !Array.isArray(body.reasons)) return showError('Unreadable answer', 'desk-sla answered something the widget cannot read.')
    render(body)
  }

  function start() {
    if (!window.ZOHODESK || !window.ZOHODESK.extension) {
      return showError('Desk SDK not available', 'This page runs inside Zoho Desk as the desk-sla extension.')
    }
    window.ZOHODESK.extension
      .onload()
      .then(function () {
        return Promise.all([window.ZOHODESK.get('ticket.id'), window.ZOHODESK.get('extension.config')])
      })
      .then(function (answers) {
        var ticketId = answers[0] && answers[0]['ticket.id']
        var config = readConfig(answers[1])
        if (!ticketId) return showError('No ticket', 'Open a ticket to see its SLA.')
        if (!config) return showError('Settings incomplete', 'An admin must fill in the service URL, installation id and widget token of the desk-sla extension.')
        state.ticketId = String(ticketId)
        state.config = config
        document.getElementById('refresh').addEventListener('click', load)
        state.timer = setInterval(load, REFRESH_MS)
        return load()
      })
      .catch(function () {
        showError('SLA unavailable', 'The widget could not talk to Zoho Desk. Reload the ticket.')
      })
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
