// The rule every text the platform receives obeys, whatever the field: no control characters (a NUL
// breaks PostgreSQL and hides text from people), and no U+FFFD, the mark a decoder leaves where the
// bytes were not UTF-8. Tab, line feed and carriage return stay: descriptions have paragraphs.
import type { z } from 'zod';


// C0 controls but tab/LF/CR, DEL and the C1 controls; lone surrogates; the noncharacters U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_UTF8 = /\uFFFD/;

export type TextProblem = 'control' | 'encoding';

export const textProblemMessages: Record<TextProblem, { vi: string; en: string }> = {
  control: { vi: 'Có ký tự điều khiển (như NUL) không được phép.', en: 'Contains a control character (such as NUL), which is not allowed.' },
  encoding: { vi: 'Có ký tự không đọc được: dữ liệu không phải UTF-8 hợp lệ.', en: 'Contains unreadable characters: the data are not valid UTF-8.' },
};

export function textProblem(text: string): TextProblem | null {
  if (CONTROL.test(text)) return 'control';
  if (NOT_UTF8.test(text)) return 'encoding';
  return null;
}

/** Every string (and object key) in a parsed request part that breaks the rule, with its path. */
export function textProblems(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; problem: TextProblem }[] {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? [{ path, problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((entry, index) => textProblems(entry, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => {
      const problem = textProblem(key);
      return problem ? [{ path: [...path, key], problem }] : textProblems(entry, [...path, key]);
    });
  }
  return [];
}

/** The shared zod refinement: one issue per offending field, carrying which problem it is. */
export function refuseBadText(value: unknown, ctx: z.core.$RefinementCtx): void {
  for (const { path, problem } of textProblems(value)) {
    ctx.addIssue({ code: 'custom', path, message: textProblemMessages[problem].vi, params: { textProblem: problem } });
  }
}
