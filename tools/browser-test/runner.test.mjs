// The Run buttons of the built site (_site/ from ./docrunner build), in headless Chromium, served under a sub-path
// as GitHub Pages serves the guide. It checks that nothing of the runner is fetched before the first Run; runs a
// streaming sample (its lines arrive as printed, the pause shows) and compares it with the verified output beside
// it; runs a region embed; edits a sample (Roslyn in the browser), shows a compile error with line:column, stops an
// infinite loop (the page stays responsive, the next Run works) and finds the reason on a sample that cannot run.
// It measures the bytes downloaded (from a server that compresses nothing, so any host sends as much or less) and the time to first output of a first and of a later run, and takes
// screenshots into _site-report/screenshots/.
//
//   node runner.test.mjs          (run.sh runs it after site.test.mjs)
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, findBrowser, serveSite } from './static-site.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const site = join(root, '_site')
const screenshots = join(root, '_site-report', 'screenshots')
let passed = 0
const failures = []
const check = (name, ok, detail = '') => {
  if (ok) passed++
  else failures.push(`${name}${detail ? ': ' + detail : ''}`)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail && !ok ? ' — ' + detail : ''}`)
}

const browserPath = findBrowser()
if (!browserPath) { console.error('error: no browser; the runner was not tested'); process.exit(1) }
if (!existsSync(join(site, 'runner', 'manifest.json'))) {
  console.error('error: _site/runner/manifest.json not found; build the site first with ./docrunner build')
  process.exit(1)
}
mkdirSync(screenshots, { recursive: true })
const manifest = JSON.parse(readFileSync(join(site, 'runner', 'manifest.json'), 'utf8'))
const { server, transferred, base } = await serveSite(site)
const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_FLAGS, timeout: 60_000 })
const figures = {}

try {
  const labels = Object.values(manifest.pages).flat().filter(l => l.run || l.reason)
  const runnable = labels.filter(l => l.run)
  figures.embeds = `${runnable.length} of ${labels.length} embeds with output get Run`
  check('most embeds with output qualify for Run', runnable.length * 2 > labels.length, figures.embeds)
  check('every other embed with output says why not', labels.every(l => l.run || (l.reason && l.reason.length < 80)))

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const outside = []
  const errors = []
  page.on('request', r => { if (!r.url().startsWith(base)) outside.push(r.url()) })
  page.on('pageerror', e => errors.push(e.message))
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()) })

  await page.goto(base + 'docs/async-await.html')
  await page.waitForSelector('.runner-run')
  await page.waitForTimeout(300)
  const beforeRun = transferred.requests.filter(r => r.path.startsWith('/runner/'))
  figures.pageManifestBytes = beforeRun.reduce((sum, r) => sum + r.bytes, 0)
  check("before the first Run only the page's own labels are fetched from the runner",
    beforeRun.length === 1 && beforeRun[0].path === '/runner/pages/docs/async-await.json', beforeRun.map(r => r.path).join(', '))

  // A streaming sample: five lines, a 0.2 s pause between the third and the fourth.
  const hot = await sampleFigure(page, 'hot-task.cs')
  const bytesBefore = transferred.bytes
  const arrivals = await page.evaluateHandle(() => {
    const times = []
    new MutationObserver(() => {
      const code = document.querySelector('.runner-output')
      if (code) times.push([performance.now(), code.textContent.split('\n').length - 1])
    }).observe(document.querySelector('article'), { subtree: true, childList: true, characterData: true })
    return times
  })
  await hot.locator('.runner-run').click()
  const first = await waitForEnd(page, hot, 60_000)
  figures.firstRunBytes = transferred.bytes - bytesBefore
  figures.firstRunFirstOutputMs = Number(first.firstOutputMs)
  check('a first Run prints the verified output', first.state === 'exited' && first.text === first.verified, JSON.stringify(first))
  const times = await arrivals.jsonValue()
  const at = lines => times.find(([, count]) => count >= lines)?.[0]
  check('output streams as it is printed (the 0.2 s pause shows between lines 3 and 4)',
    at(3) !== undefined && at(4) !== undefined && at(4) - at(3) >= 150, JSON.stringify(times.slice(0, 8)))
  check('a first Run shows output within 5 s', figures.firstRunFirstOutputMs <= 5000, `${figures.firstRunFirstOutputMs} ms`)
  await shoot(page, hot, 'runner-first-run.png')

  // A later run, in the worker that is already up: a region embed of another sample.
  const region = await sampleFigure(page, 'return-values.cs')
  await region.locator('.runner-run').click()
  const later = await waitForEnd(page, region, 30_000)
  figures.laterRunFirstOutputMs = Number(later.firstOutputMs)
  check('a region embed prints only its region, as verified', later.state === 'exited' && later.text === later.verified, JSON.stringify(later))
  check('a later Run shows output within 1 s', figures.laterRunFirstOutputMs <= 1000, `${figures.laterRunFirstOutputMs} ms`)

  // Edited code: compiled by Roslyn in the worker.
  await hot.locator('.runner-edit').click()
  const area = hot.locator('textarea.runner-code')
  await area.waitFor()
  const bytesBeforeRoslyn = transferred.bytes
  await area.fill('Console.WriteLine("edited: before");\nawait Task.Delay(100);\nConsole.WriteLine($"edited: {6 * 7}");\n')
  await hot.locator('.runner-run').click()
  const edited = await waitForEnd(page, hot, 90_000)
  figures.roslynBytes = transferred.bytes - bytesBeforeRoslyn
  figures.editedFirstOutputMs = Number(edited.firstOutputMs)
  check('the runtime and Roslyn with its references download as at most 10 MB compressed',
    figures.firstRunBytes + figures.roslynBytes <= 10e6, `${((figures.firstRunBytes + figures.roslynBytes) / 1e6).toFixed(2)} MB`)
  check('edited code compiles in the browser and runs', edited.state === 'exited' && edited.text === 'edited: before\nedited: 42', JSON.stringify(edited))

  await area.fill('Console.WriteLine("one")\nConsole.WriteLine("two");\n')
  await hot.locator('.runner-run').click()
  const broken = await waitForEnd(page, hot, 30_000)
  check('a compile error shows with line and column', broken.state === 'compile-errors' && /^1:25: error CS1002/m.test(broken.text), JSON.stringify(broken))
  await shoot(page, hot, 'runner-compile-error.png')

  await area.fill('Console.WriteLine("looping");\nwhile (true) { }\n')
  await hot.locator('.runner-run').click()
  await page.waitForFunction(f => f.nextElementSibling?.nextElementSibling?.querySelector('.runner-output')?.textContent.includes('looping'),
    await hot.elementHandle(), { timeout: 30_000 })
  const clock = Date.now()
  const responsive = await page.evaluate(() => 1 + 1)
  check('the page stays responsive while a sample loops', responsive === 2 && Date.now() - clock < 1000)
  await panelOf(hot).locator('.runner-stop').click()
  const stopped = await readPanel(hot)
  check('Stop ends an infinite loop', stopped.state === 'stopped', JSON.stringify(stopped))

  // An edited program shown by region: the region's share of the edited program's output.
  await region.locator('.runner-edit').click()
  const regionArea = region.locator('textarea.runner-code')
  await regionArea.waitFor()
  await regionArea.fill((await regionArea.inputValue()).replace('alice: {alice}', 'ALICE: {alice}'))
  await region.locator('.runner-run').click()
  const regionEdited = await waitForEnd(page, region, 30_000)
  check('an edited program prints only the region its embed shows',
    regionEdited.state === 'exited' && regionEdited.text === later.text.replace('alice:', 'ALICE:'), JSON.stringify(regionEdited))

  await hot.locator('.runner-reset').click()
  await hot.locator('.runner-run').click()
  const afterStop = await waitForEnd(page, hot, 60_000)
  check('after Stop, Reset and Run run the sample again', afterStop.state === 'exited' && afterStop.text === afterStop.verified, JSON.stringify(afterStop))
  const fromRunner = transferred.requests.filter(r => r.path.startsWith('/runner/'))
  figures.totalBytes = fromRunner.reduce((sum, r) => sum + r.bytes, 0)
  const uncompressed = fromRunner.filter(r => /^\/runner\/_framework\/.*\.(wasm|dat)$/.test(r.path)).map(r => r.path)
  check('every file of the runtime arrives as its brotli copy, whatever the host compresses', uncompressed.length === 0, uncompressed.join(', '))
  await shoot(page, hot, 'runner-after-stop.png')

  // The time limit ends a run as Stop does. The page's labels are changed in transit to give hot-task.cs 0.1 s;
  // a worker that is already up gets no start-up allowance, and the sample's 0.2 s pause outlasts the limit.
  const limited = await context.newPage()
  await limited.route('**/runner/pages/docs/async-await.json', async route => {
    const labels = await (await route.fetch()).json()
    labels.samples['samples/async-await/hot-task.cs'].timeoutMs = 100
    await route.fulfill({ json: labels })
  })
  await limited.goto(base + 'docs/async-await.html')
  const warmUp = await sampleFigure(limited, 'return-values.cs')
  await warmUp.locator('.runner-run').click()
  await waitForEnd(limited, warmUp, 60_000)
  const slow = await sampleFigure(limited, 'hot-task.cs')
  await slow.locator('.runner-run').click()
  const timedOut = await waitForEnd(limited, slow, 30_000)
  check('the time limit stops a run', timedOut.state === 'stopped' && timedOut.status.includes('time limit'), JSON.stringify(timedOut))
  await limited.close()

  // A sample that cannot run in the browser says why.
  const reasonPage = Object.entries(manifest.pages).find(([, list]) => list.some(l => !l.run && l.reason))
  if (reasonPage) {
    await page.goto(base + reasonPage[0])
    await page.waitForSelector('.runner-reason', { timeout: 10_000 }).catch(() => {})
    const shown = await page.locator('.runner-reason').first().textContent().catch(() => '')
    check('a sample that cannot run shows its reason', shown.startsWith('Not runnable in the browser: '), `${reasonPage[0]}: ${shown}`)
  }
  check('no request left the site', outside.length === 0, outside.join(', '))
  check('no error in the page', errors.length === 0, errors.join(' | '))
  await context.close()
} finally {
  await browser.close()
  server.close()
}

const mb = bytes => (bytes / 1e6).toFixed(2) + ' MB'
console.log(`runner figures: ${figures.embeds}; first run: ${mb(figures.firstRunBytes)} downloaded, first output after ` +
  `${figures.firstRunFirstOutputMs} ms; later run: first output after ${figures.laterRunFirstOutputMs} ms; first edited run: ` +
  `${mb(figures.roslynBytes)} more (Roslyn and references), first output after ${figures.editedFirstOutputMs} ms; ` +
  `everything fetched from runner/ in this test ${mb(figures.totalBytes)} (the runtime's .br copies, the rest uncompressed); the page's labels ${figures.pageManifestBytes} bytes`)
console.log(`${passed} passed, ${failures.length} failed`)
if (failures.length > 0) process.exit(1)

// The sample with its editor, verified output and run panel, in one picture.
async function shoot (page, figure, name) {
  const clip = await figure.evaluate(f => {
    const panel = [f.nextElementSibling, f.nextElementSibling?.nextElementSibling].find(e => e?.matches('.runner-panel'))
    const a = f.getBoundingClientRect()
    const b = (panel ?? f).getBoundingClientRect()
    return { x: a.x - 8, y: a.y + scrollY - 8, width: a.width + 16, height: b.bottom - a.top + 16 }
  })
  await page.screenshot({ path: join(screenshots, name), fullPage: true, clip })
}

async function sampleFigure (page, file) {
  const figure = page.locator('figure.sample', { has: page.locator(`code[name$="/${file}"]`) }).filter({ has: page.locator('.runner-run') }).first()
  await figure.waitFor()
  return figure
}

function panelOf (figure) {
  return figure.locator('xpath=following-sibling::figure[contains(@class,"runner-panel")][1]')
}

async function waitForEnd (page, figure, timeout) {
  const panel = panelOf(figure)
  await panel.waitFor({ timeout })
  await page.waitForFunction(p => !['loading', 'running'].includes(p.dataset.state), await panel.elementHandle(), { timeout })
  return readPanel(figure)
}

async function readPanel (figure) {
  return figure.evaluate(f => {
    const panel = f.nextElementSibling?.matches('.runner-panel') ? f.nextElementSibling : f.nextElementSibling?.nextElementSibling
    const verified = f.nextElementSibling?.matches('figure.sample-output') ? f.nextElementSibling.querySelector('code').textContent : null
    return {
      state: panel.dataset.state, firstOutputMs: panel.dataset.firstOutputMs, status: panel.querySelector('.runner-status').textContent,
      text: panel.querySelector('.runner-output').textContent.trimEnd(), verified: verified?.trimEnd() ?? null
    }
  })
}
