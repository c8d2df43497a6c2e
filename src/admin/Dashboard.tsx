import type { CollectionSlug, Payload } from 'payload'
import React from 'react'

import { vietnamDateTime } from '../base/time/vietnamDay'
import { dashboardOf, type WorkItem } from './workQueue'

type Props = {
  payload: Payload
  user?: { collection?: string; id: number | string; isSuperAdmin?: boolean | null } | null
}

const labelOf = (payload: Payload, collection: CollectionSlug) => {
  const label = payload.collections[collection]?.config.labels.plural
  return typeof label === 'object' && label && 'vi' in label ? String(label.vi) : collection
}

const ItemList = ({ empty, items, payload }: { empty: string; items: WorkItem[]; payload: Payload }) =>
  items.length === 0 ? (
    <p className="portal-dashboard__empty">{empty}</p>
  ) : (
    <ul className="portal-dashboard__list">
      {items.map((item) => (
        <li key={`${item.collection}-${item.id}`}>
          <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
          <span className="portal-dashboard__meta">
            {labelOf(payload, item.collection)}
            {item.unit ? ` · ${item.unit}` : ''} · {vietnamDateTime(item.at)}
          </span>
        </li>
      ))}
    </ul>
  )

/**
 * The top of the admin dashboard: the work of the person's units (items waiting for approval, their items sent
 * back, scheduled publications, recent changes, counts), and for super-admins the units with most items waiting.
 */
export const Dashboard = async ({ payload, user }: Props) => {
  if (!user || user.collection !== 'users') return null
  const work = await dashboardOf(payload, user)
  return (
    <section className="portal-dashboard" aria-label="Công việc của tôi">
      <h2>Công việc của tôi</h2>
      <div className="portal-dashboard__grid">
        <div className="portal-dashboard__card">
          <h3>
            Chờ duyệt <span className="portal-dashboard__count">{work.waiting.length}</span>
          </h3>
          <ItemList empty="Không có mục nào chờ duyệt." items={work.waiting} payload={payload} />
        </div>
        <div className="portal-dashboard__card">
          <h3>
            Bị trả lại cho tôi <span className="portal-dashboard__count">{work.returned.length}</span>
          </h3>
          <ItemList empty="Không có mục nào bị trả lại." items={work.returned} payload={payload} />
        </div>
        <div className="portal-dashboard__card">
          <h3>
            Hẹn giờ <span className="portal-dashboard__count">{work.scheduled.length}</span>
          </h3>
          {work.scheduled.length === 0 ? (
            <p className="portal-dashboard__empty">Không có lịch xuất bản nào.</p>
          ) : (
            <ul className="portal-dashboard__list">
              {work.scheduled.map((item) => (
                <li key={`${item.collection}-${item.id}-${item.when}`}>
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>
                  <span className="portal-dashboard__meta">
                    {item.action === 'publish' ? 'Xuất bản' : 'Gỡ xuất bản'} lúc {vietnamDateTime(item.when)}
                    {item.unit ? ` · ${item.unit}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="portal-dashboard__card">
          <h3>Thay đổi gần đây</h3>
          <ItemList empty="Chưa có thay đổi nào." items={work.recent} payload={payload} />
        </div>
        <div className="portal-dashboard__card">
          <h3>Số lượng</h3>
          <ul className="portal-dashboard__list portal-dashboard__list--counts">
            {work.counts.map(({ collection, total }) => (
              <li key={collection}>
                <a href={`/admin/collections/${collection}`}>{labelOf(payload, collection)}</a>
                <span className="portal-dashboard__meta">{total.toLocaleString('vi-VN')}</span>
              </li>
            ))}
          </ul>
        </div>
        {user.isSuperAdmin ? (
          <div className="portal-dashboard__card">
            <h3>Đơn vị nhiều việc chờ duyệt nhất</h3>
            {work.busiestUnits.length === 0 ? (
              <p className="portal-dashboard__empty">Không đơn vị nào có mục chờ duyệt.</p>
            ) : (
              <ul className="portal-dashboard__list">
                {work.busiestUnits.map((unit) => (
                  <li key={unit.title}>
                    {unit.title}
                    <span className="portal-dashboard__meta">{unit.waiting} mục chờ duyệt</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </div>
    </section>
  )
}
