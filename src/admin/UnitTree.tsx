import type { Payload } from 'payload'
import React from 'react'

import { type TreeNode, type TreeUnit, unitTree } from './unitTree'

type Props = { payload: Payload; user?: { collection?: string; id: number | string } | null }

const STATUS_NOTE: Record<string, string> = { dissolved: ' · đã giải thể', merged: ' · đã sáp nhập' }

const Branch = ({ node }: { node: TreeNode }) => {
  const link = (
    <a href={`/admin/collections/units/${node.id}`}>
      {node.title}
      {STATUS_NOTE[node.status ?? ''] ?? ''}
    </a>
  )
  if (node.children.length === 0) return <li>{link}</li>
  return (
    <li>
      <details open={node.level === 'province'}>
        <summary>
          {link} <span className="portal-tree__count">({node.children.length})</span>
        </summary>
        <ul>
          {node.children.map((child) => (
            <Branch key={String(child.id)} node={child} />
          ))}
        </ul>
      </details>
    </li>
  )
}

/** Above the units list: the units as a tree (province → departments and districts → communes), folded by district. */
export const UnitTree = async ({ payload, user }: Props) => {
  if (!user) return null
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    overrideAccess: false,
    pagination: false,
    select: { code: true, level: true, parent: true, status: true, title: true },
    user,
  })
  const roots = unitTree(docs as unknown as TreeUnit[])
  return (
    <details className="portal-tree">
      <summary>Cây đơn vị ({docs.length} đơn vị)</summary>
      <ul>
        {roots.map((node) => (
          <Branch key={String(node.id)} node={node} />
        ))}
      </ul>
    </details>
  )
}
