namespace DocRunner.Preview.Assets;

/// <summary>
/// public/docrunner-preview.js: in the browser, what DocFX's modern template does for the guide's pages, so that the
/// project's own template/public/main.js finds the markup and the calls it expects: the theme, main.js's start(),
/// Mermaid diagrams, tabs, copy buttons on code, and highlighting through a small highlight.js-shaped highlighter
/// (main.js registers aliases and a plugin on it). <c>window.docrunnerPreview.enhance(element)</c> does it again for
/// content the live script puts in the page.
/// </summary>
public static class PreviewScript
{
    public const string Path = "public/docrunner-preview.js";

    public const string Text = """"
// DocRunner preview: the modern template's page behaviour for pages rendered by DocRunner (not DocFX).
const MERMAID_URL = 'https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs'

const options = await loadOptions()
let hljsConfigured = false
let started = false

export function enhance (scope) {
  if (typeof options.start === 'function') {
    try { options.start() } catch (e) { console.error('main.js start() failed', e) }
  }
  started = true
  renderMermaid(scope)
  renderCopyButtons(scope)
  highlight(scope)
  drawMermaid(scope)
}


async function loadOptions () {
  try {
    const module = await import('./main.js')
    return module.default || {}
  } catch (e) {
    console.warn('public/main.js could not be loaded; the page is shown without it', e)
    return {}
  }
}

// ---- Theme -----------------------------------------------------------------

function applyTheme (theme) {
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.setAttribute('data-bs-theme', dark ? 'dark' : 'light')
}

function onThemeToggle (event) {
  if (!(event.target instanceof Element) || !event.target.closest('.theme-toggle')) return
  const next = document.documentElement.getAttribute('data-bs-theme') === 'dark' ? 'light' : 'dark'
  localStorage.setItem('theme', next)
  applyTheme(next)
}

// ---- Mermaid -----------------------------------------------------------------

function renderMermaid (scope) {
  scope.querySelectorAll('pre > code.lang-mermaid').forEach(code => {
    const pre = code.parentElement
    pre.classList.add('mermaid')
    pre.setAttribute('data-mermaid-source', code.textContent)
    code.remove()
    pre.append(document.createTextNode(pre.getAttribute('data-mermaid-source')))
  })
}

let mermaidLoading = null

// Diagrams are drawn by Mermaid when the browser can load it; offline, the diagram's source stays, labelled.
async function drawMermaid (scope) {
  const nodes = [...scope.querySelectorAll('pre.mermaid:not([data-processed])')]
  if (nodes.length === 0) return
  mermaidLoading ??= import(MERMAID_URL).then(m => m.default).catch(() => null)
  const mermaid = await mermaidLoading
  if (!mermaid) {
    nodes.forEach(pre => pre.classList.add('mermaid-unavailable'))
    return
  }
  try {
    const dark = document.documentElement.getAttribute('data-bs-theme') === 'dark'
    mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default' })
    await mermaid.run({ nodes })
  } catch (e) {
    nodes.forEach(pre => pre.classList.add('mermaid-unavailable'))
    console.warn('Mermaid could not draw a diagram', e)
  }
}

// ---- Tabs --------------------------------------------------------------------

function onTabClick (event) {
  const link = event.target instanceof Element && event.target.closest('.tabGroup > ul > li > a[data-tab]')
  if (!link) return
  event.preventDefault()
  const id = link.getAttribute('data-tab')
  document.querySelectorAll('.tabGroup').forEach(group => {
    const links = [...group.querySelectorAll(':scope > ul > li > a[data-tab]')]
    if (group !== link.closest('.tabGroup') && !links.some(a => a.getAttribute('data-tab') === id)) return
    links.forEach(a => {
      const selected = a.getAttribute('data-tab') === id
      a.classList.toggle('active', selected)
      a.setAttribute('aria-selected', String(selected))
      a.tabIndex = selected ? 0 : -1
      const section = group.querySelector(`:scope > section[id="${a.getAttribute('aria-controls')}"]`)
      if (!section) return
      section.hidden = !selected
      if (selected) section.removeAttribute('aria-hidden'); else section.setAttribute('aria-hidden', 'true')
    })
  })
}

// ---- Copy buttons --------------------------------------------------------------

function renderCopyButtons (scope) {
  scope.querySelectorAll('pre > code').forEach(code => {
    const pre = code.parentElement
    if (code.innerText.trim().length === 0 || pre.querySelector(':scope > .code-action')) return
    const button = document.createElement('a')
    button.className = 'btn border-0 code-action'
    button.title = 'copy'
    button.href = '#'
    button.innerHTML = '<i class="bi bi-clipboard"></i>'
    button.addEventListener('click', async event => {
      event.preventDefault()
      await navigator.clipboard.writeText(code.innerText)
      const icon = button.querySelector('i')
      button.classList.add('link-success')
      icon.className = 'bi bi-check-lg'
      setTimeout(() => {
        button.classList.remove('link-success')
        icon.className = 'bi bi-clipboard'
      }, 1000)
    })
    pre.append(button)
  })
}

// ---- Highlighting --------------------------------------------------------------

function highlight (scope) {
  if (!hljsConfigured && typeof options.configureHljs === 'function') {
    try { options.configureHljs(hljs) } catch (e) { console.error('main.js configureHljs() failed', e) }
  }
  hljsConfigured = true
  scope.querySelectorAll('pre code:not(.hljs)').forEach(code => hljs.highlightElement(code))
  scope.querySelectorAll('pre code[highlight-lines]').forEach(markLines)
}

function markLines (code) {
  const lines = code.innerHTML.split('\n')
  for (const range of code.getAttribute('highlight-lines').split(',')) {
    const found = range.trim().match(/^(\d+)(?:-(\d*))?$/)
    if (!found) continue
    const start = +found[1]
    const end = found[2] === undefined ? start : found[2] === '' ? lines.length : Math.min(+found[2], lines.length)
    if (start < 1 || start > end || start > lines.length) continue
    lines[start - 1] = '<span class="line-highlight">' + lines[start - 1]
    lines[end - 1] = lines[end - 1] + '</span>'
  }
  code.innerHTML = lines.join('\n')
}

// A highlighter with the part of highlight.js's interface that main.js uses: registerAliases, addPlugin,
// getLanguage, highlight and highlightElement (which runs the 'after:highlightElement' plugins).
function createHighlighter () {
  const aliases = new Map(Object.entries({
    csharp: 'csharp', cs: 'csharp', 'c#': 'csharp',
    python: 'python', py: 'python',
    bash: 'bash', sh: 'bash', shell: 'bash', console: 'bash',
    json: 'json', yaml: 'yaml', yml: 'yaml',
    javascript: 'javascript', js: 'javascript',
    xml: 'xml', html: 'xml',
    plaintext: 'plaintext', text: 'plaintext', txt: 'plaintext'
  }))
  const plugins = []
  const nameOf = language => aliases.get(String(language || '').toLowerCase())
  const api = {
    registerAliases (names, { languageName }) {
      for (const name of [].concat(names)) aliases.set(String(name).toLowerCase(), nameOf(languageName) || languageName)
    },
    addPlugin (plugin) { plugins.push(plugin) },
    getLanguage (language) { const name = nameOf(language); return name ? { name } : undefined },
    highlight (code, { language }) {
      const name = nameOf(language) || 'plaintext'
      return { value: tokenize(code, name), language: name, relevance: 1, illegal: false, code }
    },
    highlightElement (el) {
      const requested = [...el.classList].map(c => c.match(/^(?:lang|language)-(.+)$/)).find(Boolean)
      const name = requested && nameOf(requested[1])
      if (!name) return
      const text = el.textContent
      const result = api.highlight(text, { language: name })
      el.innerHTML = result.value
      el.classList.add('hljs', `language-${name}`)
      for (const plugin of plugins) plugin['after:highlightElement']?.({ el, result, text })
    }
  }
  return api
}

const WORDS = {
  csharp: {
    keyword: 'abstract as async await base break case catch checked class const continue default delegate do else enum event explicit extern finally fixed for foreach goto if implicit in interface internal is lock namespace new operator out override params private protected public readonly record ref return sealed sizeof stackalloc static struct switch this throw try typeof unchecked unsafe using virtual volatile while yield var when where get set init value let from select group into orderby join on equals by ascending descending nameof with required scoped file global partial managed unmanaged notnull and or not',
    literal: 'true false null default',
    built_in: 'bool byte sbyte char decimal double float int uint long ulong short ushort object string void dynamic nint nuint'
  },
  python: {
    keyword: 'and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case',
    literal: 'True False None',
    built_in: 'print len range list dict set tuple str int float bool open isinstance super type enumerate zip map filter sorted sum min max any all'
  },
  bash: {
    keyword: 'if then else elif fi for while in do done case esac function return export local set',
    literal: 'true false',
    built_in: 'echo cd ls cat grep sed awk dotnet git npm node curl mkdir rm cp mv sudo apt-get'
  },
  javascript: {
    keyword: 'async await break case catch class const continue debugger default delete do else export extends finally for function if import in instanceof let new of return static super switch this throw try typeof var void while with yield',
    literal: 'true false null undefined',
    built_in: 'console document window Promise Array Object Map Set JSON Math'
  },
  json: { keyword: '', literal: 'true false null', built_in: '' },
  yaml: { keyword: '', literal: 'true false null yes no', built_in: '' }
}

const RULES = {
  csharp: [
    [/\/\/[^\n]*/y, 'comment'],
    [/\/\*[\s\S]*?\*\//y, 'comment'],
    [/#:[^\n]*/y, 'meta'],
    [/#(?:region|endregion|if|else|elif|endif|define|undef|pragma|nullable|line|error|warning)\b[^\n]*/y, 'meta'],
    [/\$*"""[\s\S]*?"""/y, 'string'],
    [/(?:\$@|@\$|@)"(?:[^"]|"")*"/y, 'string'],
    [/\$?"(?:[^"\\\n]|\\.)*"/y, 'string'],
    [/'(?:[^'\\\n]|\\.)+'/y, 'string'],
    [/\b(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)[uUlLfFdDmM]{0,2}\b/y, 'number']
  ],
  python: [
    [/#[^\n]*/y, 'comment'],
    [/[rRbBfFuU]{0,2}("""|''')[\s\S]*?\1/y, 'string'],
    [/[rRbBfFuU]{0,2}"(?:[^"\\\n]|\\.)*"/y, 'string'],
    [/[rRbBfFuU]{0,2}'(?:[^'\\\n]|\\.)*'/y, 'string'],
    [/@[A-Za-z_][\w.]*/y, 'meta'],
    [/\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?\b/y, 'number']
  ],
  bash: [
    [/(?<![^\s])#[^\n]*/y, 'comment'],
    [/"(?:[^"\\]|\\.)*"/y, 'string'],
    [/'[^']*'/y, 'string'],
    [/\$\{?[A-Za-z_][\w]*\}?/y, 'variable']
  ],
  javascript: [
    [/\/\/[^\n]*/y, 'comment'],
    [/\/\*[\s\S]*?\*\//y, 'comment'],
    [/`(?:[^`\\]|\\.)*`/y, 'string'],
    [/"(?:[^"\\\n]|\\.)*"/y, 'string'],
    [/'(?:[^'\\\n]|\\.)*'/y, 'string'],
    [/\b\d+(?:\.\d+)?\b/y, 'number']
  ],
  json: [
    [/"(?:[^"\\\n]|\\.)*"(?=\s*:)/y, 'attr'],
    [/"(?:[^"\\\n]|\\.)*"/y, 'string'],
    [/-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/y, 'number']
  ],
  yaml: [
    [/#[^\n]*/y, 'comment'],
    [/[\w.-]+(?=:(?:\s|$))/y, 'attr'],
    [/"(?:[^"\\\n]|\\.)*"/y, 'string'],
    [/'[^'\n]*'/y, 'string'],
    [/\b\d+(?:\.\d+)?\b/y, 'number']
  ],
  xml: [
    [/<!--[\s\S]*?-->/y, 'comment'],
    [/<\/?[A-Za-z][\w:.-]*/y, 'name'],
    [/"[^"]*"/y, 'string']
  ]
}

function tokenize (code, language) {
  const rules = RULES[language]
  if (!rules) return escapeHtml(code)
  const words = WORDS[language] || {}
  const classes = {}
  for (const [kind, list] of Object.entries(words)) for (const word of list.split(' ').filter(Boolean)) classes[word] ??= kind
  let html = ''
  let plain = ''
  const flush = () => { html += escapeHtml(plain); plain = '' }
  const identifier = /[A-Za-z_][A-Za-z0-9_]*/y
  let at = 0
  outer: while (at < code.length) {
    for (const [pattern, kind] of rules) {
      pattern.lastIndex = at
      const match = pattern.exec(code)
      if (!match || match[0].length === 0) continue
      flush()
      html += kind ? span(kind, match[0]) : escapeHtml(match[0])
      at += match[0].length
      continue outer
    }
    identifier.lastIndex = at
    const word = (at === 0 || !/[\w$]/.test(code[at - 1])) && identifier.exec(code)
    if (word) {
      flush()
      const text = word[0]
      const kind = classes[text] || (/^\s*\(/.test(code.slice(at + text.length, at + text.length + 2)) && language !== 'bash' ? 'title function_' : null)
      html += kind ? span(kind, text) : escapeHtml(text)
      at += text.length
      continue
    }
    plain += code[at++]
  }
  flush()
  return html
}

function span (kind, text) {
  const names = kind.split(' ').map((k, i) => i === 0 ? `hljs-${k}` : `${k}`).join(' ')
  return `<span class="${names}">${escapeHtml(text)}</span>`
}

function escapeHtml (text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// ---- Start (last, once every declaration above is initialised) -----------------

const hljs = createHighlighter()
applyTheme(localStorage.getItem('theme') || options.defaultTheme || 'auto')
document.addEventListener('click', onTabClick)
document.addEventListener('click', onThemeToggle)
window.docrunnerPreview = { enhance, hljs, get started () { return started } }
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => enhance(document))
} else {
  enhance(document)
}
"""";
}
