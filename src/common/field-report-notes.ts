// Internal notes on a field report (ghi chú nội bộ): staff-only, never in a public reply or Open311.
import { z } from 'zod';
import { unitRefSchema } from './tasks.js';

export const fieldReportNoteSchema = z.object({
  id: z.number().int(),
  body: z.string(),
  author: z.string(),
  /** The author's unit when the note was written. */
  unit: unitRefSchema,
  createdAt: z.string(),
});
export type FieldReportNote = z.infer<typeof fieldReportNoteSchema>;

export const noteInputSchema = z.object({ body: z.string().trim().min(2).max(2000) });
export type NoteInput = z.infer<typeof noteInputSchema>;
