// One error module: stable codes → HTTP status and a Vietnamese and an English message.
export type Language = 'vi' | 'en';
export interface Localized {
  vi: string;
  en: string;
}

const catalogue = {
  VALIDATION: { status: 400, vi: 'Dữ liệu không hợp lệ.', en: 'The data are not valid.' },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  BAD_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  CSRF: {
    status: 403,
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'Invalid request token; please reload the page.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    vi: 'Bạn cần đặt mật khẩu mới trước khi tiếp tục.',
    en: 'Choose a new password before you go on.',
  },
  SECOND_FACTOR_REQUIRED: {
    status: 403,
    vi: 'Vai trò của bạn bắt buộc xác thực hai lớp: hãy cài ứng dụng xác thực trước khi tiếp tục.',
    en: 'Your role requires two-step verification: set up an authenticator app before you go on.',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  CONFLICT: { status: 409, vi: 'Dữ liệu đã thay đổi hoặc đã tồn tại.', en: 'The data changed or already exist.' },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'Unsupported content type.' },
  RATE_LIMITED: { status: 429, vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.', en: 'Too many requests; try again later.' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, vui lòng thử lại sau.', en: 'Internal error; please try again later.' },
} as const satisfies Record<string, Localized & { status: number }>;

export type ErrorCode = keyof typeof catalogue;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly localized: Localized;
  /** Field path → message, for validation errors. */
  readonly fields: Record<string, Localized> | undefined;

  constructor(code: ErrorCode, options: { message?: Localized; fields?: Record<string, Localized> } = {}) {
    const entry = catalogue[code];
    const localized = options.message ?? { vi: entry.vi, en: entry.en };
    super(localized.en);
    this.code = code;
    this.status = entry.status;
    this.localized = localized;
    this.fields = options.fields;
  }
}

export function defaultMessage(code: ErrorCode): Localized {
  return { vi: catalogue[code].vi, en: catalogue[code].en };
}

/** A 400 naming one field: the common case in services. */
export function invalidField(field: string, message: Localized): AppError {
  return new AppError('VALIDATION', { message: { vi: `${message.vi}`, en: `${message.en}` }, fields: { [field]: message } });
}

export const notFound = (what?: Localized) =>
  new AppError('NOT_FOUND', what ? { message: { vi: `Không tìm thấy ${what.vi}.`, en: `${what.en} not found.` } } : {});
