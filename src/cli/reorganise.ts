import { SingleBar } from 'cli-progress'

import { applyPlan, StepFailed } from '../reorganisation/apply'
import { planAgainstNow, planRowsOf } from '../reorganisation/planFile'
import { planSummary } from '../reorganisation/rules/summary'
import { collectionLabels } from '../reorganisation/state'
import { CommandFailure, readRecordsFile, runCommand, UsageError } from './session'

const USAGE = `Usage:
  npm run reorganise -- plan FILE.csv|FILE.json     what the plan would change, and what it refuses (writes nothing)
  npm run reorganise -- apply FILE.csv|FILE.json    applies it, one transaction per step; run it again to resume
The file format is in the README ("Reorganising units").`

await runCommand(async (payload) => {
  const [command, file] = process.argv.slice(2).filter((arg) => arg !== '--')
  if ((command !== 'plan' && command !== 'apply') || !file) throw new UsageError(USAGE)
  const rows = planRowsOf(await readRecordsFile(file))
  const plan = await planAgainstNow(payload, rows)
  process.stdout.write(`${planSummary(plan, collectionLabels(payload)).join('\n')}\n`)
  if (plan.refusals.length)
    throw new CommandFailure('Kế hoạch có chỗ bị từ chối: sửa các dòng trên rồi chạy lại. Chưa thay đổi gì.')
  if (command === 'plan') return
  const pending = plan.steps.filter((step) => !step.done).length
  if (!pending) {
    process.stdout.write('Không có gì phải làm: mọi bước đã xong.\n')
    return
  }
  const bar = new SingleBar({
    format: 'Sắp xếp đơn vị [{bar}] {percentage}% | {value}/{total} bước | còn {eta_formatted}',
    stream: process.stderr,
  })
  bar.start(pending, 0)
  try {
    const report = await applyPlan(payload, plan, { onStep: (done) => bar.update(done) })
    bar.stop()
    const moved = Object.values(report.moved).reduce((sum, count) => sum + count, 0)
    process.stdout.write(
      `Đã thực hiện ${report.applied.length} bước (${report.skipped} đã xong trước đó), chuyển ${moved.toLocaleString('vi-VN')} mục; ` +
        `đã báo ${report.announced} webhook, xóa bộ nhớ đệm.\n`,
    )
  } catch (error) {
    bar.stop()
    if (error instanceof StepFailed)
      throw new CommandFailure(
        `${error.message}\nCác bước trước đã xong; bước này không để lại gì. Sửa nguyên nhân rồi chạy lại để tiếp tục.`,
      )
    throw error
  }
})
