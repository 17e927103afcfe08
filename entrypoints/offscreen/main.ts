import { browser } from 'wxt/browser';
import { onParseRequest } from '../../src/discovery/parse/parse-handler';
import ParseWorker from '../../src/discovery/parse/parse-worker?worker';
import { workerParser } from '../../src/discovery/parse/worker-parser';
import { onPdfRequest } from '../../src/discovery/pdf/offscreen-handler';
import type { PdfReader } from '../../src/discovery/extract/document-text';

const identity = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
// pdf.js loads with the first PDF, not in a document opened only to parse a policy.
const readPdf: PdfReader = async (bytes, maxChars) => (await import('../../src/discovery/pdf/pdf-in-worker')).pdfText(bytes, maxChars);
const parse = workerParser(() => new ParseWorker());
browser.runtime.onMessage.addListener((message, sender) =>
  onPdfRequest(message, sender, { ...identity, readPdf }) ?? onParseRequest(message, sender, { ...identity, parse }));
