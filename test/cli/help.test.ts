import { expect } from 'chai'
import { main } from '../../src/cli/main.js'
import { fakeIo } from './fake-io.js'

describe('cli: --help on the commands a new user tries first', () => {
  for (const [command, usage] of [
    ['compute', 'usage: desk-sla compute [FILE|-] [--policy FILE] [--pretty]'],
    ['demo', 'usage: desk-sla demo [--seconds N] [--time-factor F] [--tickets N]'],
  ] as const) {
    it(`desk-sla ${command} --help prints its usage and exits 0 (no ticket read, no demo run)`, async () => {
      const io = fakeIo()
      expect(await main([command, '--help'], io)).to.equal(0)
      expect(io.out.split('\n')[0]).to.equal(usage)
      expect(io.err).to.equal('')
    })
  }
})
