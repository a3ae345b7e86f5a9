// The site DocFX built into _site/, tested in a real headless Chromium (playwright-core, no browser download).
//
//   node site.test.mjs        (run.sh installs playwright-core and finds a browser first; ./docrunner build first)
//   SITE_TEST_PAGES=docs/channels.html node site.test.mjs     (only that page)
//
// _site/ is served on 127.0.0.1 by a small static server in this file; every other address is refused and counts
// as a failure. Every page is checked at 1280 px in light and dark, and at 390 px: no console error, no failed
// request, no sideways scrolling on a phone. Every internal link and #anchor must resolve; every embed of the
// page's Markdown must show its code (no DocFX warning box), followed by its output panel when the page has an
// output block; interactive sessions are labelled "C# Interactive" and their copy button copies the submissions
// only; Mermaid diagrams are drawn; "Edit this page" and every sample's Source link point at the repository named
// in docfx.json; searching for WhenAll finds pages; every recorded timeline is drawn as a chart with one bar per
// line of its block, a text alternative, bars that stay readable in dark mode and a chart no wider than a phone.
// Screenshots (light, dark, phone) of two chapters, and of each page's first timeline, go to _site-report/screenshots/.
//
// The browser: $CHROMIUM, else $CHROME_BIN (set on GitHub's Ubuntu runners, whose Google Chrome is preinstalled),
// else /usr/bin/chromium (Debian), else /usr/bin/google-chrome.

import { createServer } from 'node:http'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { readPage } from './site-markdown.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const site = join(root, '_site')
const screenshots = join(root, '_site-report', 'screenshots')
const SCREENSHOT_CHAPTERS = ['docs/async-await.html', 'docs/composing-tasks.html']
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
  '--metrics-recording-only', '--mute-audio'
]

const started = Date.now()
const failures = []
const fail = (where, message) => failures.push(`${where}: ${message}`)

const browserPath = [process.env.CHROMIUM, process.env.CHROME_BIN, '/usr/bin/chromium', '/usr/bin/google-chrome']
  .find(path => path && existsSync(path))
if (!browserPath) {
  console.error('error: no browser found ($CHROMIUM, $CHROME_BIN, /usr/bin/chromium, /usr/bin/google-chrome); the site was not tested')
  process.exit(1)
}
if (!existsSync(join(site, 'index.html'))) {
  console.error('error: _site/index.html not found; build the site first with ./docrunner build')
  process.exit(1)
}

const repository = repositoryOf(JSON.parse(readFileSync(join(root, 'docfx.json'), 'utf8')))
// SITE_TEST_PAGES=docs/a.html,docs/b.html checks only those pages (search and the links they hold are still checked).
const only = process.env.SITE_TEST_PAGES?.split(',').filter(Boolean)
const pages = htmlPages(site).filter(path => !only || only.includes(path))
  .map(path => ({ path, markdown: readPage(root, path.replace(/\.html$/, '.md')) }))
const server = await serve(site)
const origin = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_FLAGS, timeout: 60_000 })
const counts = { pages: pages.length, links: 0, anchors: 0, embeds: 0, outputs: 0, sessions: 0, diagrams: 0, sources: 0, timelines: 0 }

try {
  console.log(`${browserPath}: ${browser.version()}; ${pages.length} pages from ${origin}`)
  const seen = new Map()
  await withContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' }, async open => {
    for (const page of pages) seen.set(page.path, await checkDesktop(open, page))
  })
  checkLinks(seen)
  await withContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' }, checkSearch)
  await withContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }, async open => {
    for (const page of pages) await checkDark(open, page)
  })
  await withContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true, hasTouch: true }, async open => {
    for (const page of pages) await checkPhone(open, page)
  })
} finally {
  await browser.close()
  server.close()
}

