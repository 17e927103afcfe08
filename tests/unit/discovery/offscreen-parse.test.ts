import { describe, expect, it } from 'vitest';
import { createPolicyResolver } from '../../../src/background/policy-state';
import { createOffscreenSession, type OffscreenHost } from '../../../src/discovery/offscreen/session';
import { createOffscreenParser } from '../../../src/discovery/parse/offscreen-parser';
import { onParseRequest } from '../../../src/discovery/parse/parse-handler';
import type { ParseJob } from '../../../src/discovery/parse/parse-job';
import { workerParser } from '../../../src/discovery/parse/worker-parser';
import { createOffscreenPdfReader } from '../../../src/discovery/pdf/offscreen-reader';
import type { PolicyParser } from '../../../src/discovery/policy-parser';
import { judgePolicyText } from '../../../src/discovery/read-document';
import { parsePolicy } from '../../../src/policy';
import { MAX_SOURCE_CHARS, POLICY_PARSE_REQUEST, type PolicyParseRequest } from '../../../src/schema/offscreen';
import { MAX_POLICY_CHARS } from '../../../src/storage/policy-store';
import { planSearch } from '../../../src/discovery/schedule';

const worker = { id: 'ext-id', url: 'chrome-extension://ext-id/background.js' };
const contentScript = { id: 'ext-id', url: 'https://tengebulaq.kz/' };
const identity = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const POLICY = 'Политика конфиденциальности. 2.1. Компания собирает следующие персональные данные: ИИН, номер телефона, '
  + 'адрес электронной почты. 2.2. Компания не осуществляет трансграничную передачу персональных данных.';
const request = (fields: object = {}) => ({ type: POLICY_PARSE_REQUEST, text: POLICY, source: 'https://tengebulaq.kz/privacy', ...fields });

function countingHost() {
  const counts = { open: 0, close: 0 };
  const host: OffscreenHost = { open: async () => { counts.open += 1; }, close: async () => { counts.close += 1; } };
  return { counts, host };
}

