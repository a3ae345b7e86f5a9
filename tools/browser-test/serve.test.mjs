// Browser test of `DocRunner serve`: Debian's Chromium driven by playwright-core (Playwright's own browser
// download is not used). It copies the repository to a temporary folder, serves that copy on a free port of
// 127.0.0.1 and checks that a chapter comes from DocFX's site with serve's live script; that a prose edit makes
// DocFX rebuild and the open page reload with it; and that an edited sample whose output no longer matches the page
// shows the drift overlay in the page. Screenshots and the measured times go to tools/browser-test/artifacts/.
// Everything it starts is stopped, whatever happens.
//
// Run through run.sh (which installs Chromium and the package first), or: npm ci && node serve.test.mjs
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
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', error => errors.push(error.message))

  // A chapter, as DocFX built it, with serve's live script in it.
  const chapterUrl = url + chapter.replace(/\.md$/, '.html')
  await page.goto(chapterUrl)
  await page.waitForFunction(() => window.docrunnerLive?.overlays > 0)
  assert.equal((await page.locator('article h1').first().textContent()).trim(), 'Why async')
  assert.equal(await page.locator('meta[name="docfx:rel"]').count(), 1, 'the page comes from DocFX\'s modern template')
  assert.equal(await page.evaluate(() => window.docrunnerLive.page), chapter)
  assert.match(await page.locator(`code[name="${sample}"]`).textContent(), /Task\.WhenAll\(sales, stock, staff\)/)
  step('the chapter loads from serve: DocFX\'s page, with the sample\'s code and the live script')

  const start = Date.now()
  const quiet = await settled(url)
  console.log(quiet ? `# every sample checked once (${Math.round((Date.now() - start) / 1000)} s more)` : '# samples are still being checked: the edits are measured while they run')
  await page.goto(chapterUrl)
  await page.waitForFunction(() => window.docrunnerLive?.overlays > 0)
  assert.equal(await page.locator('.docrunner-check').count(), 0, 'a chapter that verifies shows no overlay box')
  step('a chapter whose samples verify shows no overlay')

  // A prose edit: DocFX rebuilds and the open page reloads with the new sentence.
  const chapterFile = join(copy, chapter)
  const sentence = `A sentence the browser test added at ${Date.now() % 100000}.`
  await page.evaluate(() => { window.__beforeEdit = true })
  let saved = Date.now()
  writeFileSync(chapterFile, readFileSync(chapterFile, 'utf8') + `\n${sentence}\n`)
  await page.locator('article p', { hasText: sentence }).waitFor({ timeout: 60_000 })
  const proseMs = Date.now() - saved
  assert.equal(await page.evaluate(() => window.__beforeEdit), undefined, 'the page was reloaded')
  step(`prose edit: the reloaded page showed the new sentence ${proseMs} ms after the save`)

  // A sample edit that changes what it prints: the new code (DocFX) and the drift box (the sample ran) appear.
  const token = `sales-live-${Date.now() % 100000}`
  const file = join(copy, sample)
  const before = readFileSync(file, 'utf8')
  const pageBefore = readFileSync(chapterFile)
  assert.ok(before.includes('FetchReportAsync("sales")'))
  saved = Date.now()
  writeFileSync(file, before.replace('FetchReportAsync("sales")', `FetchReportAsync("${token}")`))
  const drift = page.locator(`.docrunner-drift[data-sample="${sample}"]`, { hasText: `${token} report, stock report, staff report` })
  await drift.waitFor({ timeout: 180_000 })
  const sampleMs = Date.now() - saved
  assert.match(await page.locator(`code[name="${sample}"]`).textContent(), new RegExp(token), 'the page shows the new code')
  assert.ok(await drift.locator('.docrunner-line.is-removed').count() > 0, 'the page\'s line is marked')
  assert.ok(await drift.locator('.docrunner-line.is-added').count() > 0, 'the printed line is marked')
  assert.equal(await drift.evaluate((box, name) => {
    const code = document.querySelector(`code[name="${name}"]`)
    return Boolean(code.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING)
  }, sample), true, 'the drift box comes after the sample\'s code')
  assert.deepEqual(readFileSync(chapterFile), pageBefore, 'serve without --update does not write the page')
  step(`sample edit: the new code and the drift overlay appeared ${sampleMs} ms after the save`)

  await drift.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(artifacts, 'serve-drift.png') })
  assert.deepEqual(errors, [], 'no script errors in the page')
  step('no script errors; screenshots in tools/browser-test/artifacts/')
  writeFileSync(join(artifacts, 'timing.txt'), `prose edit to page: ${proseMs} ms\nsample edit to drift overlay: ${sampleMs} ms\n`)
  console.log(`# prose edit → page ${proseMs} ms; sample edit → drift overlay ${sampleMs} ms`)
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
      if (match && /pages built by DocFX/.test(output)) { clearTimeout(timer); resolvePromise(match[0]) }
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
    if (status.version > 0 && status.build > 0 && status.running === 0 && status.waiting === 0) return true
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
