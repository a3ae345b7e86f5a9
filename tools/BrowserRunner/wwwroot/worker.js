// The .NET runtime of the guide's Run buttons, in a Web Worker so that a sample that hangs never freezes the page:
// the page ends this worker on Stop or after a time limit. Started by template/public/runner.js.
//
// Page -> worker: { type: 'run', assembly: URL of a precompiled sample }
//                 { type: 'compile', source, path }   (edited code: Roslyn is fetched on the first one)
// Worker -> page: { type: 'started' } when the program starts, { type: 'out' | 'err', text } as it prints,
//                 { type: 'compile-errors', errors: ['line:column: error CS…: …'] },
//                 { type: 'exit', code } or { type: 'failed', message } at the end.
import { dotnet } from './_framework/dotnet.js'
import startDecoder, { decompress } from './brotli/brotli_dec_wasm.js'

// Every file of the runtime is published beside a brotli copy (NAME.br). A static host such as GitHub Pages sends
// gzip at best, about a third more, so the worker fetches the .br copies itself and decodes them: a reader downloads
// the brotli size from any host. The loader's own scripts must stay URLs; they are small.
const DECODED = new Set(['assembly', 'pdb', 'dotnetwasm', 'globalization'])

function fetchBrotli (type, name, defaultUri) {
  if (!DECODED.has(type)) return null
  return (async () => {
    const url = new URL(defaultUri, self.location.href)
    const compressed = await fetch(url.href + '.br')
    if (!compressed.ok) return fetch(url)
    const body = new Uint8Array(await compressed.arrayBuffer())
    // A host that marks .br files as brotli-encoded has the browser decode them already.
    const bytes = compressed.headers.get('content-encoding') === 'br' ? body : decompress(body)
    return new Response(bytes, { headers: { 'content-type': type === 'dotnetwasm' ? 'application/wasm' : 'application/octet-stream' } })
  })()
}

// Roslyn and what it needs that a first Run does not (its documentation-comment compiler's types are XML ones).
const ROSLYN = ['System.Reflection.Metadata', 'System.Private.Xml', 'System.Private.Xml.Linq',
  'Microsoft.CodeAnalysis', 'Microsoft.CodeAnalysis.CSharp', 'Basic.Reference.Assemblies.Net100']
let runtime = null
let roslyn = null
let runtimeLoadLazy = null

function start () {
  runtime ??= (async () => {
    // A program that ends the runtime (Environment.Exit, an exception on no awaited path) ends this worker's use.
    const ended = message => postMessage({ type: 'failed', message })
    await startDecoder()
    const created = await dotnet
      .withResourceLoader(fetchBrotli)
      .withModuleConfig({ onExit: code => ended(`the .NET runtime exited with code ${code}`), onAbort: error => ended(`the .NET runtime stopped: ${error}`) })
      .create()
    const loaded = new Map()
    const loadLazy = name => {
      if (!loaded.has(name)) loaded.set(name, created.INTERNAL.loadLazyAssembly(name + '.wasm'))
      return loaded.get(name)
    }
    created.setModuleImports('runner', {
      write: (stream, text) => postMessage({ type: stream === 2 ? 'err' : 'out', text }),
      lazyAssemblies: () => (created.getConfig().resources?.lazyAssembly ?? []).map(a => a.virtualPath.replace(/\.(wasm|dll)$/, '')),
      loadLazyAssembly: name => loadLazy(name)
    })
    runtimeLoadLazy = loadLazy
    await created.runMain()
    const exports = await created.getAssemblyExports('BrowserRunner.dll')
    return { created, api: exports.BrowserRunner.RunnerExports }
  })()
  return runtime
}

function loadRoslyn () {
  roslyn ??= (async () => {
    for (const name of ROSLYN) await runtimeLoadLazy(name)
  })()
  return roslyn
}

async function handle (message) {
  const { api } = await start()
  if (message.type === 'run') {
    const response = await fetch(message.assembly)
    if (!response.ok) throw new Error(`${message.assembly}: HTTP ${response.status}`)
    const assembly = new Uint8Array(await response.arrayBuffer())
    postMessage({ type: 'started' })
    return api.RunAssembly(assembly)
  }
  if (message.type === 'compile') {
    await loadRoslyn()
    const errors = api.Compile(message.source, message.path)
    if (errors) {
      postMessage({ type: 'compile-errors', errors: errors.split('\n') })
      return null
    }
    postMessage({ type: 'started' })
    return api.RunCompiled()
  }
  throw new Error(`unknown message ${message.type}`)
}

let queue = Promise.resolve()
self.onmessage = ({ data }) => {
  queue = queue.then(async () => {
    try {
      const code = await handle(data)
      if (code !== null) postMessage({ type: 'exit', code })
    } catch (error) {
      postMessage({ type: 'failed', message: String(error?.message ?? error) })
    }
  })
}
