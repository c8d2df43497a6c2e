import { isSameOrigin, refusesForeignSession } from './origin'

describe('isSameOrigin', () => {
  it.each([
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000', true],
    ['http://LOCALHOST:3000', 'http://localhost:3000', true],
    ['https://portal.tiengiang.gov.vn', 'https://portal.tiengiang.gov.vn:443', true],
    ['http://localhost:3000', 'http://127.0.0.1:3000', false],
    ['https://127.0.0.1:3000', 'http://127.0.0.1:3000', false],
    ['http://127.0.0.1:3001', 'http://127.0.0.1:3000', false],
    ['null', 'http://127.0.0.1:3000', false],
    ['not a url', 'http://127.0.0.1:3000', false],
    [undefined, 'http://127.0.0.1:3000', false],
    ['http://127.0.0.1:3000', undefined, false],
  ])('%s from %s: %s', (origin, own, expected) => {
    expect(isSameOrigin(origin, own)).toBe(expected)
  })
})

describe('refusesForeignSession', () => {
  const base = {
    allowed: ['http://localhost:3000', 'https://admin.tiengiang.gov.vn'],
    hasSession: true,
    method: 'POST',
    ownOrigin: 'http://127.0.0.1:3000',
  }

  it('lets the request own origin write, whatever host name the server was reached by', () => {
    expect(refusesForeignSession({ ...base, origin: 'http://127.0.0.1:3000' })).toBe(false)
  })

  it('lets allowed origins write', () => {
    expect(refusesForeignSession({ ...base, origin: 'https://admin.tiengiang.gov.vn' })).toBe(false)
  })

  it('refuses a write with a session from another origin', () => {
    expect(refusesForeignSession({ ...base, origin: 'https://evil.example' })).toBe(true)
    expect(refusesForeignSession({ ...base, method: 'delete', origin: 'https://evil.example' })).toBe(true)
  })

  it('leaves reads, requests without a session and without an Origin to the usual rules', () => {
    expect(refusesForeignSession({ ...base, method: 'GET', origin: 'https://evil.example' })).toBe(false)
    expect(refusesForeignSession({ ...base, hasSession: false, origin: 'https://evil.example' })).toBe(false)
    expect(refusesForeignSession({ ...base, origin: undefined })).toBe(false)
  })
})
