'use client'

import { ConfirmPasswordField, Form, FormSubmit, HiddenField, PasswordField } from '@payloadcms/ui'
import React from 'react'

/** The password form of the welcome page: Payload's reset-password endpoint, which also signs the person in. */
export const WelcomeForm = ({ token }: { token: string }) => (
  <Form
    action="/api/users/reset-password"
    initialState={{
      'confirm-password': { initialValue: '', valid: false, value: '' },
      password: { initialValue: '', valid: false, value: '' },
      token: { initialValue: token, valid: true, value: token },
    }}
    method="POST"
    onSuccess={() => {
      window.location.assign('/admin')
    }}
  >
    <div className="inputWrap">
      <PasswordField
        field={{ name: 'password', label: 'Mật khẩu của bạn', required: true }}
        path="password"
        schemaPath="users.password"
      />
      <ConfirmPasswordField />
      <HiddenField path="token" schemaPath="users.token" value={token} />
    </div>
    <FormSubmit size="large">Đặt mật khẩu và bắt đầu</FormSubmit>
  </Form>
)