const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`checked ${counts.pages} pages (light, dark, 390 px), ${counts.links} internal links (${counts.anchors} with #anchors), ` +
  `${counts.embeds} embeds (${counts.outputs} with output panels, ${counts.sources} Source links), ${counts.sessions} interactive sessions, ` +
  `${counts.diagrams} Mermaid diagrams, ${counts.timelines} timelines, search; screenshots in ${relative(root, screenshots)}/ in ${seconds} s`)
if (failures.length > 0) {
  for (const failure of failures) console.log(`FAIL ${failure}`)
  console.log(`site test: ${failures.length} problem(s)`)
  process.exit(1)
}
console.log('site test: all passed')

// ---- One page, three ways ---------------------------------------------------

async function checkDesktop (open, page) {
  const tab = await open(page.path)
  const facts = await tab.evaluate(collectFacts)
  checkEmbeds(page, facts)
  await checkSessions(tab, page, facts)
  checkDiagrams(page, facts)
  await checkTimelines(tab, page, 'light')
  const edit = `${repository.blob}${page.markdown.path}`
  if (!facts.editLink?.startsWith(edit)) fail(page.path, `"Edit this page" points at ${facts.editLink ?? 'nothing'}, not ${edit}`)
  if (SCREENSHOT_CHAPTERS.includes(page.path)) await tab.screenshot({ path: shot(page, 'light') })
  await tab.close()
  return facts
}

async function checkDark (open, page) {
  const tab = await open(page.path)
  const theme = await tab.evaluate(() => ({
    attribute: document.documentElement.getAttribute('data-bs-theme'),
    background: getComputedStyle(document.body).backgroundColor,
    code: getComputedStyle(document.querySelector('article pre > code') ?? document.body).backgroundColor
  }))
  if (theme.attribute !== 'dark') fail(page.path, `dark mode: data-bs-theme is ${theme.attribute}`)
  if (luminance(theme.background) > 0.25) fail(page.path, `dark mode: the page's background is ${theme.background}`)
  if (luminance(theme.code) > 0.35) fail(page.path, `dark mode: code is on ${theme.code}`)
  await checkTimelines(tab, page, 'dark')
  if (SCREENSHOT_CHAPTERS.includes(page.path)) await tab.screenshot({ path: shot(page, 'dark') })
  await tab.close()
}

async function checkPhone (open, page) {
  const tab = await open(page.path)
  const overflow = await tab.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width) return null
    const wide = [...document.querySelectorAll('body *')].find(e => e.getBoundingClientRect().right > width + 1 &&
      getComputedStyle(e).position !== 'fixed')
    return `${document.documentElement.scrollWidth} px wide in a ${width} px screen` +
      (wide ? ` (first too wide: <${wide.tagName.toLowerCase()} class="${wide.className}">)` : '')
  })
  if (overflow) fail(page.path, `at 390 px the page scrolls sideways: ${overflow}`)
  await checkTimelines(tab, page, 'phone')
  if (SCREENSHOT_CHAPTERS.includes(page.path)) await tab.screenshot({ path: shot(page, 'phone') })
  await tab.close()
}

// Runs in the page: what the checks need to know about it once it has settled.
function collectFacts () {
  const article = document.querySelector('article')
  return {
    ids: [...document.querySelectorAll('[id], a[name]')].map(e => e.id || e.getAttribute('name')),
    links: [...document.querySelectorAll('a[href]')].map(a => ({ raw: a.getAttribute('href'), url: a.href })),
    editLink: document.querySelector('a.edit-link')?.href ?? null,
    snippetWarnings: [...(article?.querySelectorAll('div.WARNING, .alert') ?? [])]
      .filter(e => /sample you are looking for does not exist/i.test(e.textContent)).length,
    samples: [...(article?.querySelectorAll('pre > code[name]') ?? [])].map(code => {
      const figure = code.closest('figure.sample')
      const next = (figure ?? code.parentElement).nextElementSibling
      return {
        name: code.getAttribute('name'),
        code: code.textContent.trim().length,
        labelled: !!figure?.querySelector('figcaption .sample-file'),
        source: figure?.querySelector('a.sample-source')?.href ?? null,
        output: next?.matches('figure.sample-output') ? next.querySelector('code')?.textContent ?? '' : null
      }
    }),
    sessions: [...(article?.querySelectorAll('code[data-interactive="csharp"]') ?? [])].map(code => ({
      label: code.closest('figure.interactive')?.querySelector('figcaption')?.textContent ?? null,
      hasCopy: !!code.parentElement.querySelector(':scope > .code-action')
    })),
    diagrams: [...document.querySelectorAll('pre.mermaid')].map(pre => ({
      drawn: !!pre.querySelector('svg'), error: /syntax error/i.test(pre.textContent)
    })),
    rawMermaid: document.querySelectorAll('pre > code.lang-mermaid').length
  }
}

