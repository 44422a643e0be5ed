// The html`…` tag (issue #16, item 5): values are escaped unless they are Html, links only to
// same-site paths or http(s), and the places where escaping is not enough are refused outright.
import { expect } from 'chai'
import { html, joinHtml, raw, safeHref } from '../../src/web/html.js'

const SCRIPT = '<script>alert(1)</script>'
const BREAKOUT = `"'><img src=x onerror=alert(1)>`

describe('html: the escaping template tag', () => {
  it('escapes every interpolated value between tags and inside quoted attributes', () => {
    expect(String(html`<td title="${BREAKOUT}">${SCRIPT}</td>`)).to.equal(
      '<td title="&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</td>',
    )
    expect(String(html`<td title='${BREAKOUT}'>`)).to.equal(`<td title='&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;'>`)
  })

  it('keeps nested templates and raw() as they are, joins arrays, and renders null, undefined and false as nothing', () => {
    const rows = ['a<b', 'c'].map((v) => html`<li>${v}</li>`)
    expect(String(html`<ul>${rows}</ul>${raw('<hr>')}${null}${undefined}${false}${0}`)).to.equal('<ul><li>a&lt;b</li><li>c</li></ul><hr>0')
    expect(String(joinHtml([html`<b>x</b>`, 'y&z'], ', '))).to.equal('<b>x</b>, y&amp;z')
  })

  it('never makes a javascript:, data: or protocol-relative value a link; paths and http(s) stay', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example', '/\\evil.example', 'vbscript:x']) {
      expect(String(html`<a href="${bad}">x</a>`), bad).to.equal('<a href="about:invalid">x</a>')
    }
    expect(String(html`<a href="${'/admin/installations'}">`)).to.equal('<a href="/admin/installations">')
    expect(String(html`<a href="${'https://desk.zoho.eu/support/x/ShowHomePage.do#Cases/dv/1?a=1&b=2'}">`)).to.equal(
      '<a href="https://desk.zoho.eu/support/x/ShowHomePage.do#Cases/dv/1?a=1&amp;b=2">',
    )
    // after a fixed start the scheme is already decided: the value is only escaped
    expect(String(html`<a href="/admin/x/${'javascript:1'}/y">`)).to.equal('<a href="/admin/x/javascript:1/y">')
    expect(safeHref('https://a.example/')).to.equal('https://a.example/')
  })

  it('refuses values where escaping is not enough: unquoted attributes, handlers, style, inside <script>, bare strings between attributes', () => {
    expect(() => html`<td class=${'x'}>`).to.throw(/unquoted attribute/)
    expect(() => html`<a onclick="go(${'x'})">`).to.throw(/onclick/)
    expect(() => html`<p style="color:${'red'}">`).to.throw(/style/)
    expect(() => html`<script>var a = ${'1'}</script>`).to.throw(/<script>/)
    expect(() => html`<input ${'autofocus onfocus=alert(1)'}>`).to.throw(/between attributes/)
    // refused even when the value is empty: the template is wrong, whatever the data
    expect(() => html`<td class=${''}>`).to.throw(/unquoted attribute/)
    expect(String(html`<option value="1"${html` selected`}>`)).to.equal('<option value="1" selected>')
    expect(String(html`<script src="${'/admin/static/a.js'}" defer></script><p>${'after'}</p>`)).to.equal('<script src="/admin/static/a.js" defer></script><p>after</p>')
  })
})
