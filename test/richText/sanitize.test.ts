import { sanitize, toSafeHtml } from '../../src/richText/toSafeHtml'

describe('HTML given to frontends', () => {
  it.each([
    ['<p onclick="steal()">a</p>', '<p>a</p>'],
    ['<img src="x.png" onerror="alert(1)" alt="ảnh">', '<img src="x.png" alt="ảnh" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="JaVaScRiPt&#58;alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a>x</a>'],
    ['<script>alert(1)</script><p>b</p>', '<p>b</p>'],
    ['<iframe src="https://evil.example"></iframe><p>c</p>', '<p>c</p>'],
    ['<p style="background:url(javascript:alert(1))">d</p>', '<p>d</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
    [
      '<a href="https://tiengiang.gov.vn" target="_blank" rel="noopener">Tiền Giang</a>',
      '<a href="https://tiengiang.gov.vn" target="_blank" rel="noopener">Tiền Giang</a>',
    ],
    ['<a href="mailto:ubnd@tiengiang.gov.vn">thư</a>', '<a href="mailto:ubnd@tiengiang.gov.vn">thư</a>'],
  ])('%s → %s', (input, output) => {
    expect(sanitize(input)).toBe(output)
  })

  it('turns empty or missing rich text into an empty string', () => {
    expect(toSafeHtml(null)).toBe('')
    expect(toSafeHtml({ something: 'else' })).toBe('')
  })
})
