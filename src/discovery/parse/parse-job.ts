/** What the offscreen document and its parser Worker send each other. */
import type { ParseOptions, ParseResult } from '../../policy/types';

export interface ParseJob { id: number; text: string; options: ParseOptions }
/** `failed` when the parser threw: the job is answered rather than left to time out. */
export type ParseJobResult = { id: number; result: ParseResult } | { id: number; failed: string };
