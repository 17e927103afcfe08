/** Saves generated text as a file from an extension page. */
export function downloadText(filename: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function reportFileStem(host: string, auditedAt: string): string {
  return `${host.replace(/[^a-z0-9.-]/gi, '_')}-${auditedAt.slice(0, 19).replace(/[:T]/g, '-')}`;
}
