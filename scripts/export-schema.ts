/**
 * Writes schema/report.schema.json from the zod Report schema.
 * Run: node --import tsx scripts/export-schema.ts   (a unit test fails when the file is stale)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from '../src/report/json-schema';

const target = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(target, reportJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