function checkEmbeds (page, facts) {
  const expected = page.markdown.embeds
  if (facts.snippetWarnings > 0) fail(page.path, `${facts.snippetWarnings} DocFX "sample does not exist" warning box(es)`)
  if (facts.samples.length !== expected.length) {
    fail(page.path, `the page embeds ${expected.length} samples but shows ${facts.samples.length} code blocks from samples`)
  }
  expected.forEach((embed, index) => {
    const shown = facts.samples[index]
    const where = `${page.markdown.path}:${embed.line}`
    counts.embeds++
    if (!shown) return
    if (shown.name !== embed.title) return fail(where, `expected the code of ${embed.title}, found ${shown.name}`)
    if (shown.code === 0) fail(where, `${embed.title} is shown with no code`)
    if (!shown.labelled) fail(where, `${embed.title} has no header with its file name`)
    const source = `${repository.blob}${embed.sample}`
    if (shown.source !== source) fail(where, `the Source link of ${embed.title} is ${shown.source}, not ${source}`)
    else if (!existsSync(join(root, embed.sample))) fail(where, `the Source link points at ${embed.sample}, which is not in the repository`)
    else counts.sources++
    if (embed.output === null) return
    if (shown.output === null) return fail(where, `${embed.title} is not followed by its output panel`)
    if (shown.output.trimEnd() !== embed.output.trimEnd()) fail(where, `the output panel of ${embed.title} differs from the page's output block`)
    counts.outputs++
  })
}

async function checkSessions (tab, page, facts) {
  const expected = page.markdown.sessions
  if (facts.sessions.length !== expected.length) {
    fail(page.path, `the page has ${expected.length} csharp-interactive blocks but shows ${facts.sessions.length}`)
  }
  for (const [index, session] of expected.entries()) {
    const shown = facts.sessions[index]
    const where = `${page.markdown.path}:${session.line}`
    counts.sessions++
    if (!shown) continue
    if (shown.label !== 'C# Interactive') fail(where, `the session is labelled ${JSON.stringify(shown.label)}, not "C# Interactive"`)
    if (!shown.hasCopy) { fail(where, 'the session has no copy button'); continue }
    await tab.evaluate(() => navigator.clipboard.writeText(''))
    const pre = tab.locator('article code[data-interactive="csharp"]').nth(index).locator('xpath=..')
    await pre.hover()
    const clicked = await pre.locator(':scope > .code-action').click({ timeout: 5_000 }).then(() => true, () => false)
    if (!clicked) { fail(where, 'the copy button does not show when the pointer is over the session'); continue }
    await tab.waitForFunction(() => navigator.clipboard.readText().then(text => text.length > 0), null, { timeout: 5_000 }).catch(() => {})
    const copied = await tab.evaluate(() => navigator.clipboard.readText())
    if (copied !== session.submissions) {
      fail(where, `the copy button copied ${JSON.stringify(copied.slice(0, 120))}, not the submissions ${JSON.stringify(session.submissions.slice(0, 120))}`)
    }
  }
}

