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
  const lanes = lanesOf(bars, x)

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
      for (const bar of row) {
        group.append(bar.start === bar.end
          ? momentOf(bar, top, laneTops[index] + LANE_TITLE, x, width, inSeconds)
          : barOf(bar, top, x, width, inSeconds))
      }
    })
    svg.append(group)
  })
  return svg
}

function barOf (bar, top, x, width, inSeconds) {
  const left = x(bar.start)
  const barWidth = Math.max(2, x(bar.end) - left)
  const group = node('g', { class: 'timeline-bar' })
  group.append(node('title', {}, `${bar.label}: ${span(bar, inSeconds)}`))
  group.append(node('rect', { x: left, y: top, width: barWidth, height: ROW, rx: 3 }))
  const textWidth = bar.label.length * CHAR
  let placement
  if (textWidth + 10 <= barWidth) placement = { x: left + 5, anchor: 'start', inside: true }
  else if (left + barWidth + 4 + textWidth <= width - SIDE / 2) placement = { x: left + barWidth + 4, anchor: 'start', inside: false }
  else placement = { x: Math.max(textWidth, left - 4), anchor: 'end', inside: false }
  group.append(node('text', {
    class: placement.inside ? 'timeline-bar-label' : 'timeline-bar-label is-outside',
    x: placement.x, y: top + ROW / 2 + 4, 'text-anchor': placement.anchor
  }, bar.label))
  return group
}

// A moment: a diamond with its name, and a faint line up through the lane's rows above it.
function momentOf (bar, top, laneTop, x, width, inSeconds) {
  const at = x(bar.start)
  const middle = top + ROW / 2
  const group = node('g', { class: 'timeline-bar timeline-moment' })
  group.append(node('title', {}, `${bar.label}: ${moment(bar.start, inSeconds)}`))
  if (top > laneTop) group.append(node('line', { x1: at, x2: at, y1: laneTop, y2: middle }))
  group.append(node('rect', { x: at - 5, y: middle - 5, width: 10, height: 10, transform: `rotate(45 ${at} ${middle})` }))
  const textWidth = bar.label.length * CHAR
  const right = at + 9 + textWidth <= width - SIDE / 2
  group.append(node('text', {
    class: 'timeline-bar-label is-outside', x: right ? at + 9 : at - 9, y: middle + 4, 'text-anchor': right ? 'start' : 'end'
  }, bar.label))
  return group
}

// Lanes in the order they first appear. Within a lane, each bar goes on the first row where it
// overlaps nothing, so bars that ran at the same time are stacked and a sequence stays on one row;
// moments go on rows of their own below the bars, wherever their labels do not collide.
function lanesOf (bars, x) {
  const lanes = new Map()
  const sorted = [...bars].sort((a, b) => a.start - b.start)
  for (const bar of sorted.filter(b => b.start !== b.end)) place(lanes, bar, (r, b) => r[r.length - 1].end <= b.start).bars = true
  for (const bar of sorted.filter(b => b.start === b.end)) {
    place(lanes, bar, (r, b) => !r.bars && x(r[r.length - 1].start) + 14 + r[r.length - 1].label.length * CHAR <= x(b.start))
  }
  const order = [...new Set(bars.map(bar => bar.lane))]
  return order.map(name => lanes.get(name))
}

function place (lanes, bar, fits) {
  if (!lanes.has(bar.lane)) lanes.set(bar.lane, { name: bar.lane, rows: [] })
  const rows = lanes.get(bar.lane).rows
  let row = rows.find(r => fits(r, bar))
  if (!row) rows.push(row = [])
  row.push(bar)
  return row
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
  return lanes.map(lane => `${lane.name}: ` + lane.rows.flat()
    .sort((a, b) => a.start - b.start)
    .map(bar => `${bar.label} ${span(bar, inSeconds)}`).join(', ')).join('. ') + '.'
}

function node (tag, attributes, text) {
  const created = document.createElementNS(SVG, tag)
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, String(value))
  if (text !== undefined) created.textContent = text
  return created
}

function element (tag, className, text) {
  const created = document.createElement(tag)
  if (className) created.className = className
  if (text !== undefined) created.textContent = text
  return created
}
