import type { Plan, Step } from './plan'

const number = (n: number) => n.toLocaleString('vi-VN')
const ROLE_NAMES: Record<string, string> = {
  approver: 'Người duyệt',
  editor: 'Biên tập viên',
  'unit-admin': 'Quản trị đơn vị',
}
const LEVEL_NAMES: Record<string, string> = {
  commune: 'cấp xã',
  department: 'sở, ngành',
  district: 'cấp huyện',
  province: 'cấp tỉnh',
}

/** Items per collection as people read them: "12 Tin tức, 3 Thủ tục hành chính". */
const itemsText = (counts: Record<string, number>, labels: Record<string, string>) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([collection, count]) => `${number(count)} ${labels[collection] ?? collection}`)
    .join(', ') || 'không có nội dung'

const stepText = (step: Step, labels: Record<string, string>): string => {
  switch (step.kind) {
    case 'create':
      return `Tạo ${step.name} (${step.code}, ${LEVEL_NAMES[step.level]}${step.parent ? `, thuộc ${step.parent}` : ''})`
    case 'rename': {
      const parts = [
        ...(step.name ? [`tên "${step.from.name}" → "${step.name}"`] : []),
        ...(step.slug ? [`định danh ${step.from.slug} → ${step.slug}`] : []),
        ...(step.domain ? [`tên miền ${step.from.domains.join(', ') || '(không có)'} → ${step.domain}`] : []),
        ...(step.descendantDomains.length
          ? [`tên miền của ${number(step.descendantDomains.length)} đơn vị cấp dưới theo tên miền mới`]
          : []),
      ]
      return `Đổi ${step.code}: ${parts.join('; ')} (địa chỉ cũ vẫn dẫn đến đơn vị)`
    }
    case 'move':
      return `Chuyển ${step.code} từ ${step.from ?? '(không có cấp trên)'} sang ${step.parent}`
    case 'merge':
      return `Sáp nhập ${step.code} vào ${step.into}: chuyển ${itemsText(step.content, labels)}`
    case 'abolish':
      return `Giải thể ${step.code}, chuyển nội dung về ${step.into}: ${itemsText(step.content, labels)}`
  }
}

/**
 * The plan as the person preparing it reads it (command line and admin panel): each step, what is already done,
 * who is affected, the totals before and after, and every refusal with its row.
 */
export const planSummary = (plan: Plan, labels: Record<string, string>): string[] => {
  const pending = plan.steps.filter((step) => !step.done)
  const lines = [
    `${number(plan.steps.length)} bước: ${number(pending.length)} cần làm, ${number(plan.steps.length - pending.length)} đã xong trước đó.`,
    ...pending.map((step) => `  dòng ${step.line}: ${stepText(step, labels)}`),
  ]
  if (plan.people.length) {
    lines.push(`${number(new Set(plan.people.map((change) => change.person)).size)} người bị ảnh hưởng:`)
    for (const change of plan.people) {
      const role = ROLE_NAMES[change.role] ?? change.role
      lines.push(
        `  ${change.email}: ${role} tại ${change.unit} → ${
          change.to ? `${role} tại ${change.to}` : 'bỏ vai trò này'
        }${change.leftWithout ? ' (không còn vai trò nào: cần phân quyền lại)' : ''}`,
      )
    }
  }
  lines.push(
    `Nội dung trước: ${itemsText(plan.totals.before, labels)}; sau: ${itemsText(plan.totals.after, labels)} (không xóa mục nào).`,
  )
  if (plan.refusals.length) {
    lines.push(`${number(plan.refusals.length)} chỗ bị từ chối, chưa thực hiện gì:`)
    for (const refusal of plan.refusals)
      lines.push(
        `  ${refusal.line ? `dòng ${refusal.line}` : ''}${refusal.code ? ` (${refusal.code})` : ''}: ${refusal.reason.vi}`,
      )
  }
  return lines
}
