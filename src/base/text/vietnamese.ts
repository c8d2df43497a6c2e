/**
 * Vietnamese text rules used everywhere: text is stored in NFC, and keys that must be ASCII (slugs, domain
 * labels, search keys) fold diacritics. Unicode decomposition strips tones and vowel marks but leaves đ/Đ
 * alone (it is a letter of its own, not d plus a mark), so it is mapped explicitly.
 */

/** Canonical composed form; input may arrive decomposed (macOS, some keyboards) or mixed. */
export const toNfc = (text: string): string => text.normalize('NFC')

/** "Đăng ký kết hôn" → "Dang ky ket hon". */
export const foldDiacritics = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')

/** "Phường 1, TP. Mỹ Tho" → "phuong-1-tp-my-tho": lowercase ASCII words joined by hyphens. */
export const slugify = (text: string): string =>
  foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/** "Sở Tư pháp" → "sotuphap": a DNS label (letters and digits only), as Decree 224 Art. 11 spells domains. */
export const domainLabel = (text: string): string => slugify(text).replace(/-/g, '')

/** The key search compares against: folded, lowercase, single spaces. "  ĐĂNG  Ký " → "dang ky". */
export const searchKey = (text: string): string =>
  foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
