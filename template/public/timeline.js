// Draws a recorded timeline. DocRunner writes a ```timeline block after a sample's output:
//
//   lane    | bar   | start ms | end ms
//   reports | sales |        0 |    301
//
// DocFX renders it as <pre><code class="lang-timeline">. drawTimeline puts an SVG chart in its
// place (lanes labelled, bars that overlap within a lane on rows of their own, a bar that starts
// and ends in the same millisecond drawn as a moment, an axis in ms or s) and keeps the text, under "Data", for copying and for readers who prefer a table. The chart
// is drawn at the width it is given and again whenever that width changes, so its text stays
// readable on a phone and nothing scrolls sideways.

import { element } from './element.js'

const SVG = 'http://www.w3.org/2000/svg'
const ROW = 22 // height of one row of bars
const ROW_GAP = 4
const LANE_TITLE = 18 // the lane's name, above its rows
const AXIS = 26
const SIDE = 10
const CHAR = 7 // average width of a character of the chart's text, to decide where a label fits
const LANE_COLOURS = 6

export function parseTimeline (text) {
  const bars = []
  for (const line of text.split('\n')) {
    const cells = line.split('|').map(cell => cell.trim())
    if (cells.length !== 4 || cells[2] === 'start ms') continue
    const [lane, label] = cells
    const start = Number(cells[2])
    const end = Number(cells[3])
    if (!lane || !label || !Number.isFinite(start) || !Number.isFinite(end) || end < start) continue
    bars.push({ lane, label, start, end })
  }
  return bars
}

export function drawTimeline (code) {
  const bars = parseTimeline(code.textContent)
  if (bars.length === 0) return

  const pre = code.parentElement
  const figure = element('figure', 'timeline')
  const caption = element('figcaption', 'timeline-label', 'Timeline')
  caption.append(element('span', 'timeline-note', ' of this run, recorded by DocRunner'))
  const chart = element('div', 'timeline-chart')
  const data = element('details', 'timeline-data')
  data.append(element('summary', '', 'Data'))
  pre.replaceWith(figure)
  data.append(pre)
  figure.append(caption, chart, data)

  let drawnWidth = 0
  const draw = () => {
    const width = Math.floor(chart.clientWidth)
    if (width === drawnWidth || width === 0) return
    drawnWidth = width
    chart.replaceChildren(chartOf(bars, width))
  }
  draw()
  new ResizeObserver(draw).observe(chart)
}

