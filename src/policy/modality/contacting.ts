/**
 * Contacting someone: «мы позвоним этому лицу», «бұл адамға хабарласамыз», "we will contact that person".
 * A condition on when a person is called or written to («только если связь с вами потеряна», "only if we
 * cannot reach you") restricts that call, not the collection of the data the paragraph lists.
 */
import { hintedTest } from '../lazy';

export const speaksOfContacting = hintedTest(/свяж|связыва|звон|беспоко|хабарлас|қоңырау|contact|call|phone|reach/iu, [
  String.raw`(?<![\p{L}])(?:свяж|связыва\p{L}*\s+с|позвон|звон|беспоко)\p{L}*`,
  String.raw`(?<![\p{L}])(?:хабарлас|қоңырау\s+шал)\p{L}*`,
  String.raw`(?<![\p{L}])(?:contact|call|phone|reach)(?:s|ed)?\s+(?:them|him|her|this|that|such|these|those|the\s+(?:person|people|contact))(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:be|been|is|are)\s+(?:contacted|called|phoned|reached)(?![\p{L}])`,
].join('|'), 'iu');
