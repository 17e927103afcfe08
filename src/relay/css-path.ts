/** A short CSS path an auditor can paste into devtools to find the element again. */
const MAX_DEPTH = 5;

function escapeIdent(value: string): string {
  return value.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);
}

function step(el: Element): string {
  const tag = el.localName;
  if (el.id) return `${tag}#${escapeIdent(el.id.slice(0, 60))}`;
  const name = el.getAttribute('name');
  if (name) return `${tag}[name="${name.slice(0, 60).replace(/["\\]/g, '\\$&')}"]`;
  const parent = el.parentElement;
  if (!parent) return tag;
  const sameTag = Array.from(parent.children).filter((child) => child.localName === tag);
  return sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(el) + 1})` : tag;
}

export function cssPath(el: Element): string {
  const parts: string[] = [];
  let current: Element | null = el;
  while (current && parts.length < MAX_DEPTH) {
    const part = step(current);
    parts.unshift(part);
    if (part.includes('#')) break;
    current = current.parentElement;
  }
  const inShadow = el.getRootNode() !== el.ownerDocument;
  return `${inShadow ? '(shadow) ' : ''}${parts.join(' > ')}`.slice(0, 300);
}
