/** What the audit log records, with the words the admin panel shows. */
export const AUDIT_ACTIONS = {
  create: { en: 'Created', vi: 'Tạo mới' },
  update: { en: 'Changed', vi: 'Sửa' },
  delete: { en: 'Deleted', vi: 'Xóa' },
  publish: { en: 'Published', vi: 'Xuất bản' },
  unpublish: { en: 'Unpublished', vi: 'Gỡ xuất bản' },
  schedule: { en: 'Scheduled', vi: 'Hẹn giờ' },
  login: { en: 'Signed in', vi: 'Đăng nhập' },
  'login-failed': { en: 'Failed sign-in', vi: 'Đăng nhập không thành công' },
  logout: { en: 'Signed out', vi: 'Đăng xuất' },
  'password-reset-requested': { en: 'Password reset asked for', vi: 'Yêu cầu đặt lại mật khẩu' },
  'password-reset': { en: 'Password reset', vi: 'Đặt lại mật khẩu' },
  'roles-changed': { en: 'Roles changed', vi: 'Đổi vai trò' },
  reorganise: { en: 'Reorganisation step', vi: 'Bước sắp xếp đơn vị' },
  import: { en: 'Import', vi: 'Nhập dữ liệu' },
} as const

export type AuditAction = keyof typeof AUDIT_ACTIONS

/** The collection the log lives in. */
export const AUDIT_COLLECTION = 'audit-entries'
