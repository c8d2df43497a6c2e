import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { importRecords } from '../../imports/importRecords'
import { findStaging, removeStaging, type StagedFolder, StagingRefused, stagingRoot } from '../../imports/staging'
import { runtimeSettingsOf } from '../../settings/runtime'
import { IMPORT_KINDS, isImportKind } from '../../imports/kinds'
import { scopeIncludes, unitScope } from '../../../tenants/scope'
import { refuse } from './refuse'
import { uploadedRecords } from './uploadedRecords'

/** The largest import file accepted (a province's 2,000 procedures as JSON are about 6 MB). */
const MAX_IMPORT_BYTES = 32 * 1024 * 1024

/**
 * `POST /api/imports/<procedures|legal-documents|news>` (multipart: `file` a .csv or .json; `unit` an id, `dryRun`
 * true, `files` the id of the files sent before for the rows (src/http/endpoints/importFilesEndpoint.ts), in a
 * `_payload` JSON field as Payload's uploads send them, or in the query string): what the
 * command line's `npm run import -- procedures` does, for a unit's admins in the admin panel, with their own
 * rights. Answers the report: counts, and each rejected row with its line, field and reason.
 */
export const importProceduresEndpoint: Endpoint = {
  method: 'post',
  path: '/imports/:kind',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, { en: 'Sign in to import.', vi: 'Cần đăng nhập để nhập dữ liệu.' })
    const kind = req.routeParams?.kind
    if (!isImportKind(kind))
      return refuse(
        req,
        404,
        {
          en: `Nothing to import as "${String(kind).slice(0, 40)}": ${Object.keys(IMPORT_KINDS).join(', ')}.`,
          vi: `Không có loại dữ liệu "${String(kind).slice(0, 40)}" để nhập: ${Object.keys(IMPORT_KINDS).join(', ')}.`,
        },
        'kind',
      )
    await addDataAndFileToRequest(req)
    // The form's fields come as Payload's uploads send them (a `_payload` JSON field), or in the query string.
    const data = (req.data ?? {}) as { dryRun?: unknown; files?: unknown; unit?: unknown }
    data.unit ??= req.searchParams.get('unit') ?? undefined
    data.dryRun ??= req.searchParams.get('dryRun') ?? undefined
    data.files ??= req.searchParams.get('files') ?? undefined
    const unit = typeof data.unit === 'number' || typeof data.unit === 'string' ? data.unit : undefined
    const numeric = req.payload.db.defaultIDType === 'number'
    const unitId = unit === undefined ? undefined : numeric ? Number(unit) : String(unit)
    if (unitId === undefined || (numeric && !Number.isInteger(unitId)))
      return refuse(req, 400, { en: 'Choose the unit to import into.', vi: 'Hãy chọn đơn vị nhận dữ liệu.' }, 'unit')
    if (!scopeIncludes(await unitScope(req, 'manage'), unitId))
      return refuse(
        req,
        403,
        {
          en: 'Only the unit’s admins can import into it.',
          vi: 'Chỉ quản trị của đơn vị mới được nhập dữ liệu vào đơn vị này.',
        },
        'unit',
      )
    const uploaded = uploadedRecords(req, MAX_IMPORT_BYTES)
    if (uploaded instanceof Response) return uploaded
    const { name, records } = uploaded
    // The files the rows name, sent before (POST /api/import-files), as the command line's --files folder.
    let staged: StagedFolder | undefined
    if (data.files !== undefined && data.files !== null && data.files !== '') {
      try {
        staged = await findStaging(stagingRoot(runtimeSettingsOf(req).uploadsDir), data.files, req.user.id)
      } catch (error) {
        if (error instanceof StagingRefused) return refuse(req, error.status, error.why, 'files')
        throw error
      }
    }
    const dryRun = data.dryRun === true || data.dryRun === 'true'
    const report = await importRecords(req.payload, IMPORT_KINDS[kind], records, {
      dryRun,
      fileName: name,
      folder: staged?.folder,
      unit: unitId,
      user: req.user,
    })
    // Kept after a trial run, for the import that follows it; the import itself is their last use.
    if (staged && !dryRun) await removeStaging(staged)
    return Response.json(report, { headers: { 'cache-control': 'no-store, private' } })
  },
}