describe('the offscreen document parses policies for the background', () => {
  it('answers the extension with what the parser itself returns', async () => {
    const direct = await parsePolicy(POLICY, { source: 'https://tengebulaq.kz/privacy' });
    expect(direct.ok).toBe(true);
    expect(await onParseRequest(request(), worker, { ...identity, parse: parsePolicy })).toEqual(direct);
  });

  it('leaves unanswered what a content script sends, and messages of other kinds', () => {
    const asked: string[] = [];
    const parse: PolicyParser = async (text, options) => { asked.push(text); return parsePolicy(text, options); };
    expect(onParseRequest(request(), contentScript, { ...identity, parse })).toBeUndefined();
    expect(onParseRequest(request(), { url: worker.url }, { ...identity, parse })).toBeUndefined();
    expect(onParseRequest({ type: 'offscreen:pdf-text', data: 'AA==', maxChars: 10 }, worker, { ...identity, parse })).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('refuses a malformed or oversized request without parsing it, as a failure rather than a verdict on the text', async () => {
    const asked: string[] = [];
    const parse: PolicyParser = async (text, options) => { asked.push(text); return parsePolicy(text, options); };
    for (const bad of [request({ text: 42 }), request({ text: 'x'.repeat(MAX_POLICY_CHARS + 1) }), request({ lang: 'de' }),
      request({ source: 'x'.repeat(3000) }), request({ extra: true })]) {
      await expect(onParseRequest(bad, worker, { ...identity, parse })).rejects.toThrow(/malformed/u);
    }
    expect(asked).toEqual([]);
  });

  it('does not pass on a malformed result of its parser', async () => {
    const parse = (async () => ({ ok: true, text: POLICY, policy: { source: 'x', sha256: 'not a hash' } })) as unknown as PolicyParser;
    await expect(onParseRequest(request(), worker, { ...identity, parse })).rejects.toThrow();
  });
});

describe('the background parses through the offscreen document', () => {
  it('gets the parser’s result, sharing one document with PDF reads', async () => {
    const { counts, host } = countingHost();
    const session = createOffscreenSession(host);
    const parse = createOffscreenParser({ session, send: async (message) => onParseRequest(message, worker, { ...identity, parse: parsePolicy }) });
    const readPdf = createOffscreenPdfReader({ session, send: async () => ({ ok: true, text: 'pdf text' }) });
    const [parsed, pdf] = await Promise.all([parse(POLICY, { source: 'https://tengebulaq.kz/privacy' }), readPdf(new Uint8Array([37, 80]), 100)]);
    expect(parsed).toEqual(await parsePolicy(POLICY, { source: 'https://tengebulaq.kz/privacy' }));
    expect(pdf).toEqual({ ok: true, text: 'pdf text' });
    expect(counts).toEqual({ open: 1, close: 1 });
  });

  it('rejects a malformed answer and a document that does not answer in time, and closes it', async () => {
    const { counts, host } = countingHost();
    const session = createOffscreenSession(host);
    await expect(createOffscreenParser({ session, send: async () => ({ ok: true, text: 1 }) })(POLICY, { source: 's' })).rejects.toThrow(/malformed/u);
    await expect(createOffscreenParser({ session, send: () => new Promise(() => undefined), timeoutMs: 5 })(POLICY, { source: 's' })).rejects.toThrow();
    expect(counts).toEqual({ open: 2, close: 2 });
  });

  it('sends a source cut to the length a parsed policy may name', async () => {
    const sent: PolicyParseRequest[] = [];
    const session = createOffscreenSession(countingHost().host);
    const parse = createOffscreenParser({ session, send: async (message) => { sent.push(message); return onParseRequest(message, worker, { ...identity, parse: parsePolicy }); } });
    const long = `https://tengebulaq.kz/privacy?${'a'.repeat(3000)}`;
    expect(await parse(POLICY, { source: long })).toMatchObject({ ok: true, policy: { source: long.slice(0, MAX_SOURCE_CHARS) } });
    expect(sent[0]?.source).toHaveLength(MAX_SOURCE_CHARS);
  });

  it('does not send a request that timed out while the document was opening, nor close a document another request still uses', async () => {
    const counts = { open: 0, close: 0 };
    let opening: () => void = () => undefined;
    const host: OffscreenHost = { open: () => { counts.open += 1; return new Promise((done) => { opening = done; }); }, close: async () => { counts.close += 1; } };
    const session = createOffscreenSession(host);
    const sent: string[] = [];
    const slow = session.ask(async () => { sent.push('slow'); return 'late'; }, 5);
    const patient = session.ask(async () => { sent.push('patient'); return 'answer'; }, 10_000);
    await expect(slow).rejects.toThrow();
    expect(counts.close).toBe(0);
    opening();
    expect(await patient).toBe('answer');
    expect(sent).toEqual(['patient']);
    expect(counts).toEqual({ open: 1, close: 1 });
  });

  it('names a parser that cannot be reached as such, not as a text that is no policy', async () => {
    const unreachable: PolicyParser = () => Promise.reject(new Error('Could not establish connection.'));
    expect(await judgePolicyText(unreachable, POLICY, 'https://tengebulaq.kz/privacy')).toEqual({ ok: false, problem: { code: 'parser_unavailable' } });
    expect(await judgePolicyText(parsePolicy, 'Вход в личный кабинет', 'https://tengebulaq.kz/login')).toMatchObject({ ok: false, problem: { code: 'not_policy' } });
  });

  it('asks an unreachable parser once more, shows the policy unreadable if it still fails, and parses it once the parser answers again', async () => {
    let failures = 1;
    const parse: PolicyParser = (text, options) => (failures-- > 0 ? Promise.reject(new Error('no document')) : parsePolicy(text, options));
    const resolver = createPolicyResolver(parse, async () => ({ text: POLICY, source: 'bundled:x', origin: 'bundled' }));
    expect(await resolver.policyState('tengebulaq.kz')).toMatchObject({ status: 'known' });
    failures = 2;
    const other = createPolicyResolver(parse, async () => ({ text: POLICY, source: 'bundled:y', origin: 'bundled' }));
    expect(await other.policyState('tengebulaq.kz')).toMatchObject({ status: 'unreadable' });
    expect(await other.policyState('tengebulaq.kz')).toMatchObject({ status: 'known' });
  });

  it('searches a site again when its last search found the parser unreachable', () => {
    const now = new Date('2025-09-01T10:00:00Z');
    const at = new Date(now.getTime() - 60_000).toISOString();
    const ended = (code: 'parser_unavailable' | 'not_policy') => ({ status: 'not-found' as const, tried: [{ url: 'https://tengebulaq.kz/privacy', problem: { code } }], linksSeen: 1, at });
    expect(planSearch({ search: ended('parser_unavailable'), storedCheckedAt: null, addedLinks: 0, now })).toBe('discover');
    expect(planSearch({ search: ended('not_policy'), storedCheckedAt: null, addedLinks: 0, now })).toBe('none');
  });
});

/** A stand-in for the parser's Worker: answers jobs when told to, in any order, or fails. */
function fakeWorker() {
  const started: Array<{ jobs: ParseJob[]; terminated: boolean; worker: Worker }> = [];
  const start = () => {
    const state = { jobs: [] as ParseJob[], terminated: false, worker: null as unknown as Worker };
    state.worker = { postMessage: (job: ParseJob) => state.jobs.push(job), onmessage: null, onerror: null, onmessageerror: null,
      terminate: () => { state.terminated = true; } } as unknown as Worker;
    started.push(state);
    return state.worker;
  };
  const answer = (at: number, data: unknown) => started[at]?.worker.onmessage?.(new MessageEvent('message', { data }));
  return { started, start, answer };
}

describe('the offscreen document runs the parser in one Worker', () => {
  it('matches answers to requests by number, whatever their order, and ignores stray messages', async () => {
    const fake = fakeWorker();
    const parse = workerParser(fake.start);
    const first = parse('первый', { source: 'a' });
    const second = parse('второй', { source: 'b' });
    expect(fake.started).toHaveLength(1);
    const [jobA, jobB] = fake.started[0]?.jobs ?? [];
    fake.answer(0, { hello: 'page' });
    fake.answer(0, { id: jobB?.id, result: { ok: false, error: { code: 'empty', message: 'b' } } });
    fake.answer(0, { id: jobA?.id, result: { ok: false, error: { code: 'not_policy', message: 'a' } } });
    expect(await first).toMatchObject({ error: { message: 'a' } });
    expect(await second).toMatchObject({ error: { message: 'b' } });
  });

  it('rejects a job the parser failed on, and every job of a Worker that broke, then starts a new one', async () => {
    const fake = fakeWorker();
    const parse = workerParser(fake.start);
    const failed = parse('x', { source: 'a' });
    fake.answer(0, { id: fake.started[0]?.jobs[0]?.id, failed: 'TypeError' });
    await expect(failed).rejects.toThrow(/TypeError/u);
    const lost = parse('y', { source: 'b' });
    fake.started[0]?.worker.onerror?.(new Event('error') as ErrorEvent);
    await expect(lost).rejects.toThrow(/worker failed/u);
    expect(fake.started[0]?.terminated).toBe(true);
    const unreadable = parse('z', { source: 'c' });
    expect(fake.started).toHaveLength(2);
    fake.started[1]?.worker.onmessageerror?.(new MessageEvent('messageerror'));
    await expect(unreadable).rejects.toThrow(/worker failed/u);
  });

  it('rejects a job whose Worker could not be started, and forgets it', async () => {
    const parse = workerParser(() => { throw new Error('blocked by the content security policy'); });
    await expect(parse('x', { source: 'a' })).rejects.toThrow(/content security/u);
  });
});
