/** Small helpers over fetch for talking to a test server as a client would. */

export type Session = { headers: Record<string, string>; token: string }

export const gql = async (
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) => {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })
  return { body: (await response.json()) as { data?: any; errors?: Array<{ message: string }> }, response }
}

export const json = async (response: Response) => ({ body: (await response.json()) as any, status: response.status })

/** Logs in through the REST API and returns the JWT as an Authorization header. */
export const login = async (baseUrl: string, email: string, password: string): Promise<Session> => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email, password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const body = (await response.json()) as { token?: string; message?: string }
  if (!response.ok || !body.token) throw new Error(`login as ${email} failed: ${response.status} ${body.message}`)
  return { headers: { authorization: `JWT ${body.token}` }, token: body.token }
}

/** Creates a fresh instance's first person (a super-admin) through the REST API, as the first-user screen does. */
export const registerFirstUser = async (baseUrl: string, person: { email: string; password: string }) => {
  const response = await fetch(`${baseUrl}/api/users/first-register`, {
    body: JSON.stringify(person),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (!response.ok) throw new Error(`first-register failed: ${response.status} ${await response.text()}`)
}

/** An anonymous portal reader's GraphQL query for news titles (`{ News … { docs { title } } }`), and X-Cache. */
export const readNewsTitles = async (baseUrl: string, query: string, unitCode: string) => {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json', 'x-portal-unit': unitCode },
    method: 'POST',
  })
  const body = (await response.json()) as { data: { News: { docs: Array<{ title: string }> } } }
  return { state: response.headers.get('x-cache'), titles: body.data.News.docs.map((doc) => doc.title) }
}
