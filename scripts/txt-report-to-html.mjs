// Renders a text report whose tables are ` | `-separated rows (data/reports/006.txt style) as a
// Word-like HTML page, deterministically: text lines become paragraphs, each run of rows one
// <table>, and a leading label cell that repeats the one above is merged into it (rowspan), as
// the published Word tables are. Used only by make-office-fixtures.sh to make test fixtures.
import { readFileSync } from 'node:fs';

const [file, css = ''] = process.argv.slice(2);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isRow = (line) => line.includes(' | ') || /^\s*\|/.test(line);

function table(rows) {
  const cells = rows.map((line) => line.split('|').map((c) => c.trim()));
  // spans[r][c]: rows the cell covers (0 = merged into the cell above).
  const spans = cells.map((row) => row.map(() => 1));
  for (let r = 1; r < cells.length; r++) {
    for (let c = 0; c < cells[r].length - 1; c++) {
      const above = cells[r - 1][c];
      if (cells[r][c] === '' || cells[r][c] !== above || /^[\d.-]+$/.test(above)) break;
      let top = r - 1;
      while (spans[top][c] === 0) top--;
      spans[top][c]++;
      spans[r][c] = 0;
    }
  }
  // A short row's last label cell spans the missing columns, so its values line up on the right.
  const width = Math.max(...cells.map((row) => row.length));
  const trs = cells.map((row, r) => {
    const lastLabel = row.findLastIndex((text) => !/^[\d.-]*$/.test(text));
    const tds = row.map((text, c) => {
      if (spans[r][c] === 0) return '';
      const rowspan = spans[r][c] > 1 ? ` rowspan="${spans[r][c]}"` : '';
      const colspan = c === lastLabel && row.length < width ? ` colspan="${width - row.length + 1}"` : '';
      return `<td${rowspan}${colspan}>${esc(text)}</td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="4">\n${trs.join('\n')}\n</table>`;
}

const out = [];
let run = [];
const flush = () => {
  if (run.length > 0) out.push(table(run));
  run = [];
};
for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
  if (isRow(line)) {
    run.push(line);
    continue;
  }
  flush();
  if (line.trim() !== '' && !/^=+ .* =+$/.test(line)) out.push(`<p>${esc(line.trim())}</p>`);
}
flush();
process.stdout.write(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(file)}</title>
<style>body{font-family:"Noto Serif CJK SC",serif;font-size:12pt}table{border-collapse:collapse}td{border:1px solid #000}${css}</style>
</head><body>
${out.join('\n')}
</body></html>
`);
