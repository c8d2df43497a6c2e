import type { Config } from 'payload'
import { build as prettyStream } from 'pino-pretty'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Structured request fields, already summed up in the message, that would clutter the readable format. */
const REQUEST_FIELDS = 'method,path,ms,status'

/**
 * Payload's logger (pino): a readable, coloured format on a developer's machine (NODE_ENV unset or
 * development); JSON lines everywhere else, for log collectors. The level comes from LOG_LEVEL.
 */
export const loggerConfig = ({ logLevel, nodeEnv }: { logLevel: LogLevel; nodeEnv: string }): Config['logger'] =>
  nodeEnv === 'development'
    ? {
        destination: prettyStream({
          colorize: true,
          ignore: `pid,hostname,${REQUEST_FIELDS}`,
          // Synchronous writes: nothing is lost on exit and no stream is left open.
          sync: true,
          translateTime: 'SYS:HH:MM:ss',
        }),
        options: { level: logLevel },
      }
    : { options: { level: logLevel } }
