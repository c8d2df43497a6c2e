import type http from 'node:http'
import type { Duplex } from 'node:stream'

/** The largest request head (address and headers) Node accepts: its default, 16 KB. */
export const MAX_HEADER_BYTES = 16 * 1024

const answer = (socket: Duplex, status: number, reason: string, message: { en: string; vi: string }) => {
  const body = JSON.stringify({ errors: [{ message: `${message.vi} / ${message.en}` }] })
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

/**
 * Requests Node cannot parse never reach Express: by default it answers a bare status line (or resets the
 * connection). They get a proper answer with a body saying what was wrong; the language is not known yet (the
 * headers were not read), so both are given.
 */
export const answerClientErrors = (server: http.Server): void => {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy()
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      return answer(socket, 431, 'Request Header Fields Too Large', {
        en: `The request's address and headers are too large (at most ${MAX_HEADER_BYTES / 1024} KB).`,
        vi: `Địa chỉ và tiêu đề của yêu cầu quá lớn (tối đa ${MAX_HEADER_BYTES / 1024} KB).`,
      })
    }
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      return answer(socket, 408, 'Request Timeout', {
        en: 'The request took too long to arrive.',
        vi: 'Yêu cầu gửi đến quá chậm.',
      })
    }
    answer(socket, 400, 'Bad Request', {
      en: 'The request is not valid HTTP.',
      vi: 'Yêu cầu không đúng giao thức HTTP.',
    })
  })
}
