import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema, reportJsonSchemaText } from '../../../src/report/json-schema';

describe('schema/report.schema.json', () => {
  it('is up to date with the zod Report schema (run: node --import tsx scripts/export-schema.ts)', () => {
    const checkedIn = readFileSync(new URL('../../../schema/report.schema.json', import.meta.url), 'utf8');
    expect(checkedIn).toBe(reportJsonSchemaText());
  });

  it('describes the report contract of interfaces.md', () => {
    const schema = reportJsonSchema();
    expect(schema.required).toEqual(['schemaVersion', 'site', 'policy', 'observations', 'findings', 'integrity']);
  });
});
