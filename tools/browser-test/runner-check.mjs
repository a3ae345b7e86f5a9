// Runs samples in the guide's in-browser runner (_site/runner/worker.js) in headless Chromium and records what each
// printed. DocRunner calls it while building the site (tools/DocRunner/Publishing/BrowserRunnerSite.cs) and compares
// the outputs with the pages itself; this script judges nothing.
//
//   node runner-check.mjs SITE PLAN.json RESULTS.json [PARALLEL] [fresh]   (fresh: a new worker for every sample)
//   PLAN: [{ sample, assembly, timeoutMs }]  (assembly relative to SITE/runner/)
//   RESULTS: { browser, results: [{ sample, stdout, stderr, code, failure, ms }] }
// Exits 3 when no browser is found (the caller labels every sample "not checked"), 1 on any other failure.
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS, findBrowser, serveSite } from './static-site.mjs'

const [site, planFile, resultsFile, parallelText, freshText] = process.argv.slice(2)
const plan = JSON.parse(readFileSync(planFile, 'utf8'))
const parallel = Math.max(1, Number(parallelText ?? 2))
const browserPath = findBrowser()
if (!browserPath) {
  console.error('runner-check: no browser ($CHROMIUM, $CHROME_BIN, /usr/bin/chromium, /usr/bin/google-chrome)')
  process.exit(3)
}

const { server, base } = await serveSite(site)
const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_FLAGS, timeout: 60_000 })
try {
  const page = await browser.newPage()
  page.on('request', request => {
    if (!request.url().startsWith(base)) console.error(`runner-check: a request left the site: ${request.url()}`)
  })
  await page.goto(base + 'index.html')
  const results = await page.evaluate(runAll, { plan, parallel, fresh: freshText === 'fresh', runner: base + 'runner/' })
  writeFileSync(resultsFile, JSON.stringify({ browser: `Chromium ${browser.version()}`, results }, null, 1))
} finally {
  await browser.close()
  server.close()
}

// In the page: `parallel` workers take samples from one queue; a worker that timed out or failed is replaced.
async function runAll ({ plan, parallel, fresh, runner }) {
  const queue = [...plan]
  const results = []
  async function lane () {
    let worker = null
    while (queue.length > 0) {
      const item = queue.shift()
      worker ??= new Worker(runner + 'worker.js', { type: 'module' })
      const result = await runOne(worker, item)
      results.push(result)
      if (result.failure || fresh) { worker.terminate(); worker = null }
    }
    worker?.terminate()
  }
  function runOne (worker, item) {
    return new Promise(resolve => {
      const started = performance.now()
      const result = { sample: item.sample, stdout: '', stderr: '', code: null, failure: null, ms: 0 }
      const finish = failure => {
        clearTimeout(timer)
        result.failure = failure
        result.ms = Math.round(performance.now() - started)
        worker.onmessage = worker.onerror = null
        resolve(result)
      }
      const timer = setTimeout(() => finish(`did not finish within ${item.timeoutMs / 1000} s`), item.timeoutMs)
      worker.onerror = event => finish(`the worker failed: ${event.message}`)
      worker.onmessage = ({ data }) => {
        if (data.type === 'out') result.stdout += data.text
        else if (data.type === 'err') result.stderr += data.text
        else if (data.type === 'exit') { result.code = data.code; finish(null) }
        else if (data.type === 'failed') finish(data.message)
      }
      worker.postMessage({ type: 'run', assembly: runner + item.assembly })
    })
  }
  await Promise.all(Array.from({ length: parallel }, lane))
  return results
}
