import { AsyncLocalStorage } from 'node:async_hooks'

/** The tags the answer being computed depends on, collected by hooks while it runs (see src/cache/hooks.ts). */
const current = new AsyncLocalStorage<Set<string>>()

export const trackTags = <T>(tags: Set<string>, work: () => Promise<T>): Promise<T> => current.run(tags, work)

export const recordTags = (...tags: string[]): void => {
  const set = current.getStore()
  if (set) for (const tag of tags) set.add(tag)
}

export const isTracking = (): boolean => current.getStore() !== undefined