function checkDiagrams (page, facts) {
  const expected = page.markdown.diagrams
  counts.diagrams += expected
  if (facts.rawMermaid > 0) fail(page.path, `${facts.rawMermaid} Mermaid block(s) left as code, not drawn`)
  if (facts.diagrams.length !== expected) fail(page.path, `${expected} Mermaid blocks in the Markdown, ${facts.diagrams.length} on the page`)
  facts.diagrams.forEach((diagram, index) => {
    if (!diagram.drawn || diagram.error) fail(page.path, `Mermaid diagram ${index + 1} was not drawn${diagram.error ? ' (syntax error)' : ''}`)
  })
}

// Each ```timeline block is a chart: an SVG with a bar per line of the block, a title and a description for screen
// readers, inside the article's width, its bars not pale in dark mode. The first one of a page is photographed.
async function checkTimelines (tab, page, mode) {
  const expected = page.markdown.timelines
  if (expected.length === 0) return
  const shown = await tab.evaluate(() => [...document.querySelectorAll('article figure.timeline')].map(figure => {
    const svg = figure.querySelector('svg.timeline-svg')
    const rect = svg?.querySelector('.timeline-bar rect')
    return {
      bars: svg?.querySelectorAll('.timeline-bar').length ?? 0,
      role: svg?.getAttribute('role') ?? null,
      title: svg?.querySelector(':scope > title')?.textContent ?? '',
      desc: svg?.querySelector(':scope > desc')?.textContent ?? '',
      overflows: svg ? svg.getBoundingClientRect().right > figure.getBoundingClientRect().right + 1 : false,
      fill: rect ? getComputedStyle(rect).fill : null,
      raw: figure.querySelector('details.timeline-data pre > code.lang-timeline') !== null
    }
  }))
  if (mode === 'light') counts.timelines += expected.length
  if (shown.length !== expected.length) return fail(page.path, `${mode}: ${expected.length} timeline blocks in the Markdown, ${shown.length} charts on the page`)
  expected.forEach((block, index) => {
    const chart = shown[index]
    const where = `${page.markdown.path}:${block.line} (${mode})`
    if (chart.bars !== block.bars) fail(where, `the timeline has ${block.bars} bars but the chart draws ${chart.bars}`)
    if (chart.role !== 'img' || !chart.title.startsWith('Timeline:') || chart.desc.length === 0) fail(where, 'the timeline chart has no text alternative (role="img", title, desc)')
    if (!chart.raw) fail(where, 'the timeline\'s data is not kept under the chart')
    if (chart.overflows) fail(where, 'the timeline chart is wider than its frame')
    if (mode === 'dark' && luminance(chart.fill ?? '') > 0.5) fail(where, `dark mode: timeline bars are filled with ${chart.fill}`)
  })
  mkdirSync(screenshots, { recursive: true })
  const name = page.path.split('/').pop().replace(/\.html$/, '')
  await tab.locator('article figure.timeline').first().screenshot({ path: join(screenshots, `timeline-${name}-${mode}.png`) })
}

// Every link to this origin must reach a file of _site/, and its #anchor an element of that page.
function checkLinks (seen) {
  const idsOf = new Map([...seen].map(([path, facts]) => [path, new Set(facts.ids)]))
  for (const [path, facts] of seen) {
    for (const link of facts.links) {
      if (!link.url.startsWith(origin + '/') || link.raw === '#' || link.raw.startsWith('javascript:')) continue
      counts.links++
      const url = new URL(link.url)
      let target = decodeURIComponent(url.pathname.slice(1))
      if (target === '' || target.endsWith('/')) target += 'index.html'
      const file = join(site, target)
      if (!file.startsWith(site + sep) || !existsSync(file)) { fail(path, `link ${link.raw} leads to ${target}, which the site does not have`); continue }
      const anchor = decodeURIComponent(url.hash.slice(1))
      if (anchor === '' || !target.endsWith('.html')) continue
      counts.anchors++
      const ids = idsOf.get(target) ?? new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map(m => m[1]))
      if (!ids.has(anchor)) fail(path, `link ${link.raw}: ${target} has no element with the id "${anchor}"`)
    }
  }
}

