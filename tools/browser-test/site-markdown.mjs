// What a page's Markdown says the site must show: its sample embeds (each with the output block under it, if any),
// its csharp-interactive sessions (with the submissions a reader would type), how many Mermaid diagrams it has, and
// its recorded timelines (with how many bars each holds).

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const EMBED = /^\s*\[!code-csharp\[([^\]]*)\]\(([^)]+)\)\]\s*$/
const FENCE = /^\s*(`{3,}|~{3,})\s*([^\s`]*)/

export function readPage (root, path) {
  const page = { path, embeds: [], sessions: [], diagrams: 0, timelines: [] }
  const file = join(root, path)
  if (!existsSync(file)) return page
  const lines = readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n')
  for (let index = 0; index < lines.length; index++) {
    const fence = lines[index].match(FENCE)
    if (fence) {
      const end = closingFence(lines, index, fence[1])
      const body = lines.slice(index + 1, end)
      if (fence[2] === 'mermaid') page.diagrams++
      if (fence[2] === 'timeline') page.timelines.push({ line: index + 1, bars: body.filter(isBar).length })
      if (fence[2] === 'csharp-interactive') page.sessions.push({ line: index + 1, submissions: submissionsOf(body) })
      index = end
      continue
    }
    const embed = lines[index].match(EMBED)
    if (!embed) continue
    const title = embed[1].trim()
    page.embeds.push({ line: index + 1, title, sample: title.split('#')[0], output: outputAfter(lines, index + 1) })
  }
  return page
}

function closingFence (lines, start, marker) {
  for (let index = start + 1; index < lines.length; index++) {
    if (lines[index].trim().startsWith(marker[0].repeat(marker.length)) && lines[index].trim().replace(/[`~]/g, '') === '') return index
  }
  return lines.length
}

// The output block that follows an embed (blank lines between allowed), or null when there is none.
function outputAfter (lines, start) {
  let index = start
  while (index < lines.length && lines[index].trim() === '') index++
  const fence = lines[index]?.match(FENCE)
  if (!fence || fence[2] !== 'output') return null
  const end = closingFence(lines, index, fence[1])
  return lines.slice(index + 1, end).join('\n')
}

// "> " starts a submission and ". " continues it; every other line is what the session displayed.
function submissionsOf (body) {
  const prompt = line => ['>', '.'].find(mark => line === mark || line.startsWith(mark + ' '))
  return body.filter(line => prompt(line) !== undefined)
    .map(line => line.slice(Math.min(line.length, 2)))
    .join('\n') + '\n'
}

// A timeline line `lane | bar | start ms | end ms` other than its header.
function isBar (line) {
  const cells = line.split('|').map(cell => cell.trim())
  return cells.length === 4 && cells[2] !== 'start ms'
}
