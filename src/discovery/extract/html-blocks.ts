/**
 * A linear scan of an HTML page into its container elements, each with how much visible text it
 * holds and how much of that sits in menus, headers and footers. There is no DOM in the background
 * worker, and a hostile page must not be able to make this quadratic: one pass, counters, a stack.
 */

export interface Block {
  name: string;
  contentStart: number;
  end: number;
  /** Visible characters inside, not counting whitespace or those in nested boilerplate. */
  content: number;
}

const CONTAINERS = new Set(['body', 'main', 'article', 'section', 'div', 'td', 'nav', 'footer', 'header', 'aside']);
const BOILERPLATE = new Set(['nav', 'footer', 'header', 'aside']);
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'textarea', 'title', 'select', 'iframe']);
const TAG_NAME = /^\/?([a-z][a-z0-9-]{0,30})/iu;
/** Deeper nesting than this is not a document layout; further containers are read as text. */
const MAX_DEPTH = 400;

interface Open { name: string; contentStart: number; textAt: number; boilerAt: number }

function visibleChars(html: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const code = html.charCodeAt(i);
    if (code > 32 && code !== 160) n += 1;
  }
  return n;
}

/** Just past the end tag of a script/style-like element (its content is not markup), or the end of input. */
function endOfRawText(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}\\b[^>]{0,200}>`, 'giu');
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  return found ? found.index + found[0].length : html.length;
}

export function scanBlocks(html: string): { blocks: Block[]; total: number } {
  const blocks: Block[] = [];
  const stack: Open[] = [];
  let text = 0;
  let boiler = 0;
  let boilerDepth = 0;
  const close = (open: Open, end: number): void => {
    if (BOILERPLATE.has(open.name)) boilerDepth -= 1;
    blocks.push({ name: open.name, contentStart: open.contentStart, end,
      content: BOILERPLATE.has(open.name) ? 0 : (text - open.textAt) - (boiler - open.boilerAt) });
  };
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const segmentEnd = lt < 0 ? html.length : lt;
    const chars = visibleChars(html, at, segmentEnd);
    text += chars;
    if (boilerDepth > 0) boiler += chars;
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    const name = TAG_NAME.exec(html.slice(lt + 1, lt + 33))?.[1]?.toLowerCase();
    if (gt < 0 || !name) {
      at = lt + 1;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 47;
    at = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      at = endOfRawText(html, name, gt + 1);
    } else if (CONTAINERS.has(name) && !closing && stack.length < MAX_DEPTH) {
      stack.push({ name, contentStart: gt + 1, textAt: text, boilerAt: boiler });
      if (BOILERPLATE.has(name)) boilerDepth += 1;
    } else if (CONTAINERS.has(name) && closing) {
      const index = stack.map((open) => open.name).lastIndexOf(name);
      // Elements left open inside are closed with it, as a browser would.
      while (index >= 0 && stack.length > index) {
        const open = stack.pop();
        if (open) close(open, lt);
      }
    }
  }
  for (let open = stack.pop(); open; open = stack.pop()) close(open, html.length);
  return { blocks, total: text - boiler };
}
