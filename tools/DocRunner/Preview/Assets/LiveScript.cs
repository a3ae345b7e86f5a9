namespace DocRunner.Preview.Assets;

/// <summary>
/// /_docrunner/live.js, loaded only by pages the server serves: listens to the server's events and, when this page
/// changed, fetches it again and puts the new content in place (no reload by hand, the scroll position kept), then runs
/// the preview's page behaviour on it. A changed navbar or a restarted server reloads the page instead. A small badge
/// tells whether samples are running or the server is gone.
/// </summary>
public static class LiveScript
{
    public const string Path = "/_docrunner/live.js";

    public const string Text = """"
// DocRunner preview: live updates from `DocRunner serve`.
const page = document.querySelector('meta[name="docrunner:page"]')?.content || ''
const badge = document.createElement('div')
badge.className = 'docrunner-live'
badge.setAttribute('role', 'status')
badge.textContent = 'live preview'
document.body.append(badge)

let generation = null
let refreshing = null
let again = false
window.docrunnerLive = { refreshes: 0, page }

const events = new EventSource('/_docrunner/events?page=' + encodeURIComponent(page))
events.addEventListener('hello', event => {
  const data = JSON.parse(event.data)
  if (generation !== null && data.generation !== generation) { location.reload(); return }
  generation = data.generation
  showStatus(data)
  if (data.version !== Number(document.documentElement.dataset.version || data.version)) refresh()
})
events.addEventListener('status', event => showStatus(JSON.parse(event.data)))
events.addEventListener('changed', event => {
  const data = JSON.parse(event.data)
  if (data.reload || data.pages.includes(page)) refresh()
})
events.onerror = () => {
  badge.className = 'docrunner-live is-offline'
  badge.textContent = 'preview server not reachable: retrying'
}

function showStatus (data) {
  const running = data.running || 0
  badge.className = 'docrunner-live' + (running > 0 ? ' is-running' : '')
  badge.textContent = running > 0 ? `running ${running} sample${running === 1 ? '' : 's'}…` : 'live preview'
  badge.title = data.message || ''
}

async function refresh () {
  if (refreshing) { again = true; return refreshing }
  refreshing = (async () => {
    do {
      again = false
      try { await swap() } catch (e) { console.warn('live refresh failed; reloading', e); location.reload(); return }
    } while (again)
  })()
  try { await refreshing } finally { refreshing = null }
}

async function swap () {
  const response = await fetch(location.pathname + location.search, { cache: 'no-store' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const next = new DOMParser().parseFromString(await response.text(), 'text/html')
  const header = document.querySelector('header')
  const nextMain = next.querySelector('main')
  if (!nextMain || header?.innerHTML !== next.querySelector('header')?.innerHTML) { location.reload(); return }
  const main = document.querySelector('main')
  const adopted = document.importNode(nextMain, true)
  main.replaceWith(adopted)
  document.title = next.title
  window.docrunnerPreview?.enhance(adopted)
  window.docrunnerLive.refreshes++
  document.dispatchEvent(new CustomEvent('docrunner:refreshed'))
}
"""";
}
