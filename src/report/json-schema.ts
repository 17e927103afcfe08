/** JSON Schema of the report, generated from the zod schema so the two cannot drift apart. */
import * as z from 'zod/mini';
import { Report } from '../schema/report';

export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Report, { target: 'draft-2020-12' }),
    title: 'Lender privacy audit report',
    description: 'Generated from src/schema/report.ts by scripts/export-schema.ts; do not edit by hand.',
  };
}

/** The checked-in file's exact text: two-space indentation and a final newline. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
