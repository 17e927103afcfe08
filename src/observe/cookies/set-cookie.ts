/** Parses Set-Cookie header values as a browser would for the attributes an auditor reports. */
import { hostOf } from '../../trackers/site';

export interface ParsedCookie {
  name: string;
  domain: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  session: boolean;
}

/** RFC 6265 §5.1.4: without a Path attribute, the directory of the request path. */
export function defaultPath(requestUrl: string): string {
  let path = '/';
  try {
    path = new URL(requestUrl).pathname;
  } catch {
    return '/';
  }
  const lastSlash = path.lastIndexOf('/');
  return !path.startsWith('/') || lastSlash <= 0 ? '/' : path.slice(0, lastSlash).slice(0, 256);
}

export function parseSetCookie(header: string, requestUrl: string): ParsedCookie | null {
  const [pair = '', ...attributes] = header.split(';');
  const eq = pair.indexOf('=');
  const name = (eq >= 0 ? pair.slice(0, eq) : pair).trim();
  if (!name) return null;
  const cookie: ParsedCookie = { name: name.slice(0, 256), domain: hostOf(requestUrl) ?? '', path: defaultPath(requestUrl),
    httpOnly: false, secure: false, sameSite: 'unspecified', session: true };
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'domain' && value) cookie.domain = value.replace(/^\./, '').toLowerCase().slice(0, 253);
    else if (key === 'path' && value) cookie.path = value.slice(0, 256);
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'samesite') cookie.sameSite = value.toLowerCase().slice(0, 32) || 'unspecified';
    else if (key === 'expires' || key === 'max-age') cookie.session = false;
  }
  return cookie;
}

/** Chromium joins several Set-Cookie headers with newlines when it hands them over as one. */
export function splitSetCookieHeader(value: string): string[] {
  return value.split('\n').map((line) => line.trim()).filter(Boolean);
}
