const optionText = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)

const positive = (name: string, text: string) => {
  const value = Number(text)
  if (!text.trim() || !Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} must be a positive number (got "${text}").`)
  return value
}

/** `--name=value` from the command line, as a positive number; undefined when absent, an error naming it when not a number. */
export const numberOption = (name: string): number | undefined => {
  const text = optionText(name)
  return text === undefined ? undefined : positive(name, text)
}

/** `--name=a,b` from the command line, as positive numbers; undefined when absent. */
export const numberListOption = (name: string): number[] | undefined =>
  optionText(name)
    ?.split(',')
    .map((text) => positive(name, text))

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
      const message =
        error instanceof Error && error.message.startsWith('--')
          ? error.message
          : ((error as Error)?.stack ?? String(error))
      process.stderr.write(`${message}\n`)
      process.exit(1)
    },
  )
}
