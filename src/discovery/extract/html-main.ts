/**
 * The policy's own text from a lender's page, without its menus, header and footer: the page's
 * <main> or <article> when it marks one that holds the text, otherwise the smallest container that
 * holds most of it (the block the policy sits in). The parser's htmlToText then reads that part.
 */
import { htmlToText } from '../../policy/html';
import { scanBlocks, type Block } from './html-blocks';

/** A landmark holding less than this share of the page's text is a teaser, not the content. */
const LANDMARK_SHARE = 0.3;
/** The content block is the smallest one holding at least this share of the page's text. */
const BLOCK_SHARE = 0.6;
const MIN_CONTENT_CHARS = 200;

function largest(blocks: readonly Block[], name: string, total: number): Block | null {
  let found: Block | null = null;
  for (const block of blocks) {
    if (block.name === name && block.content >= MIN_CONTENT_CHARS && block.content >= total * LANDMARK_SHARE
      && (!found || block.content > found.content)) found = block;
  }
  return found;
}

function smallestHoldingMost(blocks: readonly Block[], total: number): Block | null {
  let found: Block | null = null;
  for (const block of blocks) {
    if (block.content >= total * BLOCK_SHARE && (!found || block.end - block.contentStart < found.end - found.contentStart)) {
      found = block;
    }
  }
  return found;
}

export function mainContentHtml(html: string): string {
  const { blocks, total } = scanBlocks(html);
  if (total < MIN_CONTENT_CHARS) return html;
  const block = largest(blocks, 'main', total) ?? largest(blocks, 'article', total) ?? smallestHoldingMost(blocks, total);
  return block ? html.slice(block.contentStart, block.end) : html;
}

export function mainContentText(html: string): string {
  return htmlToText(mainContentHtml(html));
}

const PASSWORD_FIELD = /<input\b[^<>]{0,2000}?\btype\s*=\s*["']?password\b/iu;

/** A sign-in page: lenders' personal cabinets answer unauthenticated visitors with one. */
export function hasPasswordField(html: string): boolean {
  return PASSWORD_FIELD.test(html);
}
