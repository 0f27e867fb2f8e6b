/**
 * Stable error codes for the API. Programs branch on `code`; people read `message` (Vietnamese).
 * The HTTP status lives next to the code so the server never guesses it.
 */
export const ERRORS = {
  VALIDATION_FAILED: {
    status: 400,
    message: 'Dữ liệu không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
  },
  BAD_JSON: { status: 400, message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
  BODY_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên quá lớn.' },
  BAD_URL: { status: 400, message: 'Địa chỉ không hợp lệ.' },
  UPLOAD_MALFORMED: { status: 400, message: 'Tệp gửi lên không đúng định dạng (multipart/form-data).' },
  DATA_OUT_OF_RANGE: { status: 400, message: 'Có giá trị vượt quá giới hạn cho phép hoặc không lưu được.' },
  REFERENCE_CONFLICT: {
    status: 409,
    message: 'Dữ liệu đang được dùng ở nơi khác hoặc tham chiếu tới dữ liệu không tồn tại.',
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Định dạng dữ liệu gửi lên không được hỗ trợ.' },
  AUTH_REQUIRED: { status: 401, message: 'Vui lòng đăng nhập.' },
  AUTH_SESSION_EXPIRED: { status: 401, message: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  AUTH_RATE_LIMITED: { status: 429, message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.' },
  AUTH_WRONG_PASSWORD: { status: 400, message: 'Mật khẩu hiện tại không đúng.' },
  AUTH_WEAK_PASSWORD: { status: 400, message: 'Mật khẩu mới chưa đủ mạnh.' },
  CSRF_FAILED: {
    status: 403,
    message: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
  },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không có địa chỉ API này.' },
  CONFLICT_STALE: {
    status: 409,
    message: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
  },
  ORG_UNIT_CODE_TAKEN: { status: 409, message: 'Mã đơn vị đã tồn tại.' },
  ORG_UNIT_MOVE_INTO_OWN_SUBTREE: {
    status: 409,
    message: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.',
  },
  ORG_UNIT_PARENT_INACTIVE: { status: 409, message: 'Đơn vị cấp trên đang ngừng hoạt động.' },
  ORG_UNIT_HAS_ACTIVE_CHILDREN: {
    status: 409,
    message: 'Đơn vị còn đơn vị trực thuộc đang hoạt động. Hãy ngừng hoạt động các đơn vị đó trước.',
  },
  ORG_UNIT_HAS_DATA: {
    status: 409,
    message: 'Đơn vị đã có dữ liệu nên không thể xoá. Hãy chuyển sang trạng thái ngừng hoạt động.',
  },
  ORG_UNIT_ROOT_IMMUTABLE: { status: 409, message: 'Không thể chuyển hoặc ngừng hoạt động đơn vị gốc.' },
  USER_USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập đã tồn tại.' },
  USER_ROLE_DUPLICATE: { status: 409, message: 'Người dùng đã có vai trò này tại đơn vị này.' },
  USER_CANNOT_DEACTIVATE_SELF: { status: 409, message: 'Không thể tự khoá tài khoản của chính mình.' },
  CAMPAIGN_CLOSED: { status: 409, message: 'Đợt thi đua đã kết thúc nên không thể sửa.' },
  CAMPAIGN_BAD_TRANSITION: {
    status: 409,
    message: 'Không thể chuyển đợt thi đua sang trạng thái này từ trạng thái hiện tại.',
  },
  CAMPAIGN_CYCLE: {
    status: 409,
    message: 'Đợt thi đua cấp trên không thể là chính nó hoặc một đợt cấp dưới của nó.',
  },
  CAMPAIGN_PARENT_SCOPE: {
    status: 409,
    message: 'Đơn vị phát động phải là đơn vị ban hành đợt thi đua cấp trên hoặc đơn vị trực thuộc.',
  },
  CAMPAIGN_DATES: { status: 400, message: 'Thời gian của đợt thi đua không hợp lệ.' },
  CAMPAIGN_NOT_READY: { status: 409, message: 'Đợt thi đua chưa đủ thông tin để phát động.' },
  INDICATOR_CODE_TAKEN: { status: 409, message: 'Mã chỉ tiêu đã có trong đợt thi đua này.' },
  INDICATOR_TARGET_INVALID: {
    status: 400,
    message: 'Chỉ tiêu không hợp lệ với loại và chiều đánh giá đã chọn.',
  },
  INDICATOR_PARENT_OTHER_CAMPAIGN: { status: 409, message: 'Chỉ tiêu cha phải thuộc cùng đợt thi đua.' },
  INDICATOR_CYCLE: { status: 409, message: 'Chỉ tiêu cha không thể là chính nó hoặc chỉ tiêu con của nó.' },
  INDICATOR_CHILDREN_EXCEED: { status: 409, message: 'Tổng các chỉ tiêu con không khớp với chỉ tiêu cha.' },
  INDICATOR_LINK_INVALID: {
    status: 409,
    message: 'Liên kết tới chỉ tiêu của đợt thi đua cấp trên không hợp lệ.',
  },
  INDICATOR_UNIT_OUTSIDE_SCOPE: {
    status: 409,
    message: 'Đơn vị được chọn không thuộc đơn vị phát động đợt thi đua.',
  },
  INDICATOR_DELETE_LAUNCHED: {
    status: 409,
    message:
      'Đợt thi đua đã phát động: không xoá chỉ tiêu (có thể đã có số liệu). Hãy sửa hoặc đặt trọng số 0.',
  },
  INDICATOR_HAS_CHILDREN: {
    status: 409,
    message: 'Chỉ tiêu còn chỉ tiêu con. Hãy xoá hoặc chuyển các chỉ tiêu con trước.',
  },
  PLAN_IMPORT_EMPTY: { status: 400, message: 'Tệp trống hoặc không có nội dung văn bản.' },
  PLAN_IMPORT_NOT_A_PLAN: {
    status: 422,
    message:
      'Không nhận ra kế hoạch: văn bản không có tiêu đề Kế hoạch/Báo cáo, số ký hiệu hay chỉ tiêu định lượng nào.',
  },
  PLAN_IMPORT_TOO_LARGE: { status: 413, message: 'Tệp quá lớn. Dung lượng tối đa là 20 MB.' },
  PLAN_IMPORT_CORRUPT: {
    status: 422,
    message: 'Tệp bị hỏng hoặc không đúng định dạng nên không đọc được. Hãy mở lại bằng Word và lưu lại.',
  },
  PLAN_IMPORT_ENCRYPTED: {
    status: 422,
    message: 'Tệp có mật khẩu bảo vệ. Hãy gỡ mật khẩu rồi tải lên lại.',
  },
  PLAN_IMPORT_NO_TEXT_LAYER: {
    status: 422,
    message:
      'Tệp PDF là bản quét (chỉ có ảnh), không có lớp chữ để đọc. Hãy tải lên bản Word (.docx) hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) trước.',
  },
  PLAN_IMPORT_UNSUPPORTED_TYPE: {
    status: 415,
    message: 'Định dạng tệp chưa được hỗ trợ. Hãy tải lên tệp .docx, .pdf hoặc .txt.',
  },
  PLAN_IMPORT_NO_FILE: { status: 400, message: 'Chưa chọn tệp kế hoạch để tải lên.' },
  CAMPAIGN_NOT_LAUNCHED: {
    status: 409,
    message: 'Đợt thi đua chưa phát động (hoặc đã kết thúc) nên chưa nhận báo cáo.',
  },
  REPORT_PERIOD_UNKNOWN: { status: 400, message: 'Kỳ báo cáo không thuộc thời gian của đợt thi đua.' },
  REPORT_UNIT_NOT_ASSIGNED: {
    status: 400,
    message: 'Đơn vị không được giao chỉ tiêu nào trong đợt thi đua này.',
  },
  REPORT_VALUE_INVALID: {
    status: 400,
    message: 'Có số liệu không hợp lệ. Vui lòng sửa các ô được đánh dấu.',
  },
  REPORT_LOCKED: {
    status: 409,
    message: 'Báo cáo đã gửi hoặc đã được duyệt nên không sửa được. Cần Văn phòng trả lại hoặc mở lại.',
  },
  REPORT_INCOMPLETE: { status: 422, message: 'Báo cáo chưa đủ để gửi. Vui lòng bổ sung các mục còn thiếu.' },
  REPORT_BAD_TRANSITION: {
    status: 409,
    message: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của báo cáo.',
  },
  REPORT_COMMENT_REQUIRED: { status: 400, message: 'Vui lòng nhập lý do.' },
  EVIDENCE_NO_FILE: { status: 400, message: 'Chưa chọn tệp minh chứng.' },
  EVIDENCE_TOO_LARGE: { status: 413, message: 'Tệp minh chứng quá lớn. Dung lượng tối đa là 20 MB.' },
  EVIDENCE_TYPE: {
    status: 415,
    message:
      'Tệp minh chứng phải là PDF, ảnh (JPG, PNG) hoặc tệp Office (Word, Excel), đúng với phần mở rộng của tên tệp.',
  },
  EVIDENCE_CORRUPT: {
    status: 500,
    message: 'Tệp minh chứng đã lưu không còn nguyên vẹn (sai mã kiểm tra). Hãy báo quản trị viên.',
  },
  EXCEL_NO_FILE: { status: 400, message: 'Chưa chọn tệp Excel.' },
  EXCEL_TOO_LARGE: { status: 413, message: 'Tệp Excel quá lớn. Dung lượng tối đa là 10 MB.' },
  EXCEL_NOT_XLSX: {
    status: 415,
    message:
      'Tệp không phải Excel (.xlsx) hoặc bị hỏng. Hãy tải mẫu của hệ thống, nhập số liệu rồi lưu dạng .xlsx.',
  },
  EXCEL_WRONG_TEMPLATE: {
    status: 422,
    message:
      'Tệp Excel không theo mẫu báo cáo của hệ thống (không tìm thấy bảng số liệu có cột Mã chỉ tiêu và Giá trị).',
  },
  EXCEL_WRONG_REPORT: {
    status: 422,
    message: 'Tệp Excel này là mẫu của báo cáo khác (đơn vị hoặc kỳ khác). Hãy tải mẫu của đúng báo cáo này.',
  },
  EVALUATION_REASON_REQUIRED: { status: 400, message: 'Vui lòng ghi lý do khi chấm điểm.' },
  EVALUATION_NO_UNIT: {
    status: 404,
    message: 'Tài khoản của bạn không gắn với đơn vị nào được giao chỉ tiêu trong đợt thi đua này.',
  },
  DOCUMENT_PARAM_REQUIRED: {
    status: 400,
    message: 'Chưa chọn đủ thông tin cho văn bản (kỳ báo cáo, đơn vị, phiên họp hoặc quyết định).',
  },
  DOCUMENT_FORMAT_UNSUPPORTED: {
    status: 400,
    message: 'Văn bản này không xuất được theo định dạng đã chọn.',
  },
  DOCUMENT_KIND_MISMATCH: {
    status: 400,
    message: 'Văn bản đã chọn không đúng loại (quyết định và tờ trình là hai loại khác nhau).',
  },
  DOCUMENT_NOT_READY: { status: 409, message: 'Tệp chưa tạo xong. Vui lòng chờ trong giây lát.' },
  DOCUMENT_EXPORT_FAILED: {
    status: 409,
    message: 'Không tạo được tệp. Xem lý do trong danh sách xuất văn bản.',
  },
  DOCUMENT_UNKNOWN_SECTION: { status: 400, message: 'Văn bản không có phần nội dung này.' },
  NOMINATION_DUPLICATE: {
    status: 409,
    message:
      'Đối tượng này đã được đề nghị khen thưởng cho cùng thành tích trong đợt thi đua. Một thành tích chỉ được khen một lần.',
  },
  NOMINATION_NOT_ELIGIBLE: {
    status: 422,
    message: 'Đối tượng chưa đủ điều kiện cho hình thức khen thưởng này. Xem các tiêu chí chưa đạt.',
  },
  NOMINATION_LOCKED: {
    status: 409,
    message: 'Hồ sơ đề nghị đã được thẩm định hoặc đang xét tại Hội đồng, không sửa được nữa.',
  },
  NOMINATION_BAD_TRANSITION: {
    status: 409,
    message: 'Hồ sơ đề nghị không ở trạng thái cho phép thao tác này.',
  },
  NOMINATION_DOSSIER_INCOMPLETE: {
    status: 422,
    message: 'Hồ sơ chưa đầy đủ: còn tiêu chí chưa kiểm tra hoặc chưa đạt.',
  },
  AWARD_NOT_IN_FORCE: {
    status: 400,
    message: 'Hình thức khen thưởng này không còn (hoặc chưa) có hiệu lực.',
  },
  COUNCIL_CLOSED: {
    status: 409,
    message: 'Phiên họp Hội đồng đã kết thúc, không bỏ phiếu hoặc sửa được nữa.',
  },
  COUNCIL_ALREADY_VOTED: { status: 409, message: 'Thành viên đã bỏ phiếu trong phiên họp này.' },
  COUNCIL_NOT_MEMBER: { status: 403, message: 'Bạn không phải thành viên của phiên họp Hội đồng này.' },
  COUNCIL_NOT_PRESENT: {
    status: 409,
    message: 'Thành viên vắng mặt không có phiếu bằng văn bản, không thể bỏ phiếu.',
  },
  COUNCIL_NO_QUORUM: {
    status: 422,
    message: 'Không đủ số thành viên tham dự theo quy định, phiên họp không có kết quả.',
  },
  DISCLOSURE_CLOSED: { status: 409, message: 'Đã hết thời gian (hoặc chưa đến thời gian) tiếp nhận ý kiến.' },
  OBJECTION_RESOLVED: { status: 409, message: 'Ý kiến này đã được giải quyết.' },
  RATE_LIMITED: { status: 429, message: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' },
  NOMINATION_NOT_DISCLOSED: {
    status: 409,
    message: 'Hồ sơ chưa được công khai lấy ý kiến, chưa thể ra quyết định.',
  },
  DISCLOSURE_NOT_ENDED: { status: 409, message: 'Chưa hết thời gian công khai lấy ý kiến.' },
  NOMINATION_UNDER_OBJECTION: {
    status: 409,
    message: 'Còn ý kiến phản ánh chưa được giải quyết về người (tập thể) được đề nghị.',
  },
  DECISION_NUMBER_TAKEN: { status: 409, message: 'Số văn bản này đã được dùng trong đợt thi đua.' },
  CERTIFICATE_NOT_AVAILABLE: {
    status: 409,
    message: 'Chỉ in Giấy khen cho hồ sơ đã có quyết định khen thưởng của Chủ tịch UBND phường.',
  },
  SCHEDULE_INVALID: { status: 400, message: 'Lịch tiến độ không hợp lệ. Vui lòng sửa các kỳ được đánh dấu.' },
  // --- city level and public portal (issue 9) ---------------------------------------------------------------
  PERIOD_LOCKED_UPWARD: {
    status: 409,
    message: 'Kỳ báo cáo này đã gửi lên cấp trên nên số liệu của các đơn vị đang bị khóa.',
  },
  UPWARD_NO_PARENT: {
    status: 409,
    message: 'Đợt thi đua này không thực hiện kế hoạch nào của cấp trên nên không có báo cáo gửi lên.',
  },
  UPWARD_REVIEWS_PENDING: {
    status: 409,
    message: 'Còn báo cáo của đơn vị đang chờ duyệt. Hãy duyệt hoặc trả lại trước khi gửi lên cấp trên.',
  },
  UPWARD_UNITS_MISSING: {
    status: 422,
    message: 'Còn đơn vị chưa có báo cáo được duyệt. Nêu lý do nếu vẫn gửi báo cáo tổng hợp.',
  },
  UPWARD_BAD_TRANSITION: {
    status: 409,
    message: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của báo cáo tổng hợp.',
  },
  UPWARD_REASON_REQUIRED: { status: 400, message: 'Vui lòng nhập lý do trả lại báo cáo tổng hợp.' },
  UPWARD_PERIOD_UNKNOWN: { status: 400, message: 'Kỳ báo cáo không thuộc đợt thi đua này.' },
  CITY_CAMPAIGN_REQUIRED: {
    status: 400,
    message: 'Bảng điều khiển cấp thành phố chỉ dùng cho đợt thi đua có các phường thực hiện.',
  },
  PUBLIC_INDICATOR_UNKNOWN: { status: 400, message: 'Có chỉ tiêu công khai không thuộc đợt thi đua này.' },
  PUBLIC_NOT_FOUND: { status: 404, message: 'Không tìm thấy nội dung công khai này.' },
  // --- exchange (CSV / JSON data values, issue 9) -------------------------------------------------------------
  EXCHANGE_ROWS_INVALID: {
    status: 400,
    message: 'Có dòng số liệu không hợp lệ nên không dòng nào được lưu. Xem lỗi của từng dòng.',
  },
  EXCHANGE_CSV_MALFORMED: {
    status: 400,
    message:
      'Tệp CSV không đúng định dạng: cần mã UTF-8, dòng tiêu đề có các cột period, unit, indicator và dấu phân cách "," hoặc ";".',
  },
  EXCHANGE_EMPTY: { status: 400, message: 'Tệp gửi lên không có dòng số liệu nào.' },
  EXCHANGE_TOO_MANY_ROWS: {
    status: 413,
    message: 'Tệp có quá nhiều dòng số liệu; hãy chia thành nhiều tệp.',
  },
  INTERNAL: {
    status: 500,
    message: 'Hệ thống gặp lỗi. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** One field problem: `path` is the dotted location in the request (e.g. `body.code`). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: FieldIssue[] };
}

/** True when a value looks like our error body (used by the web client). */
export function isErrorBody(v: unknown): v is ErrorBody {
  return (
    typeof v === 'object' &&
    v !== null &&
    'error' in v &&
    typeof (v as { error: unknown }).error === 'object' &&
    typeof (v as ErrorBody).error?.code === 'string'
  );
}
