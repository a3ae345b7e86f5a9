// Browser test of `DocRunner serve`: Debian's Chromium driven by playwright-core (Playwright's own browser
// download is not used). It copies the repository to a temporary folder, serves that copy on a free port of
// 127.0.0.1, opens a chapter and checks the sample code, its output panel, the navigation and the copy button;
// then it edits a sample in the copy and waits for the new output to appear in the open page without a reload.
// Screenshots go to tools/browser-test/artifacts/. Everything it starts is stopped, whatever happens.
//
// Run through run.sh (which installs Chromium and the package first), or: npm ci && node preview.test.mjs
// CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.

import assert from 'node:assert/strict'
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repository = resolve(here, '../..')
const artifacts = join(here, 'artifacts')
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium'
const chapter = 'docs/why-async.md'
const sample = 'samples/why-async/concurrent-awaits.cs'

if (!existsSync(chromiumPath)) {
  console.log(`SKIP: no Chromium at ${chromiumPath}, and none could be installed (run.sh installs Debian's chromium); the browser test did not run.`)
  process.exit(0)
}
const { chromium } = await import('playwright-core')

let server = null
let browser = null
let copy = null
const results = []

function step (name) { results.push(name); console.log(`ok - ${name}`) }

async function main () {
  mkdirSync(artifacts, { recursive: true })
  copy = copyRepository()
  const url = await startServer(copy)
  console.log(`# serving a copy of the repository (${copy}) at ${url}`)

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  })
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', error => errors.push(error.message))

  // A chapter, as a reader sees it.
  const chapterUrl = url + chapter.replace(/\.md$/, '.html')
  await page.goto(chapterUrl)
  await page.waitForFunction(() => window.docrunnerPreview?.started && window.docrunnerLive)
  assert.equal(await page.locator('article h1').first().textContent(), 'Why async')
  step('the chapter renders with its title')

  const figure = page.locator('figure.sample', { has: page.locator(`code[name="${sample}"]`) })
  assert.equal(await figure.count(), 1, `one sample panel for ${sample}`)
  assert.equal(await figure.locator('.sample-file').first().textContent(), 'concurrent-awaits.cs')
  assert.match(await figure.locator('.sample-command').textContent(), /^dotnet run samples\/why-async\/concurrent-awaits\.cs$/)
  const code = figure.locator('pre > code')
  assert.match(await code.textContent(), /Task\.WhenAll\(sales, stock, staff\)/)
  assert.ok(await code.locator('.hljs-keyword').count() > 0, 'the code is highlighted')
  step('sample code: header from main.js (file, command), code shown and highlighted')

  const output = figure.locator('xpath=following-sibling::figure[1]')
  assert.match(await output.getAttribute('class'), /sample-output/)
  assert.equal((await output.locator('.sample-output-label').textContent()).trim(), 'Output')
  assert.match(await output.locator('pre > code').textContent(), /sales report, stock report, staff report/)
  step('output panel right under the sample, labelled by main.js')

  assert.equal((await page.locator('#toc a.active').textContent()).trim(), 'Why async')
  assert.ok(await page.locator('nav.site-navbar a.nav-link.active', { hasText: 'Guide' }).count() === 1, 'the navbar marks the guide')
  const next = page.locator('#nextArticle .next a')
  const nextName = (await next.textContent()).trim()
  await next.click()
  await page.waitForURL(/async-await\.html$/)
  assert.equal((await page.locator('article h1').first().textContent()).trim() !== '', true)
  assert.equal((await page.locator('#toc a.active').textContent()).trim(), nextName)
  await page.waitForFunction(() => window.docrunnerPreview?.started)
  if (await page.locator('code[data-interactive="csharp"]').count() > 0) {
    await page.waitForFunction(() => document.querySelector('code[data-interactive="csharp"] .repl-prompt'))
  }
  await page.locator('#nextArticle .prev a').click()
  await page.waitForURL(/why-async\.html$/)
  await page.waitForFunction(() => window.docrunnerPreview?.started && window.docrunnerLive)
  step(`navigation: sidebar marks the page, next goes to "${nextName}", previous comes back`)

  const pre = page.locator(`figure.sample:has(code[name="${sample}"]) pre`)
  await pre.hover()
  const copyButton = pre.locator('.code-action')
  await copyButton.click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  assert.equal(copied.trim(), (await pre.locator('code').innerText()).trim())
  assert.equal(await copyButton.locator('i.bi-check-lg').count(), 1, 'the copy button shows that it copied')
  step('copy button copies the sample code')

  await page.screenshot({ path: join(artifacts, 'preview-chapter.png') })

  // Live: edit the sample in the copy and wait for what it prints now to appear, with no reload by hand.
  const start = Date.now()
  const quiet = await settled(url)
  console.log(quiet ? `# every sample checked once (${Math.round((Date.now() - start) / 1000)} s more)` : '# samples are still being checked: the edit is measured while they run')
  await page.evaluate(() => { window.__notReloaded = true })
  const token = `sales-live-${Date.now() % 100000}`
  const file = join(copy, sample)
  const before = readFileSync(file, 'utf8')
  const pageBefore = readFileSync(join(copy, chapter))
  assert.ok(before.includes('FetchReportAsync("sales")'))
  const saved = Date.now()
  writeFileSync(file, before.replace('FetchReportAsync("sales")', `FetchReportAsync("${token}")`))
  await page.waitForFunction(
    expected => [...document.querySelectorAll('.docrunner-actual')].some(side => side.textContent.includes(expected)),
    `${token} report, stock report, staff report`, { timeout: 180_000, polling: 25 })
  const refreshMs = Date.now() - saved
  assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the page was updated in place, not reloaded')
  assert.match(await page.locator(`code[name="${sample}"]`).textContent(), new RegExp(token))
  const drift = page.locator(`.docrunner-drift[data-sample="${sample}"]`)
  assert.equal(await drift.count(), 1, 'the difference is shown as drift')
  assert.ok(await drift.locator('.docrunner-expected .is-removed').count() > 0, 'the page\'s line is marked')
  assert.ok(await drift.locator('.docrunner-actual .is-added').count() > 0, 'the printed line is marked')
  assert.deepEqual(readFileSync(join(copy, chapter)), pageBefore, 'serve without --update does not write the page')
  step(`live: the edited sample's new output appeared ${refreshMs} ms after the save, without a reload`)

  await drift.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'preview-live-edit.png') })
  assert.deepEqual(errors, [], 'no script errors in the page')
  step('no script errors; screenshots in tools/browser-test/artifacts/')
  console.log(`# save-to-refresh in the browser: ${refreshMs} ms`)
  writeFileSync(join(artifacts, 'timing.txt'), `save-to-refresh in the browser: ${refreshMs} ms\n`)
}

