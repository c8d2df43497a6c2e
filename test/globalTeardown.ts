/** Removes the template database made by the global setup. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { dropTestTemplate?: () => Promise<void> }).dropTestTemplate?.()
}
