import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mailbox = {
  close: () => Promise<void>
  /** The first message to `address`, waiting up to 10 s for it to arrive. */
  mailTo: (address: string) => Promise<ParsedMail>
  port: number
}

/** A real SMTP server (the smtp-server library) on a free local port: what it receives is what a mailbox would. */
export const startMailbox = async (): Promise<Mailbox> => {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => done(), done)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  let closed: Promise<void> | undefined
  return {
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
    mailTo: async (address) => {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const mail = received.find((each) => JSON.stringify(each.to).includes(address))
        if (mail) return mail
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(`no mail to ${address} arrived`)
    },
    port: (server.server.address() as { port: number }).port,
  }
}
