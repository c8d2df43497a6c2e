import type { AdminViewServerProps } from 'payload'
import { MinimalTemplate } from '@payloadcms/next/templates'
import React from 'react'

import { WelcomeForm } from './WelcomeForm'

/**
 * The page an invitation's link opens (/admin/welcome/<token>): a welcome, not Payload's "reset password" page,
 * where the invited person chooses their password and is signed in. Public, as the link is the credential.
 */
export const WelcomeView = ({ initPageResult, params }: AdminViewServerProps) => {
  const segments = ((params as { segments?: string[] } | undefined)?.segments ?? []) as string[]
  const token = segments[1] ?? ''
  const signedIn = Boolean(initPageResult.req.user)
  return (
    <MinimalTemplate>
      <h1>Chào mừng bạn đến với hệ thống quản trị cổng thông tin điện tử</h1>
      {signedIn ? (
        <p>
          Bạn đang đăng nhập. <a href="/admin">Về trang quản trị</a>
        </p>
      ) : token ? (
        <>
          <p>Hãy chọn mật khẩu để bắt đầu làm việc. Liên kết này chỉ dùng được một lần.</p>
          <WelcomeForm token={token} />
        </>
      ) : (
        <p>Liên kết mời không đầy đủ. Hãy mở lại liên kết trong thư mời, hoặc nhờ quản trị đơn vị gửi lời mời mới.</p>
      )}
    </MinimalTemplate>
  )
}
