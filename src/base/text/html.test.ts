import { escapeHtml } from './html'

describe('escapeHtml', () => {
  it('escapes what could open a tag or end an attribute, and keeps Vietnamese as it is', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'Đồng Tháp'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Đồng Tháp&#39;',
    )
  })
})
