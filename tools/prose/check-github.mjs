// Project rules for .github/ that a schema validator does not know:
//   - every workflow action is pinned to a full commit SHA or a full version tag (vX.Y.Z);
//   - no workflow runs on pull_request_target, and the CI workflow reads no secrets;
//   - every workflow sets top-level permissions;
//   - issue forms have a name, a description and a body of known field types.
//
// Usage: node tools/prose/check-github.mjs [repository root]

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), '..', '..', '..'))
const problems = []
const problem = (file, message) => problems.push(`${file}: ${message}`)

const workflowDir = join(root, '.github', 'workflows')
for (const name of yamlFiles(workflowDir)) {
  const file = `.github/workflows/${name}`
  const text = readFileSync(join(workflowDir, name), 'utf8')
  const workflow = parseOrReport(file, text)
  if (!workflow) continue

  if (!workflow.permissions) problem(file, 'set top-level "permissions" (least privilege)')
  const triggers = typeof workflow.on === 'string' ? [workflow.on]
    : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on ?? {})
  if (triggers.includes('pull_request_target')) problem(file, 'must not run on pull_request_target')
  if (triggers.includes('pull_request') && /\$\{\{\s*secrets\./.test(text)) {
    problem(file, 'a workflow that runs on pull requests must not read secrets')
  }

  for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
    const uses = [job.uses, ...(job.steps ?? []).map(step => step.uses)].filter(Boolean)
    for (const action of uses) {
      if (action.startsWith('./') || action.startsWith('docker://')) continue
      const ref = action.split('@')[1] ?? ''
      if (!/^[0-9a-f]{40}$/.test(ref) && !/^v\d+\.\d+\.\d+$/.test(ref)) {
        problem(file, `job "${jobName}": pin ${action} to a full commit SHA or a full version tag`)
      }
    }
  }
}

const fieldTypes = new Set(['markdown', 'textarea', 'input', 'dropdown', 'checkboxes'])
const formDir = join(root, '.github', 'ISSUE_TEMPLATE')
for (const name of yamlFiles(formDir)) {
  if (name === 'config.yml') continue
  const file = `.github/ISSUE_TEMPLATE/${name}`
  const form = parseOrReport(file, readFileSync(join(formDir, name), 'utf8'))
  if (!form) continue
  for (const key of ['name', 'description']) {
    if (typeof form[key] !== 'string' || form[key].trim() === '') problem(file, `needs a "${key}"`)
  }
  if (!Array.isArray(form.body) || form.body.length === 0) {
    problem(file, 'needs a "body" list')
    continue
  }
  const ids = new Set()
  form.body.forEach((field, index) => {
    const where = `body[${index}]`
    if (!fieldTypes.has(field?.type)) problem(file, `${where}: unknown type "${field?.type}"`)
    if (field?.type !== 'markdown' && !field?.attributes?.label) problem(file, `${where}: needs attributes.label`)
    if (field?.type === 'markdown' && !field?.attributes?.value) problem(file, `${where}: needs attributes.value`)
    if (field?.type === 'dropdown' && !(field.attributes?.options?.length > 0)) problem(file, `${where}: needs options`)
    if (field?.id) {
      if (ids.has(field.id)) problem(file, `${where}: duplicate id "${field.id}"`)
      ids.add(field.id)
    }
  })
}

for (const line of problems) console.log(`FAIL ${line}`)
console.log(problems.length === 0 ? 'github rules: ok' : `github rules: ${problems.length} problem(s)`)
process.exit(problems.length === 0 ? 0 : 1)

function yamlFiles (dir) {
  return existsSync(dir) ? readdirSync(dir).filter(name => /\.ya?ml$/.test(name)).sort() : []
}

function parseOrReport (file, text) {
  try {
    return parseYaml(text)
  } catch (error) {
    problem(file, `is not valid YAML: ${error.message.split('\n')[0]}`)
    return null
  }
}
