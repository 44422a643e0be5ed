/* desk-sla ticket widget: shows the open ticket's SLA state, read from desk-sla's API, in the
 * agent's Desk language (English, German or French; English for any other).
 *
 * Flow (Zoho's Desk extension guide, www.zoho.com/desk/extensions/guide/):
 * 1. ZOHODESK.extension.onload() resolves with the app: `locale` is the language the agent chose in
 *    Desk and `localeResources` the matching app/translations/<code>.json ("widget-data-libraries-
 *    overview.html"). Without them the widget fetches translations/<code>.json itself.
 * 2. ZOHODESK.get('ticket.id') and ZOHODESK.get('extension.config'): the settings that are NOT
 *    secure (serviceurl, installationid). The widget token is a secure setting: Zoho keeps it on
 *    its side and the widget never sees it ("config-params.html", "create-config-params.html").
 * 3. ZOHODESK.request({url, type, headers, postBody, data}) to GET <serviceurl>/api/tickets/<id>/sla
 *    with the header `Authorization: Bearer {{widgettoken}}`: Desk's request proxy fills the
 *    placeholder with the secure value ("request-method.html"). The reply is a JSON string wrapping
 *    `response` (itself JSON), so it is parsed until the body.
 * The reasons come from desk-sla in English; the widget frames them in the agent's language.
 * All text is set with textContent: nothing from the API is parsed as HTML.
 */
