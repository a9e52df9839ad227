// A record's id as requests send it: a positive whole number that fits the databases' integer
// columns (PostgreSQL's integer stops at 2³¹ − 1; a larger id is no record, not a server error).
import { z } from 'zod';

export const MAX_ROW_ID = 2_147_483_647;

export const rowId = z.number().int().positive().max(MAX_ROW_ID);
/** The same from a path or a query string, where it arrives as text. */
export const rowIdParam = z.coerce.number().int().positive().max(MAX_ROW_ID);
