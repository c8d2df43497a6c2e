import net from 'node:net'

/** A TCP port free on 127.0.0.1 right now, for a server a test starts (Redis, Varnish, our own). */
export const freePort = (): Promise<number> =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** Whether something accepts connections on that port. */
export const answers = (port: number): Promise<boolean> =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** Waits until the port accepts connections (up to `ms`); false if it never did. */
export const whenListening = async (port: number, ms = 10_000): Promise<boolean> => {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await answers(port)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}
