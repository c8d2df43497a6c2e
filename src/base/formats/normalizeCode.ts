/**
 * How codes and document numbers are written before they are checked and stored: NFC, upper case, no spaces at
 * the ends or around `/`, `.` and `-` (`224 / 2026 / nđ-cp` → `224/2026/NĐ-CP`). A space inside a symbol stays
 * and makes it invalid, since `QĐ UBND` is not `QĐ-UBND`.
 */
export const normalizeCodeText = (value: string): string =>
  value
    .normalize('NFC')
    .trim()
    .replace(/\s*([/.-])\s*/g, '$1')
    .toUpperCase()