// The repository as git sees it (tracked and untracked, not ignored), without the tools; plus the result cache,
// which lets unchanged samples come back at once.
function copyRepository () {
  const target = mkdtempSync(join(tmpdir(), 'docrunner-browser-test-'))
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repository })
    .toString().split('\0').filter(f => f && !f.startsWith('tools/') && existsSync(join(repository, f)))
  for (const f of files) cpSync(join(repository, f), join(target, f))
  const cache = join(repository, 'obj', 'docrunner', 'cache')
  if (existsSync(cache)) cpSync(cache, join(target, 'obj', 'docrunner', 'cache'), { recursive: true })
  return target
}

function startServer (root) {
  return new Promise((resolvePromise, reject) => {
    // ./docrunner builds the tool when its sources changed; DOCRUNNER_DLL runs a build made elsewhere instead.
    const [command, args] = process.env.DOCRUNNER_DLL
      ? ['dotnet', [process.env.DOCRUNNER_DLL, 'serve', '--root', root, '--port', '0']]
      : [join(repository, 'docrunner'), ['serve', '--root', root, '--port', '0']]
    server = spawn(command, args, {
      cwd: repository, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOCRUNNER_ROOT: root }
    })
    let output = ''
    const timer = setTimeout(() => reject(new Error(`serve did not start within 10 minutes:\n${output}`)), 600_000)
    const onData = chunk => {
      output += chunk
      for (const line of chunk.toString().split('\n').filter(Boolean)) console.log(`# serve: ${line}`)
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//)
      if (match && /pages rendered/.test(output)) { clearTimeout(timer); resolvePromise(match[0]) }
    }
    server.stdout.on('data', onData)
    server.stderr.on('data', onData)
    server.on('exit', code => { clearTimeout(timer); reject(new Error(`serve exited with code ${code}:\n${output}`)) })
  })
}

// Stops the browser and the server (the server's whole process group: its worker processes too) and removes the copy.
async function stopAll () {
  if (browser) await browser.close().catch(() => {})
  if (server && server.exitCode === null) {
    const exited = new Promise(resolveExit => server.once('exit', resolveExit))
    try { process.kill(server.pid, 'SIGTERM') } catch {}
    const stopped = await Promise.race([exited.then(() => true), new Promise(r => setTimeout(() => r(false), 15_000))])
    if (!stopped) console.log('# serve did not stop within 15 s of SIGTERM: killing it')
  }
  if (server) {
    // The server ends its worker processes itself; whatever of its process group is still there after 5 s is
    // killed, and then nothing of it may remain.
    if (!await groupGone(server.pid, 5_000)) {
      console.log('# processes of the server outlived it: killing them')
      try { process.kill(-server.pid, 'SIGKILL') } catch {}
      if (!await groupGone(server.pid, 5_000)) throw new Error(`processes of the server's group ${server.pid} are still running`)
    }
    console.log('# the server and its worker processes are stopped')
  }
  if (copy) rmSync(copy, { recursive: true, force: true })
}

async function groupGone (group, ms) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise(r => setTimeout(r, 100))) {
    try { process.kill(-group, 0) } catch { return true }
  }
  return false
}

// Waits (up to ten minutes) until the server has checked every sample once, so that the edit below is measured
// as an author sees it once the preview has settled; with the result cache warm this takes seconds.
async function settled (url) {
  for (const end = Date.now() + 600_000; Date.now() < end; await new Promise(r => setTimeout(r, 500))) {
    const status = await (await fetch(url + '_docrunner/status')).json()
    if (status.version > 0 && status.running === 0 && status.waiting === 0) return true
  }
  return false
}

let failed = false
try {
  await main()
} catch (error) {
  failed = true
  console.error(`not ok - ${error.stack || error}`)
} finally {
  try {
    await stopAll()
  } catch (error) {
    failed = true
    console.error(`not ok - ${error.message}`)
  }
}
console.log(failed ? `# FAILED after ${results.length} passing steps` : `# ${results.length} steps passed`)
process.exit(failed ? 1 : 0)
