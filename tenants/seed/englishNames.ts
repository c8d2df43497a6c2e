import { foldDiacritics } from '../../src/base/text/vietnamese'

/** Department names in English, as the province's agencies title themselves in English. */
export const DEPARTMENT_NAMES_EN: Record<string, string> = {
  'bql-khu-cong-nghiep': 'Industrial Zones Management Board',
  'so-cong-thuong': 'Department of Industry and Trade',
  'so-giao-duc-dao-tao': 'Department of Education and Training',
  'so-giao-thong-van-tai': 'Department of Transport',
  'so-ke-hoach-dau-tu': 'Department of Planning and Investment',
  'so-khoa-hoc-cong-nghe': 'Department of Science and Technology',
  'so-lao-dong-tbxh': 'Department of Labour, Invalids and Social Affairs',
  'so-noi-vu': 'Department of Home Affairs',
  'so-nong-nghiep-ptnt': 'Department of Agriculture and Rural Development',
  'so-tai-chinh': 'Department of Finance',
  'so-tai-nguyen-moi-truong': 'Department of Natural Resources and Environment',
  'so-thong-tin-truyen-thong': 'Department of Information and Communications',
  'so-tu-phap': 'Department of Justice',
  'so-van-hoa-the-thao-du-lich': 'Department of Culture, Sports and Tourism',
  'so-xay-dung': 'Department of Construction',
  'so-y-te': 'Department of Health',
  'thanh-tra-tinh': 'Provincial Inspectorate',
  'vp-ubnd': 'Office of the Provincial People’s Committee',
}

/** Administrative types and how English writes them: the type follows the proper name ("Cai Be District"). */
const TYPES: Array<[RegExp, string]> = [
  [/^Tỉnh /u, 'Province'],
  [/^Thành phố /u, 'City'],
  [/^Thị xã /u, 'Town'],
  [/^Huyện /u, 'District'],
  [/^Thị trấn /u, 'Township'],
  [/^Phường /u, 'Ward'],
  [/^Xã /u, 'Commune'],
]

/** "Huyện Cái Bè" → "Cai Be District"; "Phường 1" → "Ward 1" (numbered wards keep the type first). */
export const englishUnitName = (name: string): string => {
  for (const [prefix, type] of TYPES) {
    if (!prefix.test(name)) continue
    const proper = foldDiacritics(name.replace(prefix, ''))
    return /^\d+$/.test(proper) ? `${type} ${proper}` : `${proper} ${type}`
  }
  return foldDiacritics(name)
}
