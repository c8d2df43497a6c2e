import fs from 'node:fs'

import config from '../../payload.config'
import { schemaText } from '../http/graphql/queries/schemaText'

/** `npm run generate:schema`: writes schema.graphql, the schema frontends build against (CI checks it is current). */
fs.writeFileSync('schema.graphql', schemaText(await config))
process.stdout.write('Wrote schema.graphql\n')
process.exit(0)
