// Test support for plans: issuing and amending through the API with a signed PDF.
import { type PlanContent, type PlanDetail, planContent } from '../../../common/plan.js';
import { type Session, multipartBody } from '../../test/harness.js';

export const SIGNED_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const decision = { decisionNumber: '15/KH-UBND', decisionDate: '2025-01-02', signer: 'KT. Chủ tịch – Phó Chủ tịch Nguyễn Văn A' };

export const issue = (session: Session, planId: number, fields: Record<string, string> = decision, files = [{ name: 'ke-hoach-da-ky.pdf', data: SIGNED_PDF, field: 'document' }]) =>
  session.request({ method: 'POST', url: `/api/plans/${planId}/issue`, ...multipartBody(fields, files) });

export const amend = (session: Session, planId: number, content: PlanContent, fields: Record<string, string>) =>
  session.request({
    method: 'POST',
    url: `/api/plans/${planId}/amendments`,
    ...multipartBody({ ...decision, decisionNumber: '40/KH-UBND', reason: 'Điều chỉnh theo chỉ tiêu tỉnh giao', ...fields, content: JSON.stringify(content) }, [
      { name: 'ke-hoach-dieu-chinh.pdf', data: SIGNED_PDF, field: 'document' },
    ]),
  });

/** The plan's content with one indicator's target changed. */
export function retarget(plan: PlanDetail, code: string, target: { text: string; value: number }): PlanContent {
  const content = planContent(plan);
  return {
    ...content,
    areas: content.areas.map((area) => ({
      ...area,
      indicators: area.indicators.map((indicator) => (indicator.code === code ? { ...indicator, target: { ...indicator.target, ...target } } : indicator)),
    })),
  };
}
