/**
 * Payload's Vietnamese error messages, rewritten: its own say "Field", "Token" and "Collection", begin with
 * "Lỗi -", and mistranslate ("vấn để"). These replace them in the admin panel and in every API answer (Payload
 * words its errors in the request's language: Vietnamese unless the client asks for English).
 */
export const vietnameseErrors = {
  accountAlreadyActivated: 'Tài khoản này đã được kích hoạt.',
  autosaving: 'Không tự động lưu được tài liệu này.',
  correctInvalidFields: 'Vui lòng sửa các trường chưa hợp lệ.',
  deletingFile: 'Không xóa được tệp.',
  deletingTitle: 'Không xóa được {{title}}. Vui lòng kiểm tra kết nối mạng và thử lại.',
  emailOrPasswordIncorrect: 'Email hoặc mật khẩu không đúng.',
  followingFieldsInvalid_one: 'Trường sau chưa hợp lệ:',
  followingFieldsInvalid_other: 'Các trường sau chưa hợp lệ:',
  incorrectCollection: 'Sai loại nội dung.',
  invalidFileType: 'Định dạng tệp không được chấp nhận.',
  invalidFileTypeValue: 'Định dạng tệp không được chấp nhận: {{value}}.',
  invalidRequestArgs: 'Tham số của yêu cầu không hợp lệ: {{args}}',
  loadingDocument: 'Không tải được tài liệu có mã {{id}}.',
  missingEmail: 'Thiếu địa chỉ email.',
  missingIDOfDocument: 'Thiếu mã của tài liệu cần cập nhật.',
  missingIDOfVersion: 'Thiếu mã của phiên bản.',
  missingRequiredData: 'Thiếu dữ liệu bắt buộc.',
  noFilesUploaded: 'Chưa có tệp nào được tải lên.',
  noMatchedField: 'Không tìm thấy trường nào khớp với "{{label}}".',
  notAllowedToAccessPage: 'Bạn không có quyền truy cập trang này.',
  notAllowedToPerformAction: 'Bạn không có quyền thực hiện thao tác này.',
  notFound: 'Không tìm thấy nội dung được yêu cầu.',
  noUser: 'Yêu cầu thiếu thông tin người dùng.',
  previewing: 'Không xem trước được tài liệu này.',
  problemUploadingFile: 'Không tải lên được tệp.',
  tokenInvalidOrExpired: 'Mã xác thực (token) không hợp lệ hoặc đã hết hạn.',
  tokenNotProvided: 'Thiếu mã xác thực (token).',
  unauthorized: 'Bạn cần đăng nhập để thực hiện thao tác này.',
  unauthorizedAdmin: 'Tài khoản này không được truy cập trang quản trị.',
  unknown: 'Đã xảy ra lỗi không xác định.',
  unPublishingDocument: 'Không gỡ xuất bản được tài liệu này.',
  unspecific: 'Đã xảy ra lỗi.',
  userLocked: 'Tài khoản tạm bị khóa do đăng nhập sai quá nhiều lần.',
  valueMustBeUnique: 'Giá trị này đã được dùng, hãy chọn giá trị khác.',
  verificationTokenInvalid: 'Mã xác thực không hợp lệ.',
}

/**
 * The rest of Payload's Vietnamese that the panel shows in English or poorly: "Collections" (the navigation
 * heading), "Menu", yes/no as "Đúng"/"Sai", "Field này…", "Chọn một Collection". Kept with the error messages above
 * as the one place the panel's wording is corrected; `test/browser/vietnameseEverywhere.test.ts` finds what is left.
 */
export const vietnameseInterface = {
  authentication: {
    emailNotValid: 'Địa chỉ thư điện tử không hợp lệ',
    emailOrUsername: 'Thư điện tử hoặc tên đăng nhập',
    emailSent: 'Đã gửi thư',
    emailVerified: 'Đã xác minh địa chỉ thư điện tử.',
    resetPassword: 'Đặt lại mật khẩu',
  },
  general: {
    collections: 'Danh mục',
    email: 'Thư điện tử',
    emailAddress: 'Địa chỉ thư điện tử',
    false: 'Không',
    menu: 'Trình đơn',
    noResults: 'Chưa có {{label}} nào, hoặc không có mục nào khớp với bộ lọc hiện tại.',
    true: 'Có',
  },
  upload: { selectCollectionToBrowse: 'Chọn loại tệp để duyệt' },
  version: { preview: 'Xem trước' },
  validation: {
    fieldHasNo: 'Trường này không có: {{label}}',
    invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
    invalidSelections: 'Trường này có những lựa chọn không hợp lệ:',
    validUploadID: 'Trường này không chứa mã tệp hợp lệ.',
  },
}
