'use client'

import { ConfirmPasswordField, Form, FormSubmit, HiddenField, PasswordField } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

/**
 * The password form of the welcome page: Payload's reset-password endpoint, which also signs the person in. The
 * button is enabled once the form runs in the browser: a click on the server-rendered page before that (a slow
 * phone, a loaded machine) did nothing, and the person waited for a dashboard that never came.
 */
export const WelcomeForm = ({ token }: { token: string }) => {
  const [running, setRunning] = useState(false)
  useEffect(() => setRunning(true), [])
  return (
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
      <FormSubmit disabled={!running} size="large">
        Đặt mật khẩu và bắt đầu
      </FormSubmit>
    </Form>
  )
}
