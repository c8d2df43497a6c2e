import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { findStaging, openStaging, removeStaging, stageFile, StagingRefused, stagingRoot } from '../../imports/staging'
import { runtimeSettingsOf } from '../../settings/runtime'
import { unitScope } from '../../../tenants/scope'
import { refuse } from './refuse'

const NO_STORE = { 'cache-control': 'no-store, private' }

/** Signed-in people who import into some unit (its admins, province administrators); the refusal for others. */
const refusedImporter = async (req: PayloadRequest): Promise<Response | undefined> => {
  if (!req.user) return refuse(req, 401, { en: 'Sign in to import.', vi: 'Cần đăng nhập để nhập dữ liệu.' })
  const scope = await unitScope(req, 'manage')
  if (scope !== 'all' && scope.length === 0)
    return refuse(req, 403, {
      en: 'Only a unit’s admins import into it.',
      vi: 'Chỉ quản trị của đơn vị mới được nhập dữ liệu.',
    })
  return undefined
}

const answerRefusal = (req: PayloadRequest, error: unknown) => {
  if (error instanceof StagingRefused) return refuse(req, error.status, error.why, error.field)
  throw error
}

/**
 * `POST /api/import-files[?batch=ID]` (multipart `file`): one file a row of an import names, kept on the server
 * until the import (src/imports/staging.ts). Without `batch` a new set is opened. Answers the set's id and how
 * many files and bytes it holds. `DELETE /api/import-files/<ID>` drops a set. `POST /api/imports/<kind>` takes
 * the id as `files`.
 */
export const importFilesEndpoints: Endpoint[] = [
  {
    method: 'post',
    path: '/import-files',
    handler: async (req) => {
      const refused = await refusedImporter(req)
      if (refused) return refused
      await addDataAndFileToRequest(req)
      const file = req.file
      if (!file) return refuse(req, 400, { en: 'Attach a file.', vi: 'Hãy đính kèm một tệp.' }, 'file')
      const root = stagingRoot(runtimeSettingsOf(req).uploadsDir)
      const batch = req.searchParams.get('batch')
      try {
        const staged = batch ? await findStaging(root, batch, req.user!.id) : await openStaging(root, req.user!.id)
        // A set opened for a file that is refused holds nothing: it goes with the refusal.
        const after = await stageFile(staged, file.name, file.data).catch(async (error: unknown) => {
          if (!batch) await removeStaging(staged)
          throw error
        })
        return Response.json({ batch: after.id, bytes: after.bytes, files: after.files }, { headers: NO_STORE })
      } catch (error) {
        return answerRefusal(req, error)
      }
    },
  },
  {
    method: 'delete',
    path: '/import-files/:batch',
    handler: async (req) => {
      const refused = await refusedImporter(req)
      if (refused) return refused
      try {
        const root = stagingRoot(runtimeSettingsOf(req).uploadsDir)
        await removeStaging(await findStaging(root, req.routeParams?.batch, req.user!.id))
        return new Response(null, { headers: NO_STORE, status: 204 })
      } catch (error) {
        return answerRefusal(req, error)
      }
    },
  },
]
