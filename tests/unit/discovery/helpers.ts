/**
 * A scripted fetch for discovery tests: answers by URL, records every URL asked, never touches the
 * network. PDFs are read with pdf.js and policies parsed in the test's own thread.
 */
import type { PdfReader } from '../../../src/discovery/extract/document-text';
import { pdfText } from '../../../src/discovery/extract/pdf-text';
import type { FetchLike } from '../../../src/discovery/fetch-document';
import type { PolicyParser } from '../../../src/discovery/policy-parser';
import { parsePolicy } from '../../../src/policy';

export interface Answer { status?: number; type?: string; body?: string | Uint8Array; redirectedTo?: string; headers?: Record<string, string> }

export interface ScriptedFetch { fetch: FetchLike; asked: string[]; readPdf: PdfReader; parse: PolicyParser }

export function response(url: string, answer: Answer): Response {
  const body = answer.body ?? '';
  const res = new Response(typeof body === 'string' ? body : new Uint8Array(body), { status: answer.status ?? 200,
    headers: { 'content-type': answer.type ?? 'text/html; charset=utf-8', ...answer.headers } });
  // Response.url is read-only and empty for constructed responses; fetch sets it to the final address.
  Object.defineProperty(res, 'url', { value: answer.redirectedTo ?? url });
  return res;
}

export function scriptedFetch(routes: Record<string, Answer>): ScriptedFetch {
  const asked: string[] = [];
  return {
    asked,
    readPdf: pdfText,
    parse: parsePolicy,
    fetch: async (url) => {
      asked.push(url);
      const answer = routes[url];
      return response(url, answer ?? { status: 404, body: 'not found' });
    },
  };
}

export const htmlPage = (body: string): string => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
