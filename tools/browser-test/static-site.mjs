// A static server for _site/ on 127.0.0.1, mounted under a sub-path as GitHub Pages mounts a project site
// (/async-guide/). Every file is sent as it is stored, never brotli-compressed, since GitHub Pages sends gzip at
// best: the runner fetches the runtime's .br copies itself, so the bytes counted here are what any host sends, or
// more. An unchanged file is answered 304; every response's body size is counted, so a test can report the bytes a
// reader downloads. Used by runner-check.mjs and runner.test.mjs.
import { createServer } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'

export const SUB_PATH = '/async-guide/'

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.map': 'application/json', '.wasm': 'application/wasm',
  '.cs': 'text/plain; charset=utf-8', '.txt': 'text/plain', '.dat': 'application/octet-stream'
}

export async function serveSite (folder) {
  const root = resolve(folder)
  const transferred = { bytes: 0, requests: [] }
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1')
    if (!url.pathname.startsWith(SUB_PATH)) return response.writeHead(404).end('not found')
    let path = decodeURIComponent(url.pathname.slice(SUB_PATH.length - 1))
    if (path.endsWith('/')) path += 'index.html'
    const file = resolve(root, '.' + path)
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end('not found')
    // Revalidation as a static host answers it: an unchanged file costs no body.
    const stats = statSync(file)
    const etag = `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`
    if (request.headers['if-none-match'] === etag) return response.writeHead(304, { etag }).end()
    const body = readFileSync(file)
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600', etag }
    transferred.bytes += body.length
    transferred.requests.push({ path, bytes: body.length, revalidated: request.headers['if-none-match'] !== undefined })
    response.writeHead(200, headers).end(body)
  })
  await new Promise(done => server.listen(0, '127.0.0.1', done))
  return { server, transferred, base: `http://127.0.0.1:${server.address().port}${SUB_PATH}` }
}

export function findBrowser () {
  return [process.env.CHROMIUM, process.env.CHROME_BIN, '/usr/bin/chromium', '/usr/bin/google-chrome']
    .find(path => path && existsSync(path))
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
  '--metrics-recording-only', '--mute-audio'
]
