import { createConfig } from './src/config/createConfig'
import { processSettings } from './src/config/settings'

export default createConfig(processSettings())
