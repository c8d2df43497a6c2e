const answers = new WeakMap<object, Map<string, Promise<unknown>>>()

/**
 * Asks `look` once per owner (a request: tenants/oncePerRequest.ts) and key, however often the question comes
 * while the owner lives: an import writes a thousand items in one request, and each item's hooks ask the same
 * things of the database (which portals show an item of this unit, their webhooks). Forgotten with the owner; a
 * failed answer is not kept, so the next caller asks again.
 */
export const oncePer = <T>(owner: object, key: string, look: () => Promise<T>): Promise<T> => {
  let asked = answers.get(owner)
  if (!asked) answers.set(owner, (asked = new Map()))
  const known = asked.get(key) as Promise<T> | undefined
  if (known) return known
  const answer = look()
  asked.set(key, answer)
  answer.catch(() => asked.delete(key))
  return answer
}
