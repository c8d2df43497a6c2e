import type { Payload, TypedUser } from 'payload'

import { applyPlan, StepFailed } from './apply'
import type { Plan } from './rules/plan'

/** Where the admin panel's run of a plan stands (a whole province takes minutes: longer than a request should). */
export type RunStatus = {
  by?: string
  done: number
  finishedAt?: string
  message?: string
  startedAt?: string
  state: 'done' | 'failed' | 'idle' | 'running'
  total: number
}

let status: RunStatus = { done: 0, state: 'idle', total: 0 }

export const runStatus = (): RunStatus => ({ ...status })

/**
 * Starts applying the plan in this process and answers at once; `runStatus` follows it. One run at a time: false
 * when one is under way. A run cut short (the process stopped) leaves each unit whole, and applying the same
 * plan again continues it (src/reorganisation/apply.ts).
 */
export const startApplying = (payload: Payload, plan: Plan, user: TypedUser): boolean => {
  if (status.state === 'running') return false
  const total = plan.steps.filter((step) => !step.done).length
  status = { by: String(user.email ?? user.id), done: 0, startedAt: new Date().toISOString(), state: 'running', total }
  void applyPlan(payload, plan, { onStep: (done) => (status.done = done), user }).then(
    (report) => {
      const moved = Object.values(report.moved).reduce((sum, count) => sum + count, 0)
      status = {
        ...status,
        finishedAt: new Date().toISOString(),
        message: `Đã thực hiện ${report.applied.length} bước, chuyển ${moved.toLocaleString('vi-VN')} mục, báo ${report.announced} webhook.`,
        state: 'done',
      }
    },
    (error: unknown) => {
      payload.logger.error({ err: error }, 'Reorganisation failed')
      status = {
        ...status,
        finishedAt: new Date().toISOString(),
        message:
          error instanceof StepFailed
            ? `Bước dòng ${error.step.line} (${error.step.kind} ${error.step.code}) không thực hiện được: ${(error.cause as Error)?.message ?? String(error.cause)}. Các bước trước đã xong; sửa nguyên nhân rồi thực hiện lại để tiếp tục.`
            : `Không thực hiện được: ${(error as Error)?.message ?? String(error)}`,
        state: 'failed',
      }
    },
  )
  return true
}
