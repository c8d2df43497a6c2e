import { createConfig } from './src/config/createConfig'
import { processSettings } from './src/settings/settings'

export default createConfig(processSettings())
