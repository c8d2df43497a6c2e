import type { Id } from '../../base/ids'

/**
 * What a cached answer depends on. A public list of collection C for portal P depends on each of P's sources
 * (tenants/rules/inheritance.ts): C's items of unit U (`C@U`) or those of U marked for P's level (`C@U>level`);
 * without a portal, on all of C (`C@*`); an aggregate over the units below R on `C@R/below`; every item it
 * contains on `doc:C:id`; every answer on the units themselves (`units`), since they decide which portal a
 * request is for.
 */
export const UNITS_TAG = 'units'
export const docTag = (collection: string, id: Id) => `doc:${collection}:${id}`
export const anyTag = (collection: string) => `${collection}@*`
export const unitTag = (collection: string, unit: Id) => `${collection}@${unit}`
export const inheritedTag = (collection: string, ancestor: Id, level: string) => `${collection}@${ancestor}>${level}`
export const belowTag = (collection: string, root: Id) => `${collection}@${root}/below`
