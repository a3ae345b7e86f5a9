// DocRunner serve: keeps a DocFX page live. A DocFX rebuild that changed this page (or the toc, or the template)
// reloads it; a change of its checks redraws the overlay: drift, compile errors, problems and samples still running,
// each placed after the code of the sample it is about.
const meta = name => document.querySelector(`meta[name="docrunner:${name}"]`)?.content || ''
const page = meta('page')
const servedBuild = Number(meta('build') || 0)
window.docrunnerLive = { page, servedBuild, overlays: 0 }

const badge = document.createElement('div')
badge.className = 'docrunner-live'
badge.setAttribute('role', 'status')
badge.textContent = 'live preview'
document.body.append(badge)

let generation = null
const events = new EventSource('/_docrunner/events?page=' + encodeURIComponent(page))
events.addEventListener('hello', event => {
  const data = JSON.parse(event.data)
  if (generation !== null && data.generation !== generation) { location.reload(); return }
  generation = data.generation
  showStatus(data)
  if (data.build !== servedBuild) { location.reload(); return }
  drawOverlay()
})
events.addEventListener('status', event => showStatus(JSON.parse(event.data)))
events.addEventListener('changed', event => {
  const data = JSON.parse(event.data)
  if (data.reload || data.rebuilt.includes(page) || (servedBuild === 0 && data.build > 0)) { location.reload(); return }
  if (data.pages.includes(page)) drawOverlay()
})
events.onerror = () => {
  badge.className = 'docrunner-live is-offline'
  badge.textContent = 'serve is not reachable: retrying'
}

function showStatus (data) {
  const running = data.running || 0
  badge.className = 'docrunner-live' + (running > 0 ? ' is-running' : '')
  badge.textContent = running > 0 ? `running ${running} sample${running === 1 ? '' : 's'}…` : 'live preview'
  badge.title = data.message || ''
}

let drawing = Promise.resolve()
function drawOverlay () {
  drawing = drawing.then(async () => {
    const response = await fetch('/_docrunner/checks?page=' + encodeURIComponent(page), { cache: 'no-store' })
    if (!response.ok) return
    const report = await response.json()
    document.querySelectorAll('.docrunner-check').forEach(box => box.remove())
    const article = document.querySelector('article') || document.querySelector('main') || document.body
    const top = [...report.problems.map(siteProblem), ...report.items.filter(i => !placeOf(i)).map(box)]
    article.prepend(...top)
    for (const item of report.items) {
      const after = placeOf(item)
      if (after) after.after(box(item))
    }
    window.docrunnerLive.overlays++
    document.dispatchEvent(new CustomEvent('docrunner:overlay', { detail: report }))
  }).catch(e => console.warn('DocRunner overlay', e))
}

// After the sample's code (and the output block that follows it, if any); null when the page does not show it.
function placeOf (item) {
  if (!item.sample) return null
  const blocks = [...document.querySelectorAll('pre > code[name]')].filter(c => c.getAttribute('name') === item.sample)
  const pre = blocks[item.occurrence]?.parentElement
  if (!pre) return null
  const next = pre.nextElementSibling
  return next?.matches('pre') && next.querySelector('code.lang-output') ? next : pre
}

function element (tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function siteProblem (message) {
  const node = element('div', 'docrunner-check docrunner-problem')
  node.dataset.status = 'problem'
  node.setAttribute('role', 'alert')
  const head = element('div', 'docrunner-check-head')
  head.append(element('span', 'docrunner-badge', 'problem'), ' ', message)
  node.append(head)
  return node
}

function box (item) {
  const node = element('div', `docrunner-check docrunner-${item.kind}`)
  node.dataset.status = item.label.replace(/ /g, '-')
  if (item.sample) node.dataset.sample = item.sample
  node.setAttribute('role', item.kind === 'running' ? 'status' : 'alert')
  const head = element('div', 'docrunner-check-head')
  head.append(element('span', 'docrunner-badge', item.label), ' ', element('span', 'docrunner-where', item.where), ' ', item.message)
  node.append(head)
  if (item.onPage || item.printed) {
    const compare = element('div', 'docrunner-compare')
    if (item.onPage) compare.append(side('On the page', item.onPage))
    if (item.printed) compare.append(side('Printed now', item.printed))
    node.append(compare)
    node.append(element('div', 'docrunner-hint', item.kind === 'drift'
      ? 'The page was not changed. ./docrunner update, or ./docrunner serve --update, writes what the sample prints now into the page.'
      : './docrunner update, or ./docrunner serve --update, inserts it as an output block.'))
  }
  if (item.details.length > 0) node.append(lines(item.details.map(text => ({ text, kind: /^\+/.test(text) ? 'added' : /^-/.test(text) ? 'removed' : '' }))))
  return node
}

function side (label, items) {
  const node = element('div', 'docrunner-side')
  node.append(element('div', 'docrunner-side-label', label), lines(items.length ? items : [{ text: '(nothing)', kind: 'empty' }]))
  return node
}

function lines (items) {
  const pre = element('pre', 'docrunner-lines')
  for (const { text, kind } of items) pre.append(element('span', 'docrunner-line' + (kind ? ' is-' + kind : ''), text), '\n')
  return pre
}
