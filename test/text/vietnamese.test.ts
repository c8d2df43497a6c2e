import { domainLabel, foldDiacritics, searchKey, slugify, toNfc } from '../../src/base/text/vietnamese'

describe('Vietnamese text', () => {
  it('stores NFC whatever form arrives', () => {
    const decomposed = 'Tiền Giang'.normalize('NFD')
    expect(decomposed).not.toBe('Tiền Giang')
    expect(toNfc(decomposed)).toBe('Tiền Giang')
  })

  it('folds every tone and vowel mark, and đ/Đ to d/D', () => {
    expect(foldDiacritics('Đăng ký kết hôn')).toBe('Dang ky ket hon')
    expect(foldDiacritics('ĐỒNG THÁP đồng tháp')).toBe('DONG THAP dong thap')
    expect(foldDiacritics('ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ')).toBe(
      'aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy',
    )
    expect(foldDiacritics('Đăng ký'.normalize('NFD'))).toBe('Dang ky')
  })

  it('makes slugs, domain labels and search keys', () => {
    expect(slugify('Phường 1, TP. Mỹ Tho')).toBe('phuong-1-tp-my-tho')
    expect(slugify('Sở Lao động - Thương binh và Xã hội')).toBe('so-lao-dong-thuong-binh-va-xa-hoi')
    expect(slugify('  --Đ--  ')).toBe('d')
    expect(domainLabel('Sở Tư pháp')).toBe('sotuphap')
    expect(domainLabel('Tiền Giang')).toBe('tiengiang')
    expect(searchKey('  ĐĂNG  Ký, kết-hôn ')).toBe('dang ky ket hon')
    expect(searchKey('dang ky ket hon')).toBe(searchKey('Đăng ký kết hôn'))
  })
})
