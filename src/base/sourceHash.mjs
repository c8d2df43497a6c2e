import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Every file under `entry` (a file or a folder), in a stable order. */
const listFiles = (entry) => {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/**
 * A hash of the names and contents of the files under `entries` (relative to `root`) that `keep` accepts: what a
 * build (the admin panel, the compiled server) was made from, to tell when it must be made again. Plain
 * JavaScript: src/server/launch.mjs runs it before anything can compile TypeScript.
 */
export const sourceHash = (root, entries, keep = () => true) => {
  const hash = createHash('sha256')
  for (const file of entries.flatMap((entry) => listFiles(path.join(root, entry)))) {
    const relative = path.relative(root, file)
    if (keep(relative)) hash.update(relative).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}