function chartOf (bars, width) {
  const last = Math.max(1, ...bars.map(bar => bar.end))
  const step = tickStep(last, Math.max(2, Math.floor((width - 2 * SIDE) / 72)))
  const axisEnd = Math.ceil(last / step) * step
  const inSeconds = last >= 2000
  const x = t => SIDE + (t / axisEnd) * (width - 2 * SIDE)
  const lanes = lanesOf(bars, x, width)

  let y = 4
  const laneTops = lanes.map(lane => {
    const top = y
    y += LANE_TITLE + lane.rows.length * (ROW + ROW_GAP) + 6
    return top
  })
  const height = y + AXIS

  const svg = node('svg', { class: 'timeline-svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' })
  const id = `timeline-${Math.random().toString(36).slice(2, 9)}`
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`)
  svg.append(
    node('title', { id: `${id}-title` }, `Timeline: ${bars.length} bars in ${lanes.length} lane${lanes.length === 1 ? '' : 's'} over ${duration(last, inSeconds)}`),
    node('desc', { id: `${id}-desc` }, describe(lanes, inSeconds)))

  const grid = node('g', { class: 'timeline-grid' })
  for (let t = 0; t <= axisEnd + step / 2; t += step) {
    grid.append(node('line', { x1: x(t), x2: x(t), y1: 0, y2: height - AXIS + 4 }))
    const label = node('text', { x: x(t), y: height - 8, 'text-anchor': t === 0 ? 'start' : t >= axisEnd ? 'end' : 'middle' }, tick(t, step, inSeconds))
    grid.append(label)
  }
  svg.append(grid)

  lanes.forEach((lane, index) => {
    const group = node('g', { class: `timeline-lane lane-${index % LANE_COLOURS}` })
    group.append(node('text', { class: 'timeline-lane-name', x: SIDE, y: laneTops[index] + 13 }, lane.name))
    lane.rows.forEach((row, rowIndex) => {
      const top = laneTops[index] + LANE_TITLE + rowIndex * (ROW + ROW_GAP)
      for (const item of row) {
        group.append(item.isMoment ? momentOf(item, top, laneTops[index] + LANE_TITLE, inSeconds) : barOf(item, top, inSeconds))
      }
    })
    svg.append(group)
  })
  return svg
}

function barOf (item, top, inSeconds) {
  const { bar, label } = item
  const group = node('g', { class: 'timeline-bar' })
  group.append(node('title', {}, `${bar.label}: ${span(bar, inSeconds)}`))
  group.append(node('rect', { x: item.barLeft, y: top, width: item.barWidth, height: ROW, rx: 3 }))
  group.append(node('text', {
    class: label.inside ? 'timeline-bar-label' : 'timeline-bar-label is-outside',
    x: label.x, y: top + ROW / 2 + 4, 'text-anchor': label.anchor
  }, item.text))
  return group
}

// A moment: a diamond with its name, and a faint line up through the lane's rows above it.
function momentOf (item, top, laneTop, inSeconds) {
  const { bar, label } = item
  const at = item.barLeft
  const middle = top + ROW / 2
  const group = node('g', { class: 'timeline-bar timeline-moment' })
  group.append(node('title', {}, `${bar.label}: ${moment(bar.start, inSeconds)}`))
  if (top > laneTop) group.append(node('line', { x1: at, x2: at, y1: laneTop, y2: middle }))
  group.append(node('rect', { x: at - 5, y: middle - 5, width: 10, height: 10, transform: `rotate(45 ${at} ${middle})` }))
  group.append(node('text', { class: 'timeline-bar-label is-outside', x: label.x, y: middle + 4, 'text-anchor': label.anchor }, item.text))
  return group
}

// Where a bar (or a moment) and its label go at this width, and the space the two take on a row:
// the label inside the bar when it fits, else after it, else before it; when it fits nowhere (a long
// label on a phone), it is shortened with "…" on the roomiest side (the full name stays in the tooltip,
// the text alternative and the data).
function layoutOf (bar, x, width) {
  const isMoment = bar.start === bar.end
  const barLeft = x(bar.start)
  const barWidth = isMoment ? 0 : Math.max(2, x(bar.end) - barLeft)
  const barRight = isMoment ? barLeft + 6 : barLeft + barWidth
  const gap = isMoment ? 9 : 4
  const item = { bar, isMoment, barLeft, barWidth }
  const room = {
    inside: isMoment ? 0 : barWidth - 10,
    after: width - SIDE / 2 - (barRight + gap),
    before: barLeft - gap - SIDE / 2
  }
  const needed = bar.label.length * CHAR
  const side = needed <= room.inside ? 'inside' : needed <= room.after ? 'after' : needed <= room.before ? 'before'
    : ['inside', 'after', 'before'].reduce((best, next) => room[next] > room[best] ? next : best)
  const text = needed <= room[side] ? bar.label : shorten(bar.label, room[side])
  const textWidth = text.length * CHAR
  if (side === 'inside') return { ...item, text, left: barLeft, right: barRight, label: { x: barLeft + 5, anchor: 'start', inside: true } }
  if (side === 'after') {
    return { ...item, text, left: barLeft - (isMoment ? 6 : 0), right: barRight + gap + textWidth, label: { x: barRight + gap - (isMoment ? 6 : 0), anchor: 'start', inside: false } }
  }
  return { ...item, text, left: barLeft - gap - textWidth, right: barRight, label: { x: barLeft - gap, anchor: 'end', inside: false } }
}

function shorten (label, room) {
  const fits = Math.floor(room / CHAR)
  return fits >= label.length ? label : fits <= 1 ? '' : label.slice(0, fits - 1) + '…'
}

// Lanes in the order they first appear. Within a lane, each bar goes on the first row where it and
// its label collide with nothing, so bars that ran at the same time are stacked and a sequence stays
// on one row while its labels fit; moments go on rows of their own below the bars.
function lanesOf (bars, x, width) {
  const lanes = new Map()
  const sorted = [...bars].sort((a, b) => a.start - b.start).map(bar => layoutOf(bar, x, width))
  for (const item of [...sorted.filter(i => !i.isMoment), ...sorted.filter(i => i.isMoment)]) {
    if (!lanes.has(item.bar.lane)) lanes.set(item.bar.lane, { name: item.bar.lane, rows: [] })
    const rows = lanes.get(item.bar.lane).rows
    let row = rows.find(r => r.moments === item.isMoment && r.every(other => apart(other, item) || apart(item, other)))
    if (!row) {
      row = []
      row.moments = item.isMoment
      rows.push(row)
    }
    row.push(item)
  }
  const order = [...new Set(bars.map(bar => bar.lane))]
  return order.map(name => lanes.get(name))
}

// Bars whose labels are inside them may touch; a label outside keeps a little space.
function apart (first, second) {
  const gap = first.label.inside && second.label.inside ? -1 : 4
  return first.right + gap <= second.left
}

// 1, 2 or 5 times a power of ten: the smallest step that needs at most `most` ticks.
function tickStep (last, most) {
  for (let power = 1; ; power *= 10) {
    for (const factor of [1, 2, 5]) {
      if (last / (factor * power) <= most) return factor * power
    }
  }
}

function tick (t, step, inSeconds) {
  if (!inSeconds) return `${t} ms`
  const decimals = step >= 1000 ? 0 : step >= 100 ? 1 : 2
  return `${(t / 1000).toFixed(decimals)} s`
}

function duration (ms, inSeconds) {
  return inSeconds ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`
}

function moment (ms, inSeconds) {
  return inSeconds ? `at ${(ms / 1000).toFixed(2)} s` : `at ${ms} ms`
}

function span (bar, inSeconds) {
  if (bar.start === bar.end) return moment(bar.start, inSeconds)
  return inSeconds
    ? `${(bar.start / 1000).toFixed(2)}–${(bar.end / 1000).toFixed(2)} s`
    : `${bar.start}–${bar.end} ms`
}

function describe (lanes, inSeconds) {
  return lanes.map(lane => `${lane.name}: ` + lane.rows.flat().map(item => item.bar)
    .sort((a, b) => a.start - b.start)
    .map(bar => `${bar.label} ${span(bar, inSeconds)}`).join(', ')).join('. ') + '.'
}

function node (tag, attributes, text) {
  const created = document.createElementNS(SVG, tag)
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, String(value))
  if (text !== undefined) created.textContent = text
  return created
}
