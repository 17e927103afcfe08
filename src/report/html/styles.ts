/** Print-first stylesheet: A4 pages, cards never split, tables that repeat their header. */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10pt/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d232b; background: #fff; }
main { max-width: 182mm; margin: 0 auto; padding: 6mm 0; }
h1 { font-size: 17pt; margin: 0 0 1mm; letter-spacing: -0.01em; }
h2 { font-size: 12.5pt; margin: 7mm 0 3mm; padding-bottom: 1.5mm; border-bottom: 1.5px solid #1d232b; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 5mm 0 2mm; color: #4a5361; break-after: avoid; page-break-after: avoid; }
.subtitle { color: #5b6472; margin: 0 0 4mm; }
.meta { display: grid; grid-template-columns: 44mm 1fr; gap: 1mm 4mm; padding: 3mm 4mm; border: 1px solid #d5dae1; border-radius: 2mm; background: #f6f8fa; }
.meta dt { color: #5b6472; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.hash { font: 8pt/1.3 "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
.verdict { display: flex; flex-wrap: wrap; align-items: center; gap: 2mm; margin: 4mm 0 0; padding: 3mm 4mm; border-left: 4px solid #1d232b; background: #f6f8fa; break-inside: avoid; }
.verdict strong { margin-right: 2mm; }
.badge { display: inline-block; padding: 0.3mm 2mm; border-radius: 1mm; font-size: 8.5pt; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.badge.sev-high { background: #fde8e8; color: #9b1c1c; border-color: #f3b4b4; }
.badge.sev-medium { background: #fdf1dc; color: #8a4b08; border-color: #f1cf94; }
.badge.sev-low { background: #e6f0fb; color: #1e4e8c; border-color: #b5d0ef; }
.badge.sev-info { background: #eef0f3; color: #4a5361; border-color: #d5dae1; }
.card { margin: 0 0 3.5mm; padding: 3mm 4mm; border: 1px solid #d5dae1; border-left-width: 4px; border-radius: 1.5mm; break-inside: avoid; page-break-inside: avoid; }
.card.sev-high { border-left-color: #c81e1e; }
.card.sev-medium { border-left-color: #d97706; }
.card.sev-low { border-left-color: #2f6fbd; }
.card.sev-info { border-left-color: #8a93a0; }
.card-head { display: flex; flex-wrap: wrap; gap: 2mm; align-items: baseline; margin-bottom: 1.5mm; }
.card-head .rule { font-weight: 700; }
.card-head .status, .card-head .category { color: #5b6472; font-size: 9pt; }
.message { margin: 0 0 2mm; }
.quote { margin: 1.5mm 0; padding: 1.5mm 3mm; border-left: 2px solid #9aa3ae; background: #f6f8fa; font-style: italic; }
.quote .section { font-style: normal; font-weight: 600; color: #4a5361; margin-right: 2mm; }
.silence { margin: 1.5mm 0; padding: 1.5mm 3mm; border-left: 2px dashed #c81e1e; color: #7a1f1f; background: #fff7f7; }
.id { color: #8a93a0; font-size: 7.5pt; font-family: "DejaVu Sans Mono", Consolas, monospace; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 0; font-size: 8pt; table-layout: fixed; }
th.c-time { width: 21mm; } th.c-category { width: 24mm; } th.c-kind { width: 21mm; } th.c-frame { width: 26mm; }
th.c-operator { width: 20mm; } th.c-country { width: 16mm; }
table.compact th.c-category { width: 32mm; } table.compact th.c-quote { width: 62mm; }
td { overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: left; font-weight: 600; color: #4a5361; background: #eef0f3; }
th, td { padding: 1mm 1.5mm; border-bottom: 1px solid #e3e7ec; vertical-align: top; }
td.url { overflow-wrap: anywhere; word-break: break-all; }
.more { color: #5b6472; font-size: 8pt; margin: 1mm 0 0; }
.screenshot { max-width: 100%; max-height: 120mm; border: 1px solid #d5dae1; break-inside: avoid; }
.appendix { break-before: page; page-break-before: always; }
footer { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #d5dae1; color: #5b6472; font-size: 8pt; }
@media screen { body { background: #e9ecef; } main { background: #fff; padding: 14mm; margin: 8mm auto; box-shadow: 0 1px 4px rgba(0,0,0,.15); } }
`;
