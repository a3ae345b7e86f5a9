// The one DOM helper that main.js, runner.js and timeline.js share: a new element with its classes and, if given, its text.
export function element (tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}
