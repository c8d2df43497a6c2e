import { declare, systemWide } from '../../src/declaration'

const nobody = () => false

/**
 * The writes made with an `Idempotency-Key` header (src/idempotency): the key, who sent it, what request it was,
 * the document it wrote (recorded in the write's own transaction, so a committed write always has its record)
 * and, once answered, the answer itself, replayed to a retry. Kept IDEMPOTENCY_TTL_HOURS; only the system reads
 * and writes them.
 */
export const IdempotencyKeys = declare(systemWide({ audit: false, public: false }), {
  slug: 'idempotency-keys',
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  graphQL: false,
  labels: {
    plural: { en: 'Idempotency keys', vi: 'Khóa chống ghi trùng' },
    singular: { en: 'Idempotency key', vi: 'Khóa chống ghi trùng' },
  },
  fields: [
    { name: 'key', type: 'text', index: true, maxLength: 200, required: true, unique: true },
    { name: 'requester', type: 'text', required: true },
    { name: 'fingerprint', type: 'text', required: true },
    { name: 'operation', type: 'text', required: true },
    { name: 'documentCollection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'status', type: 'number' },
    { name: 'contentType', type: 'text' },
    { name: 'response', type: 'textarea' },
    { name: 'expiresAt', type: 'date', index: true, required: true },
  ],
})
