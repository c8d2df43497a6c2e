// The example portal's preview page: reads the draft a signed token names and shows it as the portal would.
const token = new URLSearchParams(location.search).get('token') || ''

const show = ({ collection, doc }) => {
  const title = doc.title || doc.name || doc.numberAndSymbol || doc.code || ''
  document.title = `Xem trước: ${title} · Cổng thông tin điện tử`
  document.getElementById('title').textContent = title
  document.getElementById('summary').textContent = doc.summary || (collection === 'procedures' ? doc.code : '') || ''
  // The body is the server's sanitised HTML; it is shown in a sandboxed frame all the same (no scripts, no
  // same-origin rights), so nothing from the API runs in this page.
  const body = document.getElementById('body')
  if (doc.bodyHtml) body.srcdoc = doc.bodyHtml
  else body.remove()
}

fetch(`/api/preview/${encodeURIComponent(token)}`, { headers: { accept: 'application/json' } })
  .then(async (response) => {
    const answer = await response.json()
    if (!response.ok) throw new Error(answer.errors?.[0]?.message || `HTTP ${response.status}`)
    show(answer)
  })
  .catch((error) => {
    document.getElementById('title').textContent = 'Không xem trước được'
    document.getElementById('summary').textContent = error.message
  })
