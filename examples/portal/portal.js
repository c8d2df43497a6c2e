// The example portal: reads the unit from ?unit=, asks the API once, and renders the home page.
const HOME = `query Home {
  portal {
    unit { name code contact { address phone email } }
    ancestors { name slug }
    children { name slug }
  }
  News(limit: 10, sort: "-publishedAt") { docs { title slug summary publishedAt } }
  LegalDocuments(limit: 5, sort: "-issuedAt") { docs { numberAndSymbol summary issuedAt validity } }
  Contacts(limit: 20, sort: "order") { docs { name position email phones { number } } }
}`

const unit = new URLSearchParams(location.search).get('unit') || ''
const day = (iso) => (iso ? new Date(iso).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '')
const VALIDITY = {
  expired: 'Hết hiệu lực',
  in_force: 'Còn hiệu lực',
  not_yet_in_force: 'Chưa có hiệu lực',
  partly_expired: 'Hết hiệu lực một phần',
}

/** Builds an element with text content only: nothing from the API is ever parsed as HTML. */
const element = (tag, text, attributes = {}) => {
  const node = document.createElement(tag)
  if (text) node.textContent = text
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  return node
}
const fill = (id, items, render) => {
  const list = document.getElementById(id)
  list.replaceChildren(...(items.length ? items.map(render) : [element('li', 'Chưa có nội dung.')]))
}
const link = (name, slug) => element('a', name, { href: `?unit=${encodeURIComponent(slug)}` })

const render = ({ Contacts, LegalDocuments, News, portal }) => {
  document.title = `${portal.unit.name} · Cổng thông tin điện tử`
  document.getElementById('unit-name').textContent = portal.unit.name
  const contact = portal.unit.contact || {}
  document.getElementById('unit-contact').textContent = [contact.address, contact.phone, contact.email]
    .filter(Boolean)
    .join(' · ')
  document.getElementById('breadcrumbs').replaceChildren(...portal.ancestors.map((a) => link(a.name, a.slug)))
  fill('news', News.docs, (n) => {
    const item = element('li')
    item.append(element('strong', n.title), ' ', element('span', day(n.publishedAt), { class: 'date' }))
    if (n.summary) item.append(element('div', n.summary, { class: 'meta' }))
    return item
  })
  fill('documents', LegalDocuments.docs, (d) => {
    const item = element('li')
    item.append(
      element('strong', d.numberAndSymbol),
      ' ',
      d.summary,
      ' ',
      element('span', `${day(d.issuedAt)} · ${VALIDITY[d.validity] || ''}`, { class: 'meta' }),
    )
    return item
  })
  fill('contacts', Contacts.docs, (c) =>
    element('li', [c.name, c.position, c.email, ...(c.phones || []).map((p) => p.number)].filter(Boolean).join(' – ')),
  )
  fill('children', portal.children, (c) => {
    const item = element('li')
    item.append(link(c.name, c.slug))
    return item
  })
}

const showError = (message) => {
  const box = document.getElementById('error')
  box.textContent = message
  box.hidden = false
  document.getElementById('unit-name').textContent = 'Không tải được cổng thông tin'
}

fetch('/api/graphql', {
  body: JSON.stringify({ query: HOME }),
  headers: { 'content-type': 'application/json', 'x-portal-unit': unit },
  method: 'POST',
})
  .then((response) => response.json())
  .then((body) => {
    if (body.errors) return showError(body.errors.map((e) => e.message).join('; '))
    if (!body.data.portal) return showError(`Không có đơn vị "${unit}".`)
    render(body.data)
    document.body.dataset.ready = 'true'
  })
  .catch((error) => showError(String(error)))