async function checkSearch (open) {
  const tab = await open('index.html')
  const input = tab.locator('#search-query')
  await tab.waitForFunction(() => !document.querySelector('#search-query')?.disabled, null, { timeout: 20_000 })
    .catch(() => fail('search', 'the search box never became enabled (index.json not loaded?)'))
  await input.fill('WhenAll')
  const results = tab.locator('#search-results a[href]')
  await results.first().waitFor({ timeout: 10_000 }).catch(() => {})
  const hrefs = await results.evaluateAll(links => links.map(a => a.getAttribute('href')))
  if (!hrefs.some(href => /docs\/[\w-]+\.html/.test(href))) fail('search', `searching for WhenAll found no chapter (${hrefs.length} links)`)
  else console.log(`search for WhenAll: ${hrefs.length} result links`)
  await tab.close()
}

// ---- Browser plumbing ---------------------------------------------------------

// Opens pages in one context; each page's console errors, failed requests and outside requests are failures.
async function withContext (options, body) {
  const context = await browser.newContext(options)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
  await context.route('**/*', route => {
    if (new URL(route.request().url()).origin === origin) return route.continue()
    fail(route.request().frame().url().replace(origin + '/', ''), `requested an address outside the site: ${route.request().url()}`)
    return route.abort()
  })
  const mode = `${options.viewport.width} px ${options.colorScheme}`
  const open = async path => {
    const tab = await context.newPage()
    tab.on('console', message => { if (message.type() === 'error') fail(`${path} (${mode})`, `console error: ${message.text()}`) })
    tab.on('pageerror', error => fail(`${path} (${mode})`, `script error: ${error.message}`))
    tab.on('requestfailed', request => {
      if (new URL(request.url()).origin === origin) fail(`${path} (${mode})`, `request failed: ${request.url()} (${request.failure()?.errorText})`)
    })
    tab.on('response', response => { if (response.status() >= 400) fail(`${path} (${mode})`, `${response.status()} for ${response.url()}`) })
    await tab.goto(`${origin}/${path}`, { waitUntil: 'load', timeout: 30_000 })
    await tab.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {})
    await tab.waitForFunction(() => document.querySelectorAll('pre > code.lang-mermaid').length === 0 &&
      [...document.querySelectorAll('pre.mermaid')].every(pre => pre.querySelector('svg') || /syntax error/i.test(pre.textContent)),
    null, { timeout: 15_000 }).catch(() => {})
    return tab
  }
  try { await body(open) } finally { await context.close() }
}

function serve (folder) {
  const types = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
    '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
    '.map': 'application/json', '.xml': 'application/xml', '.yml': 'text/yaml', '.txt': 'text/plain'
  }
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname)
    if (path.endsWith('/')) path += 'index.html'
    const file = resolve(folder, '.' + path)
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  return new Promise(done => server.listen(0, '127.0.0.1', () => done(server)))
}

// ---- Small helpers --------------------------------------------------------------

function htmlPages (folder, prefix = '') {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap(entry => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return path === 'public' ? [] : htmlPages(folder, path)
    return entry.name.endsWith('.html') && entry.name !== 'toc.html' ? [path] : []
  }).sort()
}

function repositoryOf (docfx) {
  const contribute = docfx.build?.globalMetadata?._gitContribute
  if (!contribute?.repo) throw new Error('docfx.json names no repository (build.globalMetadata._gitContribute.repo)')
  return { blob: `${contribute.repo.replace(/\/$/, '')}/blob/${contribute.branch ?? 'main'}/` }
}

function shot (page, mode) {
  mkdirSync(screenshots, { recursive: true })
  return join(screenshots, `${page.path.split('/').pop().replace(/\.html$/, '')}-${mode}.png`)
}

function luminance (color) {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map(Number)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}
