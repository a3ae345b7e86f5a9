// Run buttons for the guide's samples: the .NET runtime runs the sample in a Web Worker in the reader's browser.
//
// The build (DocRunner, tools/DocRunner/Publishing/Browser) publishes the runner into <site>/runner/ with, for each
// page, pages/<page>.json: one label per embedded sample in page order, either `run: true` (the sample printed its
// verified output in headless Chromium during the build) or a one-line `reason` why not.
// Nothing but that small file is fetched before the reader presses Run or Edit.
//
// Run: an unedited sample runs its precompiled assembly; edited code is compiled by Roslyn in the worker (fetched
// on the first such run). Output streams into a panel under the verified output; Stop, or the time limit, ends
// the worker, so a sample that never finishes cannot freeze the page.

import { element } from './element.js'

const RUNNER = new URL('../runner/', import.meta.url)
const SITE_ROOT = new URL('../', import.meta.url)
const EDITED_TIME_LIMIT_MS = 30_000
/** A fresh worker starts the runtime first (and Roslyn for edited code): allowed on top of a sample's time limit. */
const START_ALLOWANCE_MS = 20_000
const MARK = '\u001e'

let worker = null
let current = null

export async function startRunner () {
  const page = decodeURIComponent(location.pathname).slice(decodeURIComponent(SITE_ROOT.pathname).length)
  const codes = [...document.querySelectorAll('article pre > code[name]')]
  if (codes.length === 0) return
  const manifestUrl = new URL('pages/' + page.replace(/\.html?$/, '') + '.json', RUNNER)
  const manifest = await fetch(manifestUrl).then(r => r.ok ? r.json() : null).catch(() => null)
  const labels = manifest?.labels
  if (!labels || labels.length !== codes.length) return
  addStylesheet()
  codes.forEach((code, index) => {
    const label = labels[index]
    if (!sameSample(code.getAttribute('name'), label.sample)) return
    if (label.run) addRunControls(code, label, manifest.samples[label.sample])
    else if (label.reason) addReason(code, label.reason)
  })
}

function addStylesheet () {
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = new URL('runner.css', import.meta.url).href
  document.head.append(link)
}

function sameSample (name, sample) {
  const path = (name || '').split('#')[0].replace(/^(\.\.\/)+/, '')
  return path === sample || sample.endsWith('/' + path)
}

function headerOf (code) {
  return code.closest('figure.sample')?.querySelector(':scope > .sample-header') ?? null
}

function addReason (code, reason) {
  const header = headerOf(code)
  if (!header) return
  const note = element('span', 'runner-reason', `Not runnable in the browser: ${reason}`)
  note.title = 'This sample runs with dotnet run; the output on this page was verified that way.'
  header.append(note)
}

function addRunControls (code, label, sample) {
  const header = headerOf(code)
  if (!header || !sample) return
  const figure = header.parentElement
  const run = button('runner-run', 'Run', 'Run this sample in your browser')
  const edit = button('runner-edit', 'Edit', 'Edit the whole program, then Run it')
  const controls = element('span', 'runner-controls')
  controls.append(run, edit)
  header.append(controls)

  const state = { label, sample, figure, code, editor: null, original: null, panel: null }
  run.addEventListener('click', () => startRun(state))
  edit.addEventListener('click', () => openEditor(state, edit))
}

async function openEditor (state, edit) {
  if (state.editor) { state.editor.querySelector('textarea').focus(); return }
  edit.disabled = true
  const response = await fetch(new URL(state.sample.source, RUNNER))
  state.original = await response.text()
  const editor = element('div', 'runner-editor')
  const note = element('div', 'runner-editor-note', `Editing the whole program, ${state.sample.source}. Run compiles it in your browser.`)
  const area = document.createElement('textarea')
  area.className = 'runner-code'
  area.spellcheck = false
  area.value = state.original
  area.rows = Math.min(30, state.original.split('\n').length + 1)
  area.setAttribute('aria-label', `Code of ${state.sample.source}`)
  const reset = button('runner-reset', 'Reset', 'Put the code back as the page shows it')
  reset.addEventListener('click', () => { area.value = state.original })
  editor.append(note, area, reset)
  state.figure.append(editor)
  state.editor = editor
  edit.disabled = false
  area.focus()
}

function editedSource (state) {
  const area = state.editor?.querySelector('textarea')
  return area && area.value !== state.original ? area.value : null
}

