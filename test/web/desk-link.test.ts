import { expect } from 'chai'
import { deskTicketRef, safeWebUrl } from '../../src/web/admin/desk-link.js'

describe('admin: where a ticket links to in Desk', () => {
  it("takes the ticket's number, subject and webUrl as the processor kept them", () => {
    const ref = deskTicketRef({ ref: { ticketNumber: '4711', subject: 'Sync fails', webUrl: 'https://desk.zoho.eu/support/acme/ShowHomePage.do#Cases/dv/20001000000123457' } })
    expect(ref).to.deep.equal({ ticketNumber: '4711', subject: 'Sync fails', webUrl: 'https://desk.zoho.eu/support/acme/ShowHomePage.do#Cases/dv/20001000000123457' })
  })

  it('links nothing for a ticket kept before its webUrl was, and never builds a URL from the id', () => {
    expect(deskTicketRef({ input: {} })).to.deep.equal({ ticketNumber: null, subject: null, webUrl: null })
    expect(deskTicketRef(null)).to.deep.equal({ ticketNumber: null, subject: null, webUrl: null })
  })

  it('links only http(s) addresses: a javascript: or relative webUrl is not a link', () => {
    expect(safeWebUrl('javascript:alert(1)')).to.equal(null)
    expect(safeWebUrl('/support/x')).to.equal(null)
    expect(safeWebUrl(42)).to.equal(null)
    expect(safeWebUrl('https://support.example.com/support/x/ShowHomePage.do#Cases/dv/1')).to.equal('https://support.example.com/support/x/ShowHomePage.do#Cases/dv/1')
  })
})
