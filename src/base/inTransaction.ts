import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Runs `work` in one database transaction of its own (a fresh Local API request carrying it): committed when the
 * work returns, rolled back when it throws (the error is thrown on).
 */
export const inTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  options: Parameters<typeof createLocalReq>[0] = {},
): Promise<T> => {
  const req = await createLocalReq(options, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
