/** The id under which a finding can be linked to (policy highlights point at it). */
export function findingAnchor(findingId: string): string {
  return `finding-${findingId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}
