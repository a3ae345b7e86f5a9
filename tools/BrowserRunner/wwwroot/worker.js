// The .NET runtime of the guide's Run buttons, in a Web Worker so that a sample that hangs never freezes the page:
// the page ends this worker on Stop or after a time limit. Started by template/public/runner.js.
//
// Page -> worker: { type: 'run', assembly: URL of a precompiled sample }
//                 { type: 'compile', source, path }   (edited code: Roslyn is fetched on the first one)
// Worker -> page: { type: 'started' } when the program starts, { type: 'out' | 'err', text } as it prints,
//                 { type: 'compile-errors', errors: ['line:column: error CS…: …'] },
//                 { type: 'exit', code } or { type: 'failed', message } at the end.
import { dotnet } from './_framework/dotnet.js'

const LAZY = ['Microsoft.CodeAnalysis.wasm', 'Microsoft.CodeAnalysis.CSharp.wasm', 'Basic.Reference.Assemblies.Net100.wasm']
let runtime = null
let roslyn = null

function start () {
  runtime ??= (async () => {
    const created = await dotnet.create()
    created.setModuleImports('runner', {
      write: (stream, text) => postMessage({ type: stream === 2 ? 'err' : 'out', text })
    })
    await created.runMain()
    const exports = await created.getAssemblyExports('BrowserRunner.dll')
    return { created, api: exports.BrowserRunner.RunnerExports }
  })()
  return runtime
}

function loadRoslyn (created) {
  roslyn ??= (async () => {
    for (const name of LAZY) await created.INTERNAL.loadLazyAssembly(name)
  })()
  return roslyn
}

async function handle (message) {
  const { created, api } = await start()
  if (message.type === 'run') {
    const response = await fetch(message.assembly)
    if (!response.ok) throw new Error(`${message.assembly}: HTTP ${response.status}`)
    const assembly = new Uint8Array(await response.arrayBuffer())
    postMessage({ type: 'started' })
    return api.RunAssembly(assembly)
  }
  if (message.type === 'compile') {
    await loadRoslyn(created)
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
