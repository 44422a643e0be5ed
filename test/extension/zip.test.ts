import { expect } from 'chai'
import { createZip, readZip } from '../../src/extension/zip.js'

describe('extension: zip archives', () => {
  const entries = [
    { name: 'plugin-manifest.json', data: Buffer.from('{"a":1}\n') },
    { name: 'app/widget.js', data: Buffer.from('console.log(1)\n'.repeat(200)) },
    { name: 'app/empty.txt', data: Buffer.alloc(0) },
    { name: 'app/ünïcode.txt', data: Buffer.from('é') },
  ]

  it('reads back every file with its exact bytes, compressed or stored', () => {
    const archive = createZip(entries)
    const back = readZip(archive)
    expect(back.map((e) => e.name)).to.deep.equal(entries.map((e) => e.name))
    back.forEach((e, i) => expect(e.data.equals(entries[i].data), e.name).to.equal(true))
    // the repetitive file is deflated: the archive is smaller than its contents
    expect(archive.length).to.be.lessThan(entries[1].data.length)
  })

  it('makes the same bytes from the same files (reproducible)', () => {
    expect(createZip(entries).equals(createZip(entries))).to.equal(true)
  })

  it('notices a damaged file through its CRC', () => {
    const archive = createZip([{ name: 'a.txt', data: Buffer.from('abc') }])
    const damaged = Buffer.from(archive)
    damaged[30 + 'a.txt'.length] ^= 0xff // first data byte (stored: too small to deflate)
    expect(() => readZip(damaged)).to.throw(/CRC mismatch for a\.txt/)
  })

  it('refuses names that leave the archive, and the same name twice', () => {
    expect(() => createZip([{ name: '../evil', data: Buffer.alloc(1) }])).to.throw(/not a relative path/)
    expect(() => createZip([{ name: '/abs', data: Buffer.alloc(1) }])).to.throw(/not a relative path/)
    expect(() => createZip([{ name: 'a', data: Buffer.alloc(1) }, { name: 'a', data: Buffer.alloc(2) }])).to.throw(/appears twice/)
  })
})
