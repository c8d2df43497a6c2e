/** `--name=value` from the command line, as a number; undefined when absent. */
export const numberOption = (name: string): number | undefined => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`))
  return found ? Number(found.split('=')[1]) : undefined
}

/** `--name=a,b` from the command line, as numbers; undefined when absent. */
export const numberListOption = (name: string): number[] | undefined =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]!.split(',').map(Number)

/** Seconds since `started` (a `performance.now()`), to a tenth. */
export const secondsSince = (started: number): number => Math.round((performance.now() - started) / 100) / 10

/**
 * Runs a bench command when its file is the one node was started with, and exits when done, like the other
 * commands (src/cli/session.ts): on PostgreSQL a pool client Payload left busy would keep the process alive.
 */
export const runAsCommand = async (file: string, main: () => Promise<void>): Promise<void> => {
  if (!process.argv[1]?.endsWith(file)) return
  await main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`)
      process.exit(1)
    },
  )
}
