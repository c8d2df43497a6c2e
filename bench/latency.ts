export type Latency = { p50: number; p99: number; samples: number }

/** The value below which `share` of the sorted samples fall (nearest rank). */
export const percentile = (sorted: number[], share: number): number =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!

export const summarize = (samples: number[]): Latency => {
  const sorted = [...samples].sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 10) / 10
  return { p50: round(percentile(sorted, 0.5)), p99: round(percentile(sorted, 0.99)), samples: sorted.length }
}

/**
 * Times `request` once per item, `rounds` times over, one at a time (latency, not throughput), after one
 * untimed warm-up pass. Every answer is checked by `request`, so a fast error never counts as a fast answer.
 */
export const timeSequentially = async <T>(
  items: T[],
  rounds: number,
  request: (item: T) => Promise<void>,
): Promise<Latency> => {
  for (const item of items) await request(item)
  const samples: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const item of items) {
      const started = performance.now()
      await request(item)
      samples.push(performance.now() - started)
    }
  }
  return summarize(samples)
}
