import type { PayloadRequest } from 'payload'

import { inLanguage, type Message } from '../../base/errors/fieldError'
import { isSuperAdmin } from '../../../tenants/users'

/** An endpoint's refusal: the status, and the reason in the request's language, naming the field when one is at fault. */
export const refuse = (req: PayloadRequest, status: number, message: Message, field?: string): Response =>
  Response.json({ errors: [{ message: inLanguage(req, message), ...(field ? { field } : {}) }] }, { status })

/**
 * The refusal for anyone but a province administrator (a super-admin), or undefined for one: 401 signed out,
 * 403 signed in. `doing` names the work in both languages ("reorganise units", "sắp xếp đơn vị").
 */
export const onlySuperAdmins = (req: PayloadRequest, doing: Message): Response | undefined =>
  !req.user
    ? refuse(req, 401, { en: `Sign in to ${doing.en}.`, vi: `Cần đăng nhập để ${doing.vi}.` })
    : !isSuperAdmin(req.user)
      ? refuse(req, 403, {
          en: `Only province administrators ${doing.en}.`,
          vi: `Chỉ quản trị hệ thống mới được ${doing.vi}.`,
        })
      : undefined
