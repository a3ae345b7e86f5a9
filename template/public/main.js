// Site behaviour for the async C# guide, loaded by DocFX's modern template.
//
// What DocFX renders, and what this file does with it:
//   ```output …```               -> <pre><code class="lang-output">: shown as an "Output" panel.
//   [!code-csharp[NAME](PATH)]   -> <pre><code class="lang-csharp" name="NAME">: when NAME is
//                                   the sample's path (samples/<slug>/<file>.cs), a header shows
//                                   the file, the command that runs it and a link to its source.
//   ```csharp-interactive …```   -> <pre><code class="lang-csharp" data-interactive="csharp">
//                                   (DocFX strips "-interactive"): labelled "C# Interactive",
//                                   prompts and results are styled and the copy button copies
//                                   the submissions only.
//   ```mermaid …```              -> drawn by the template itself; nothing to do here.
//   ```timeline …```             -> <pre><code class="lang-timeline">: drawn as a chart by
//                                   timeline.js (its styles: timeline.css, imported by main.css).

import { element } from './element.js'
import { drawTimeline } from './timeline.js'

import { startRunner } from './runner.js'

// Used when the page carries no "Edit this page" address to learn the repository from.
const FALLBACK_SOURCE_ROOT = 'https://github.com/async-csharp-guide/async-guide/blob/main/'

const TRANSCRIPT = 'code.lang-csharp-interactive, code[data-interactive="csharp"]'

export default {
  defaultTheme: 'auto',

  configureHljs (hljs) {
    hljs.registerAliases(['output', 'timeline'], { languageName: 'plaintext' })
    hljs.registerAliases(['csharp-interactive'], { languageName: 'csharp' })
    hljs.addPlugin({
      'after:highlightElement': ({ el }) => {
        if (el.matches(TRANSCRIPT)) renderTranscript(el, hljs)
      }
    })
  },

  // The template calls start() before it highlights code and adds copy buttons.
  start () {
    document.querySelectorAll('article pre > code[name]').forEach(addSampleHeader)
    document.querySelectorAll('article pre > code.lang-output').forEach(makeOutputPanel)
    document.querySelectorAll('article pre > code.lang-timeline').forEach(drawTimeline)
    document.querySelectorAll(`article pre > :is(${TRANSCRIPT})`).forEach(labelTranscript)
    document.addEventListener('click', copyTranscriptSubmissions, true)
    startRunner()
  }
}

// ---- Samples -------------------------------------------------------------

function addSampleHeader (code) {
  const sample = parseSampleName(code.getAttribute('name'))
  if (!sample) return

  const header = element('figcaption', 'sample-header')
  const file = element('span', 'sample-file', sample.path.split('/').pop())
  if (sample.region) file.append(element('span', 'sample-region', ` (region ${sample.region})`))

  const command = `dotnet run ${sample.path}`
  const run = element('span', 'sample-run')
  run.append(element('code', 'sample-command', command), copyButton('Copy the command', () => command))

  const source = element('a', 'sample-source', 'Source')
  source.href = sourceRoot() + sample.path
  source.title = `${sample.path} in the repository`

  header.append(file, run, source)
  wrap(code.parentElement, 'sample', header)
}

// Accepts "samples/<slug>/<file>.cs", the include path "../samples/<slug>/<file>.cs",
// either with "#region", or a bare "<file>.cs" that lives in this page's sample folder.
function parseSampleName (name) {
  if (!name) return null
  const [pathPart, region] = name.trim().split('#')
  let path = pathPart.split('?')[0].replace(/\\/g, '/')
  while (path.startsWith('../') || path.startsWith('./')) path = path.slice(path.indexOf('/') + 1)
  if (!/\.cs$/i.test(path)) return null
  if (!path.includes('/')) path = `samples/${pageSlug()}/${path}`
  return { path, region: region || null }
}

function pageSlug () {
  const page = decodeURIComponent(location.pathname.split('/').pop() || '')
  return page.replace(/\.html?$/i, '')
}

// DocFX writes the page's own "Edit this page" address (…/blob/<branch>/docs/x.md) into
// <meta name="docfx:docurl">; everything before the page's path is the repository's root.
function sourceRoot () {
  const docUrl = document.querySelector('meta[name="docfx:docurl"]')?.content || ''
  const match = docUrl.match(/^(https:\/\/[^/]+\/[^/]+\/[^/]+\/blob\/[^/]+\/)/)
  return match ? match[1] : FALLBACK_SOURCE_ROOT
}

// ---- Output blocks -------------------------------------------------------

function makeOutputPanel (code) {
  const caption = element('figcaption', 'sample-output-label', 'Output')
  const panel = wrap(code.parentElement, 'sample-output', caption)
  if (code.textContent.trim() === '') panel.classList.add('is-empty')
}

// ---- C# Interactive transcripts -------------------------------------------

function labelTranscript (code) {
  wrap(code.parentElement, 'interactive', element('figcaption', 'interactive-label', 'C# Interactive'))
}

function renderTranscript (code, hljs) {
  const lines = code.textContent.replace(/\n$/, '').split('\n')
  code.innerHTML = lines.map(line => {
    const prompt = promptOf(line)
    if (prompt === null) return `<span class="repl-result">${escapeHtml(line)}</span>`
    const source = line.slice(prompt.length)
    const highlighted = hljs.highlight(source, { language: 'csharp', ignoreIllegals: true }).value
    return `<span class="repl-prompt">${escapeHtml(prompt)}</span>${highlighted}`
  }).join('\n')
}

// "> " starts a submission, ". " continues it; any other line is something it displayed.
function promptOf (line) {
  for (const mark of ['>', '.']) {
    if (line === mark) return mark
    if (line.startsWith(mark + ' ')) return mark + ' '
  }
  return null
}

function submissionsOf (text) {
  return text.replace(/\n$/, '').split('\n')
    .filter(line => promptOf(line) !== null)
    .map(line => line.slice(promptOf(line).length))
    .join('\n') + '\n'
}

// The template's copy button copies the whole block. For a transcript, take the click
// before the button sees it and copy what a reader would type: the submissions alone.
function copyTranscriptSubmissions (event) {
  const button = event.target instanceof Element && event.target.closest('pre > .code-action')
  const code = button && button.parentElement.querySelector(':scope > code')
  if (!code || !code.matches(TRANSCRIPT)) return

  event.preventDefault()
  event.stopPropagation()
  writeClipboard(submissionsOf(code.textContent), button)
}

// ---- Small helpers -------------------------------------------------------

function copyButton (label, text) {
  const button = element('button', 'btn btn-sm border-0 sample-copy')
  button.type = 'button'
  button.title = label
  button.setAttribute('aria-label', label)
  button.append(element('i', 'bi bi-clipboard'))
  button.addEventListener('click', () => writeClipboard(text(), button))
  return button
}

async function writeClipboard (text, button) {
  await navigator.clipboard.writeText(text)
  const icon = button.querySelector('i')
  if (!icon) return
  icon.classList.replace('bi-clipboard', 'bi-check-lg')
  button.classList.add('link-success')
  setTimeout(() => {
    icon.classList.replace('bi-check-lg', 'bi-clipboard')
    button.classList.remove('link-success')
  }, 1000)
}

function wrap (pre, className, caption) {
  const figure = element('figure', className)
  pre.replaceWith(figure)
  figure.append(caption, pre)
  return figure
}

function escapeHtml (text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