function panelOf (state) {
  if (state.panel) return state.panel
  const panel = element('figure', 'runner-panel')
  const caption = element('figcaption', 'runner-label')
  const title = element('span', 'runner-title', 'Your run, in this browser')
  const status = element('span', 'runner-status')
  status.setAttribute('role', 'status')
  const stop = button('runner-stop', 'Stop', 'Stop this run')
  stop.addEventListener('click', () => stopRun('stopped'))
  caption.append(title, status, stop)
  const pre = document.createElement('pre')
  pre.append(element('code', 'runner-output'))
  panel.append(caption, pre)
  const verified = state.figure.nextElementSibling?.matches('figure.sample-output') ? state.figure.nextElementSibling : state.figure
  verified.after(panel)
  state.panel = panel
  return panel
}

function startRun (state) {
  if (current) stopRun('stopped: another sample started')
  const panel = panelOf(state)
  const output = panel.querySelector('.runner-output')
  output.textContent = ''
  panel.dataset.state = 'loading'
  delete panel.dataset.firstOutputMs
  const source = editedSource(state)
  const freshWorker = worker === null
  worker ??= new Worker(new URL('worker.js', RUNNER), { type: 'module' })
  const started = performance.now()
  const limit = (source === null ? state.sample.timeoutMs : EDITED_TIME_LIMIT_MS) + (freshWorker || source !== null ? START_ALLOWANCE_MS : 0)
  const run = { state, panel, started, filter: regionFilter(state.label.region) }
  run.timer = setTimeout(() => stopRun(`stopped: the time limit (${Math.round(limit / 1000)} s) ran out`), limit)
  current = run
  setStatus(panel, source === null
    ? (freshWorker ? 'loading the .NET runtime…' : 'running…')
    : 'compiling in your browser…')
  worker.onmessage = ({ data }) => { if (current === run) receive(run, data) }
  worker.onerror = event => { if (current === run) finish(run, 'failed', `the runner failed: ${event.message}`) }
  worker.postMessage(source === null
    ? { type: 'run', assembly: new URL(state.sample.assembly, RUNNER).href }
    : { type: 'compile', source, path: state.sample.source })
}

function receive (run, data) {
  const output = run.panel.querySelector('.runner-output')
  if (data.type === 'started') {
    run.panel.dataset.state = 'running'
    setStatus(run.panel, 'running…')
  } else if (data.type === 'out' || data.type === 'err') {
    const text = data.type === 'out' ? run.filter(data.text) : data.text
    if (!text) return
    run.panel.dataset.firstOutputMs ??= String(Math.round(performance.now() - run.started))
    if (data.type === 'err') output.append(element('span', 'runner-stderr', text))
    else output.append(document.createTextNode(text))
  } else if (data.type === 'compile-errors') {
    for (const line of data.errors) output.append(element('span', 'runner-error', line + '\n'))
    finish(run, 'compile-errors', 'did not compile')
  } else if (data.type === 'exit') {
    const seconds = ((performance.now() - run.started) / 1000).toFixed(1)
    finish(run, 'exited', `exited with code ${data.code} after ${seconds} s`)
  } else if (data.type === 'failed') {
    finish(run, 'failed', `failed: ${data.message}`)
  }
}

function finish (run, state, status) {
  clearTimeout(run.timer)
  if (state === 'failed') { worker?.terminate(); worker = null }
  run.panel.dataset.state = state
  setStatus(run.panel, status)
  if (current === run) current = null
}

/** Ends the running sample by ending its worker; the next Run starts a new one. */
function stopRun (why) {
  const run = current
  if (!run) return
  worker?.terminate()
  worker = null
  finish(run, 'stopped', why)
}

function setStatus (panel, text) {
  panel.querySelector('.runner-status').textContent = text
}

/**
 * A sample's output carries invisible markers where each region starts and ends (DocRunner's RegionMarkers);
 * an embed of one region shows only what that region printed, and a whole-file embed everything but the markers.
 */
function regionFilter (region) {
  const active = new Set()
  let pending = ''
  const wanted = region?.toLowerCase() ?? null
  return text => {
    pending += text
    let shown = ''
    for (;;) {
      const start = pending.indexOf(MARK)
      if (start < 0) { if (visible()) shown += pending; pending = ''; break }
      if (visible()) shown += pending.slice(0, start)
      const end = pending.indexOf(MARK, start + 1)
      if (end < 0) { pending = pending.slice(start); break }
      const marker = pending.slice(start + 1, end)
      if (marker.startsWith('docrunner-enter:')) active.add(marker.slice(16).toLowerCase())
      else if (marker.startsWith('docrunner-exit:')) active.delete(marker.slice(15).toLowerCase())
      else if (visible()) shown += pending.slice(start, end)
      pending = pending.slice(marker.startsWith('docrunner-') ? end + 1 : end)
    }
    return shown
  }
  function visible () { return wanted === null || active.has(wanted) }
}

function button (className, text, title) {
  const node = element('button', `btn btn-sm ${className}`, text)
  node.type = 'button'
  node.title = title
  return node
}
