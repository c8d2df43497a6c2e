import { generateTypes } from 'payload/node'

import config from '../../payload.config'

/** `npm run generate:types`: writes payload-types.ts (the documents' TypeScript types) from the config. */
await generateTypes(await config)
process.exit(0)
