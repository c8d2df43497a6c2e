import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js builds only the admin panel; Express (src/server) hosts it and serves the API itself. */
const nextConfig = {
  poweredByHeader: false,
  // Express compresses every response, the admin's included.
  compress: false,
  // The whole project is type-checked by `npm run typecheck` (run in CI); the admin build need not repeat it.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
