export { buildReport, type ReportInput } from './build-report';
export { canonicalJson } from './canonical-json';
export { verifyReportIntegrity, type IntegrityVerdict } from './integrity';
export { reportJsonSchema, reportJsonSchemaText } from './json-schema';
export { renderReportHtml, type RenderOptions } from './render-html';
