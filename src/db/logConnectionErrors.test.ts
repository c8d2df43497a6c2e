import { loggedError } from './logConnectionErrors'

describe('a pool error in the log', () => {
  it('keeps the message, the code, the name and the stack, not the client pg attaches', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      client: { connection: { stream: { buffer: 'x'.repeat(5000) } } },
      code: '57P01',
    })
    const logged = loggedError(error)
    expect(logged).toEqual({
      code: '57P01',
      message: 'terminating connection due to administrator command',
      stack: error.stack,
      name: 'Error',
    })
    expect(JSON.stringify(logged).length).toBeLessThan(2000)
  })
})
