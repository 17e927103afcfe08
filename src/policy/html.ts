/**
 * A policy page as plain text: hidden and navigational elements are dropped, block elements become
 * line breaks (the parser reads lines as paragraphs and list items), entities are decoded.
 * Written as linear scans so a hostile 1 MB page cannot trigger regex backtracking.
 */
import { decodeEntities } from './html-entities';

const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'iframe', 'object', 'head', 'select', 'button'];
const LINE_BREAK = /<br\b[^<>]{0,2000}>/giu;
const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|main|header|blockquote|dd|dt|dl|pre|hr|td|th|form|fieldset|legend|label|details|summary|caption|figure|figcaption)\b[^<>]{0,2000}>/giu;
const CELL_BOUNDARY = /<\/t[dh]\s?>\s?<t[dh](?:\s[^<>]{0,2000})?>/giu;
const ANY_TAG = /<\/?[a-z][^<>]{0,2000}>/giu;
const HTML_SIGNATURE = /^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<title)/iu;
const MARKUP_TAG = /<\/?(?:p|div|li|h[1-6]|span|br|table|td|a|strong|em|b|i)\b[^<>]{0,2000}>/giu;

export function looksLikeHtml(text: string): boolean {
  if (HTML_SIGNATURE.test(text)) return true;
  const sample = text.slice(0, 20000);
  return (sample.match(MARKUP_TAG)?.length ?? 0) >= 3;
}

function removeComments(html: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<!--', at);
    if (open < 0) return out + html.slice(at);
    out += html.slice(at, open);
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

function removeElement(html: string, name: string): string {
  const opening = new RegExp(`<${name}\\b[^<>]{0,2000}>`, 'giu');
  const closing = new RegExp(`</${name}\\s*>`, 'giu');
  let out = '';
  let at = 0;
  for (;;) {
    opening.lastIndex = at;
    const open = opening.exec(html);
    if (!open) return out + html.slice(at);
    out += html.slice(at, open.index);
    closing.lastIndex = open.index + open[0].length;
    const close = closing.exec(html);
    if (!close) return out;
    at = close.index + close[0].length;
  }
}

export function htmlToText(html: string): string {
  let text = removeComments(html).replace(/<![a-z][^<>]{0,2000}>/giu, '');
  for (const name of DROPPED_ELEMENTS) text = removeElement(text, name);
  // Source line breaks are plain spaces in HTML; only block elements break lines.
  // A table row's cells stay on its line («Education | No | No»): the answers in its cells are read with the row's label.
  text = text.replace(/\s+/gu, ' ').replace(CELL_BOUNDARY, ' | ').replace(LINE_BREAK, '\n').replace(BLOCK_TAG, '\n\n').replace(ANY_TAG, '');
  text = decodeEntities(text);
  const lines = text.split('\n').map((line) => line.replace(/[ \u00a0]+/gu, ' ').trim());
  // One blank line where an element ended: the parser never joins lines across it, as it does lines a <br> broke.
  return lines.filter((line, i) => line.length > 0 || (lines[i - 1] ?? '').length > 0).join('\n').trim();
}
