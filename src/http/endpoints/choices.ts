import type { Endpoint } from 'payload'

import { readyMadeChoices, usedChoices } from '../../fields/choices/readyMade'
import { CHOICE_LISTS, isChoiceList, mergeChoices } from '../../fields/choices/rules'
import { idParameterProblem } from '../../query/whereProblems'
import { refuse } from './refuse'

/**
 * `GET /api/choices/<list>?unit=<id>`: the values the admin panel offers for a field marked with a choice list
 * (src/plugins/choices.ts): the ready-made ones (for issuing bodies, the unit's own and its ancestors' first),
 * then those already typed elsewhere in the province. For signed-in staff; `fields` and `issuing-bodies`.
 */
export const choicesEndpoint: Endpoint = {
  method: 'get',
  path: '/choices/:list',
  handler: async (req) => {
    if (!req.user)
      return refuse(req, 401, {
        en: 'Sign in to see the ready-made choices.',
        vi: 'Cần đăng nhập để xem các lựa chọn có sẵn.',
      })
    const list = req.routeParams?.list
    if (!isChoiceList(list))
      return refuse(
        req,
        404,
        {
          en: `There is no choice list "${String(list).slice(0, 40)}"; the lists are ${CHOICE_LISTS.join(', ')}.`,
          vi: `Không có danh sách lựa chọn "${String(list).slice(0, 40)}"; các danh sách là ${CHOICE_LISTS.join(', ')}.`,
        },
        'list',
      )
    const unit = req.searchParams.get('unit') ?? undefined
    const badUnit = idParameterProblem(unit, {
      idType: req.payload.db.defaultIDType === 'number' ? 'number' : 'text',
      locales: [],
    })
    if (badUnit) return refuse(req, 400, badUnit.message, 'unit')
    const parsed = unit === undefined || req.payload.db.defaultIDType !== 'number' ? unit : Number(unit)
    const [readyMade, used] = await Promise.all([readyMadeChoices(req, list, parsed), usedChoices(req.payload, list)])
    return Response.json(
      { choices: mergeChoices(readyMade, used) },
      { headers: { 'cache-control': 'no-store, private' } },
    )
  },
}
