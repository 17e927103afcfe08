import { describe, expect, it } from 'vitest';
import { fetchDocument, type FetchLike } from '../../../src/discovery/fetch-document';
import { response, scriptedFetch } from './helpers';

const URL_ = 'https://aqshatez.kz/privacy';

describe('fetching a candidate document', () => {
  it('returns the bytes, the final address and the type; sends no cookies or referrer', async () => {
    let init: RequestInit | undefined;
    const fetch: FetchLike = async (url, given) => { init = given; return response(url, { body: 'текст', redirectedTo: 'https://www.aqshatez.kz/privacy/' }); };
    const got = await fetchDocument(URL_, ['aqshatez.kz'], { fetch });
    expect(got).toMatchObject({ ok: true, url: 'https://www.aqshatez.kz/privacy/', contentType: 'text/html; charset=utf-8' });
    expect(got.ok && new TextDecoder().decode(got.bytes)).toBe('текст');
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
  });

  it('reports an HTTP error with its status', async () => {
    expect(await fetchDocument(URL_, ['aqshatez.kz'], scriptedFetch({}))).toEqual({ ok: false, problem: { code: 'http_error', detail: '404' } });
  });

  it('does not read what another site sent after a redirect, and says where it went', async () => {
    let read = false;
    const fetch: FetchLike = async (url) => {
      const res = response(url, { body: 'чужой текст', redirectedTo: 'https://evil.example/landing' });
      const original = res.body;
      Object.defineProperty(res, 'body', { value: original && { cancel: () => original.cancel(), getReader: () => { read = true; return original.getReader(); } } });
      return res;
    };
    expect(await fetchDocument(URL_, ['aqshatez.kz'], { fetch })).toEqual({ ok: false, problem: { code: 'cross_site_redirect', detail: 'evil.example' } });
    expect(read).toBe(false);
  });

  it('refuses a document over the size limit by its Content-Length, or while reading when it has none', async () => {
    const declared = scriptedFetch({ [URL_]: { body: 'x', headers: { 'content-length': String(21 * 1024 * 1024) } } });
    expect(await fetchDocument(URL_, ['aqshatez.kz'], declared)).toEqual({ ok: false, problem: { code: 'too_large', detail: String(21 * 1024 * 1024) } });
    let pulled = 0;
    const endless: FetchLike = async (url) => {
      const stream = new ReadableStream<Uint8Array>({ pull(controller) { pulled += 1; controller.enqueue(new Uint8Array(64 * 1024)); } });
      const res = response(url, {});
      Object.defineProperty(res, 'body', { value: stream });
      return res;
    };
    expect(await fetchDocument(URL_, ['aqshatez.kz'], { fetch: endless, maxBytes: 1024 * 1024 })).toEqual({ ok: false, problem: { code: 'too_large' } });
    expect(pulled).toBeLessThan(40);
  });

  it('gives up on a site that never answers, and reports a connection failure as such', async () => {
    const hang: FetchLike = (_url, init) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
    expect(await fetchDocument(URL_, ['aqshatez.kz'], { fetch: hang, timeoutMs: 1 })).toEqual({ ok: false, problem: { code: 'timeout' } });
    const refused: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchDocument(URL_, ['aqshatez.kz'], { fetch: refused })).toEqual({ ok: false, problem: { code: 'network' } });
  });
});
