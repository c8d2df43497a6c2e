/** Vocabulary for generated Vietnamese content: what local government news, documents and contacts talk about. */
export const SUBJECTS = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Mặt trận Tổ quốc', 'Đoàn Thanh niên', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ',
  'Công an', 'Ban Chỉ huy Quân sự', 'Trạm Y tế', 'Trường Tiểu học', 'Hợp tác xã', 'Bộ phận Một cửa',
]
export const ACTIONS = [
  'tổ chức', 'triển khai', 'tổng kết', 'phát động', 'kiểm tra', 'hướng dẫn', 'tuyên truyền', 'khánh thành', 'ra mắt', 'đẩy mạnh',
]
export const TOPICS = [
  'chuyển đổi số', 'xây dựng nông thôn mới', 'cải cách hành chính', 'phòng chống dịch bệnh', 'an toàn giao thông',
  'đăng ký kết hôn', 'cấp giấy khai sinh', 'chứng thực bản sao', 'phòng chống hạn mặn', 'trồng cây ăn trái',
  'hỗ trợ hộ nghèo', 'bảo hiểm y tế', 'dịch vụ công trực tuyến', 'an ninh trật tự', 'bầu cử', 'phổ biến pháp luật',
  'khuyến nông', 'du lịch sinh thái', 'vệ sinh môi trường', 'giáo dục mầm non',
]
export const TIMES = ['năm 2022', 'năm 2023', 'năm 2024', 'năm 2025', 'năm 2026', 'quý I', 'quý II', '6 tháng đầu năm', 'tháng 12']
export const SENTENCES = [
  'Tham dự có đại diện lãnh đạo các ban, ngành, đoàn thể và đông đảo người dân trên địa bàn.',
  'Qua đó góp phần nâng cao nhận thức của cán bộ, đảng viên và nhân dân.',
  'Đơn vị đã hoàn thành vượt chỉ tiêu đề ra, được cấp trên đánh giá cao.',
  'Người dân có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.',
  'Thời gian giải quyết hồ sơ được rút ngắn so với quy định.',
  'Ban tổ chức đã trao giấy khen cho các tập thể và cá nhân có thành tích xuất sắc.',
  'Chương trình nhận được sự hưởng ứng tích cực của bà con nông dân.',
  'Địa phương tiếp tục rà soát, bổ sung kế hoạch thực hiện trong thời gian tới.',
]
export const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Giáo dục', 'Y tế', 'Lao động', 'Nông nghiệp', 'Tư pháp', 'Môi trường']
export const CATEGORIES = ['Tin hoạt động', 'Chuyển đổi số', 'Nông thôn mới', 'Cải cách hành chính', 'Văn hóa – Xã hội']
export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
export const GIVEN_NAMES = ['Văn An', 'Thị Bình', 'Minh Châu', 'Quốc Dũng', 'Thị Hoa', 'Hữu Lộc', 'Thanh Tâm', 'Ngọc Trâm', 'Đức Thắng', 'Thị Yến']
export const POSITIONS = ['Chủ tịch', 'Phó Chủ tịch', 'Công chức Văn phòng – Thống kê', 'Công chức Tư pháp – Hộ tịch', 'Công chức Địa chính', 'Công chức Văn hóa – Xã hội']
