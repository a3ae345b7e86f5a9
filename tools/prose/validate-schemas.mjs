// Validates docfx.json and every toc.yml of the site against DocFX's own JSON schemas.
// DocFX cannot run on our machines, so this is how its configuration gets checked.
//
// The schemas are not part of this repository: they are looked up in ../shared/docfx
// (beside the repository), or in the folder named by DOCFX_SCHEMAS. Without them the
// check is skipped, and says so.
//
// Usage: node tools/prose/validate-schemas.mjs [repository root]

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { parse as parseYaml } from 'yaml'

const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), '..', '..', '..'))
const schemaDir = process.env.DOCFX_SCHEMAS ?? join(root, '..', 'shared', 'docfx')
const docfxSchemaPath = join(schemaDir, 'docfx.schema.json')
const tocSchemaPath = join(schemaDir, 'toc.schema.json')

if (!existsSync(docfxSchemaPath) || !existsSync(tocSchemaPath)) {
  console.log(`skipped: schemas not found (looked in ${schemaDir})`)
  process.exit(0)
}

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validateDocfx = ajv.compile(readJson(docfxSchemaPath))
const validateToc = ajv.compile(readJson(tocSchemaPath))

const checks = [{ file: join(root, 'docfx.json'), validate: validateDocfx, read: readJson }]
for (const file of tocFiles(root)) checks.push({ file, validate: validateToc, read: readYaml })

let failures = 0
for (const { file, validate, read } of checks) {
  const name = relative(root, file)
  let data
  try {
    data = read(file)
  } catch (error) {
    failures++
    console.log(`FAIL ${name}: cannot be read: ${error.message}`)
    continue
  }
  if (validate(data)) {
    console.log(`ok   ${name}`)
    continue
  }
  failures++
  console.log(`FAIL ${name}:`)
  for (const error of validate.errors) {
    console.log(`       ${error.instancePath || '(top level)'} ${error.message}` +
      (error.params?.additionalProperty ? `: '${error.params.additionalProperty}'` : ''))
  }
}

console.log(failures === 0
  ? `schema check: ${checks.length} file(s) valid`
  : `schema check: ${failures} of ${checks.length} file(s) invalid`)
process.exit(failures === 0 ? 0 : 1)

function readJson (file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

function readYaml (file) {
  return parseYaml(readFileSync(file, 'utf8'))
}

// toc.yml at the root and anywhere under docs/.
function tocFiles (dir) {
  const found = []
  if (existsSync(join(dir, 'toc.yml'))) found.push(join(dir, 'toc.yml'))
  const walk = folder => {
    if (!existsSync(folder)) return
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name === 'toc.yml') found.push(path)
    }
  }
  walk(join(dir, 'docs'))
  return found
}
