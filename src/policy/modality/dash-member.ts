/**
 * A condition set off by dashes inside a list of data qualifies only the members it stands with: «…, версии ОС, а также —
 * только при их указании мною — ссылок на соцсети и контактных лиц, данных о местоположении — только с моего разрешения,
 * и иных сведений», "your name, device model and — only if you add them — links to your social profiles". A framed
 * condition («— … —») reaches the members after it, up to the next such condition; a trailing one («X — только …,»)
 * reaches back to the previous one (or the clause's start). For the list's other members those conditions are blanked.
 */
import { blankOtherParentheses } from './clauses';
import { conditionOf, type Modality } from './memo';

interface Reach { from: number; to: number; segmentStart: number; segmentEnd: number }

/** « — text»: the dash and the text up to the next dash, comma or semicolon. */
const DASH_SEGMENT = /\s[—–]\s+([^—–,;:]{3,160}?)(?=\s[—–]\s|\s*[,;]|\s*$)/gu;
/** What may stand between a member's comma and its framed condition: «а также», «и», "and", «және». */
const CONJUNCTION = /^\s*(?:а\s+также|также|и|а|или|and|or|as\s+well\s+as|plus|және|сондай-ақ|немесе)\s*$/iu;

/**
 * The members each dash-set condition reaches. Only a list member's own condition counts: a condition after the clause's
 * first words («Contacts — if you allow it, the app reads…») or right after a comma («…, — только если…») qualifies the
 * whole clause, and a dash in parentheses («(отзыв — см. п. 8.1)») sets off nothing.
 */
function reaches(clause: string, memo: Map<string, Modality>): Reach[] {
  const found: Reach[] = [];
  const plain = clause.includes('(') ? blankOtherParentheses(clause) : clause;
  for (const segment of plain.matchAll(DASH_SEGMENT)) {
    const segmentStart = segment.index;
    const memberStart = plain.lastIndexOf(',', segmentStart) + 1;
    const before = plain.slice(memberStart, segmentStart);
    const opens = memberStart > 0 && CONJUNCTION.test(before);
    if (!opens && (memberStart === 0 || before.trim() === '')) continue;
    if (!conditionOf(segment[1] ?? '', memo)) continue;
    const segmentEnd = segment.index + segment[0].length;
    // A first trailing condition may close a member that itself holds commas («о продуктах, акциях и скидках — только с
    // согласия»): it reaches back to the clause's start; after another condition, only its own member.
    const from = opens ? segmentStart : found.length > 0 ? memberStart : 0;
    found.push({ from, to: opens ? clause.length : segmentEnd, segmentStart, segmentEnd });
  }
  // A framed condition stops where the next one's member begins.
  for (let i = 0; i + 1 < found.length; i += 1) {
    const current = found[i];
    const next = found[i + 1];
    if (current && next && current.to > next.from) current.to = next.from;
  }
  return found;
}

/** The clause as read for the member at `position`: the dash-set conditions of other members blanked. */
export function dashMemberView(clause: string, position: number, memo: Map<string, Modality>): string {
  const found = reaches(clause, memo);
  if (found.length === 0) return clause;
  let out = clause;
  for (const reach of found) {
    if (position >= reach.from && position < reach.to) continue;
    out = out.slice(0, reach.segmentStart) + ' '.repeat(reach.segmentEnd - reach.segmentStart) + out.slice(reach.segmentEnd);
  }
  return out;
}
