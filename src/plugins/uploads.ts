import path from 'node:path'

import type { Plugin } from 'payload'

import { eachCollection } from './edit'

/** Every upload collection keeps its files in its own folder under UPLOADS_DIR. */
export const uploadsUnder = (uploadsDir: string): Plugin =>
  eachCollection((collection) =>
    collection.upload
      ? {
          ...collection,
          upload: {
            ...(collection.upload === true ? {} : collection.upload),
            staticDir: path.join(uploadsDir, collection.slug),
          },
        }
      : collection,
  )