(function () {
  'use strict'

  var REFRESH_MS = 5 * 60 * 1000
  /** the languages with a file in app/translations/ (plugin-manifest.json "locale") */
  var LANGUAGES = ['en', 'de', 'fr']
  var TOKEN_HEADER = 'Bearer {{widgettoken}}'
  var TARGET_TITLES = { firstResponse: 'target.firstResponse', followUp: 'target.followUp', determination: 'target.determination' }
  var STATUS_TONES = { running: 'tone-ok', met: 'tone-ok', breached: 'tone-bad', stopped: 'tone-pause', idle: 'tone-pause' }
  // desk-sla's SLA status (English, from the API): its text key and tone
  var SLA_STATUS = {
    'On track': ['sla.onTrack', 'tone-ok'],
    Met: ['sla.met', 'tone-ok'],
    'At risk': ['sla.atRisk', 'tone-warn'],
    Paused: ['sla.paused', 'tone-pause'],
    Exempt: ['sla.exempt', 'tone-pause'],
    Breached: ['sla.breached', 'tone-bad'],
    'Closed late': ['sla.closedLate', 'tone-bad'],
  }

  var state = { ticketId: null, config: null, timer: null }
  var texts = { lang: 'en', dict: {}, dates: null, plurals: null }

  // ---------- texts in the agent's language ----------

  function has(key) {
    return typeof texts.dict[key] === 'string'
  }

  /** the text of `key` with each {name} replaced by vars[name] */
  function t(key, vars) {
    return tNodes(key, vars).join('')
  }

  /** the text of `key` as a list of strings and nodes: a {name} may stand for a DOM node */
  function tNodes(key, vars) {
    var template = has(key) ? texts.dict[key] : key
    var parts = template.split(/\{(\w+)\}/)
    var out = []
    for (var i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        if (parts[i]) out.push(parts[i])
      } else {
        var value = vars && vars[parts[i]]
        out.push(value === undefined || value === null ? '' : typeof value === 'object' ? value : String(value))
      }
    }
    return out
  }

  function primaryOf(code) {
    return String(code || '')
      .toLowerCase()
      .split(/[-_]/)[0]
  }

  /** The browser's own variant of the agent's language (en-GB keeps day-month dates), else the language. */
  function formatLocale(lang) {
    var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]
    for (var i = 0; i < preferred.length; i++) if (primaryOf(preferred[i]) === lang) return preferred[i]
    return lang
  }

  function isTexts(value) {
    return !!value && typeof value === 'object' && typeof value['head.title'] === 'string'
  }

  function fetchTexts(lang) {
    return fetch('translations/' + lang + '.json').then(function (res) {
      if (!res.ok) throw new Error('translations/' + lang + '.json: ' + res.status)
      return res.json()
    })
  }

  /** Desk's locale and resources when it gives them; else this widget's own files; English as the fallback. */
  function loadTexts(locale, resources) {
    var lang = LANGUAGES.indexOf(primaryOf(locale)) >= 0 ? primaryOf(locale) : 'en'
    var ready = isTexts(resources)
      ? Promise.resolve({ lang: lang, dict: resources })
      : fetchTexts(lang).then(
          function (dict) {
            return { lang: lang, dict: dict }
          },
          function () {
            return fetchTexts('en').then(function (dict) {
              return { lang: 'en', dict: dict }
            })
          },
        )
    return ready
      .then(null, function () {
        return { lang: 'en', dict: {} }
      })
      .then(function (loaded) {
        texts.lang = loaded.lang
        texts.dict = isTexts(loaded.dict) ? loaded.dict : {}
        texts.dates = new Intl.DateTimeFormat(formatLocale(loaded.lang), { dateStyle: 'medium', timeStyle: 'short' })
        texts.plurals = new Intl.PluralRules(loaded.lang)
        document.documentElement.lang = loaded.lang
        document.title = t('page.title')
        document.getElementById('sla-title').textContent = t('head.title')
        var refresh = document.getElementById('refresh')
        refresh.textContent = t('head.refresh')
        refresh.setAttribute('aria-label', t('head.refreshLabel'))
        var loading = document.querySelector('#content .notice')
        if (loading) loading.textContent = t('state.loading')
      })
  }

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
      var dd = el('dd', null, [row[1]])
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
      return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    } catch (e) {
      return 'UTC'
    }
  })()

  function when(iso) {
    if (!iso) return '—'
    var d = new Date(iso)
    if (isNaN(d.getTime())) return '—'
    return el('time', { datetime: iso, title: iso, text: texts.dates.format(d) })
  }

  function duration(ms) {
    var minutes = Math.round(Math.max(0, ms) / 60000)
    var h = Math.floor(minutes / 60)
    var m = minutes % 60
    if (h === 0) return t('time.minutes', { m: m })
    return t('time.hoursMinutes', { h: h, mm: (m < 10 ? '0' : '') + m })
  }

  function working(ms) {
    return t('time.working', { duration: duration(ms) })
  }

  function goal(hoursOfWork) {
    var minutes = Math.round(hoursOfWork * 60)
    var text = minutes % 60 === 0 ? t('time.hours', { h: minutes / 60 }) : duration(minutes * 60000)
    return t('time.workingTime', { duration: text })
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

  function targetCard(key, target, extra) {
    var id = 'target-' + key
    var title = t(TARGET_TITLES[key])
    var statusKey = 'target.status.' + target.status
    var badges = el('span', { className: 'badges' }, [
      el('span', { className: 'badge ' + (STATUS_TONES[target.status] || 'tone-pause'), 'data-badge': target.status, text: has(statusKey) ? t(statusKey) : target.status }),
      target.paused ? el('span', { className: 'badge tone-pause', 'data-badge': 'paused', text: t('target.badge.paused') }) : null,
      target.status === 'running' && !target.paused && target.used >= 0.8
        ? el('span', { className: 'badge tone-warn', 'data-badge': 'at-risk', text: t('target.badge.atRisk') })
        : null,
    ])
    var card = el('section', { className: 'target', 'aria-labelledby': id, 'data-target': key }, [
      el('div', { className: 'title' }, [el('h3', { id: id, text: title }), badges]),
    ])
    if (target.status === 'idle') {
      card.appendChild(el('p', { className: 'muted', text: t('target.idle') }))
    } else {
      var percent = Math.round(Math.min(1, target.used) * 100)
      var tone =
        target.status === 'breached' ? 'bad' : target.status === 'met' || target.status === 'stopped' || target.paused ? 'idle' : target.used >= 0.8 ? 'warn' : ''
      card.appendChild(
        el(
          'div',
          {
            className: 'bar ' + tone,
            role: 'progressbar',
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': percent,
            'aria-label': t('target.progress', { target: title, percent: Math.round(target.used * 100) }),
          },
          [el('span', { style: 'width:' + percent + '%' })],
        ),
      )
      card.appendChild(
        facts([
          [t('fact.goal'), goal(target.goalHours), 'goal'],
          [t('fact.started'), when(target.start), 'start'],
          [t('fact.due'), when(target.due), 'due'],
          target.metAt ? [t('fact.metAt'), when(target.metAt), 'met-at'] : null,
          [t('fact.elapsed'), working(target.elapsedMs), 'elapsed'],
          target.overdueMs > 0 ? [t('fact.overdue'), working(target.overdueMs), 'overdue'] : [t('fact.remaining'), working(target.remainingMs), 'remaining'],
        ]),
      )
    }
    if (extra) card.appendChild(extra)
    return card
  }

  function cyclesNote(f) {
    var text = f.breachedCycles > 0 ? t('target.cyclesLate', { count: f.completedCycles, late: f.breachedCycles }) : t('target.cycles', { count: f.completedCycles })
    return el('p', { className: 'muted', 'data-field': 'cycles', text: text })
  }

  function classification(v) {
    var severityName = 'severity.' + v.severity
    var sourceKey = 'severity.source.' + v.severitySource
    return el('section', { 'aria-labelledby': 'h-ticket' }, [
      el('h2', { id: 'h-ticket', text: t('section.ticket') }),
      facts([
        [
          t('field.severity'),
          t('severity.value', { severity: v.severity, name: has(severityName) ? t(severityName) : '', source: has(sourceKey) ? t(sourceKey) : v.severitySource }),
          'severity',
        ],
        [t('field.type'), v.ticketType, 'type'],
        [t('field.team'), v.team, 'team'],
        [t('field.tier'), v.priorityAccount ? t('tier.priorityAccount', { tier: v.tier }) : v.tier, 'tier'],
        [t('field.region'), v.region, 'region'],
        [t('field.subRegion'), v.subRegion, 'sub-region'],
        [t('field.clock'), t('clock.value', { clock: v.clock.replace('x', '×'), zone: v.timeZone }), 'clock'],
      ]),
    ])
  }

  function escalation(v) {
    var e = v.escalation
    return el('section', { 'aria-labelledby': 'h-escalation' }, [
      el('h2', { id: 'h-escalation', text: t('section.escalation') }),
      el('p', { className: 'escalation', 'data-field': 'escalation' }, [
        el('span', { className: 'level', 'data-level': e.level, text: e.level === 0 ? t('escalation.none') : t('escalation.level', { level: e.level }) }),
        el('span', { 'data-field': 'owner', text: e.owner }),
      ]),
    ])
  }

  // desk-sla writes its reasons in English: the heading and the note are the agent's language, the list is marked English
  function reasons(v) {
    var note = t('reasons.note')
    return el('section', { 'aria-labelledby': 'h-reasons' }, [
      el('h2', { id: 'h-reasons', text: t('section.why') }),
      note ? el('p', { className: 'muted', 'data-field': 'reasons-note', text: note }) : null,
      el(
        'ul',
        { className: 'reasons', lang: 'en' },
        v.reasons.map(function (r) {
          return el('li', { text: r })
        }),
      ),
    ])
  }

  function banner(kind, title, body) {
    return el('div', { className: 'notice tone-pause', role: 'status', 'data-notice': kind }, [el('strong', { text: title })].concat(body))
  }

  function render(v) {
    var sla = SLA_STATUS[v.slaStatus]
    setStatus(sla ? t(sla[0]) : v.slaStatus, sla ? sla[1] : 'tone-pause')
    var banners = []
    if (v.exempt) banners.push(notice(t('banner.exempt.title'), t('banner.exempt.text'), 'tone-pause', 'exempt'))
    if (v.closed) banners.push(banner('closed', t('banner.closed.title'), tNodes('banner.closed.text', { time: when(v.closedAt) })))
    else if (v.onHold) banners.push(banner('on-hold', t('banner.onHold.title'), tNodes('banner.onHold.text', { time: when(v.onHoldSince) })))
    if (v.reopened > 0) {
      var form = texts.plurals.select(v.reopened) === 'one' ? 'banner.reopened.one' : 'banner.reopened.other'
      banners.push(notice(t(form, { count: v.reopened }), t('banner.reopened.text'), 'tone-warn', 'reopened'))
    }

    var targets = null
    if (v.targets) {
      targets = el('section', { 'aria-labelledby': 'h-targets' }, [
        el('h2', { id: 'h-targets', text: t('section.targets') }),
        targetCard('firstResponse', v.targets.firstResponse),
        targetCard('followUp', v.targets.followUp, cyclesNote(v.targets.followUp)),
        targetCard('determination', v.targets.determination),
      ])
    }
    var foot = el('p', { className: 'foot' }, tNodes('foot', { zone: agentZone, time: when(v.computedAt) }))
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

  /** The settings Desk lets the widget read (not the secure token): a list of {name, value} or an object. */
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
    var serviceUrl = typeof out.serviceurl === 'string' ? out.serviceurl.trim().replace(/\/+$/, '') : ''
    var installationId = typeof out.installationid === 'string' ? out.installationid.trim() : ''
    if (!/^https?:\/\/[^/\s]+$/.test(serviceUrl) || !installationId) return null
    return { serviceUrl: serviceUrl, installationId: installationId }
  }

  function load() {
    var main = document.getElementById('sla')
    main.setAttribute('aria-busy', 'true')
    var c = state.config
    return window.ZOHODESK.request({
      url: c.serviceUrl + '/api/tickets/' + encodeURIComponent(state.ticketId) + '/sla',
      type: 'GET',
      headers: { 'X-Installation-Id': c.installationId, Authorization: TOKEN_HEADER, Accept: 'application/json' },
      postBody: {},
      data: {},
    }).then(handleAnswer, function (failure) {
      // a non-2xx answer may come back as a rejection that still carries the body
      if (unwrap(failure)) return handleAnswer(failure)
      showError(t('error.unreachable.title'), t('error.unreachable.text'))
    })
  }

  function handleAnswer(reply) {
    var body = unwrap(reply)
    if (!body) return showError(t('error.unreadable.title'), t('error.unreadable.text'))
    if (body.state === 'not_computed') {
      setStatus(null)
      return show('not_computed', [notice(t('notComputed.title'), t('notComputed.text'), 'tone-warn', 'not-computed')])
    }
    if (body.error) {
      var key = 'error.code.' + body.error.code
      return showError(t('error.unavailable'), has(key) ? t(key) : t('error.refused', { code: body.error.code }))
    }
    if (!body.escalation || !Array.isArray(body.reasons)) return showError(t('error.unreadable.title'), t('error.unreadable.text'))
    render(body)
  }

  function start() {
    var desk = window.ZOHODESK
    if (!desk || !desk.extension) {
      return loadTexts(navigator.language, null).then(function () {
        showError(t('error.noSdk.title'), t('error.noSdk.text'))
      })
    }
    desk.extension
      .onload()
      .then(function (app) {
        // Zoho's own template names it localeResource; its guide, localeResources
        return loadTexts(app && app.locale, app && (app.localeResources || app.localeResource))
      })
      .then(function () {
        return Promise.all([desk.get('ticket.id'), desk.get('extension.config')])
      })
      .then(function (answers) {
        var ticketId = answers[0] && answers[0]['ticket.id']
        var config = readConfig(answers[1])
        if (!ticketId) return showError(t('error.noTicket.title'), t('error.noTicket.text'))
        if (!config) return showError(t('error.settings.title'), t('error.settings.text'))
        state.ticketId = String(ticketId)
        state.config = config
        document.getElementById('refresh').addEventListener('click', load)
        state.timer = setInterval(load, REFRESH_MS)
        return load()
      })
      .catch(function () {
        // Desk did not answer: the texts may not be loaded yet
        return (texts.dates ? Promise.resolve() : loadTexts(navigator.language, null)).then(function () {
          showError(t('error.unavailable'), t('error.desk'))
        })
      })
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
