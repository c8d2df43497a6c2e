/**
 * A mistake in the environment that stops start-up. The entry points print its message as one line and exit 1,
 * without a stack trace: the message alone must tell the operator what to fix.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}
