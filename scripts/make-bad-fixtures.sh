#!/usr/bin/env bash
# Makes the bad-input fixtures in data/fixtures/bad/ from the office fixtures: files a user picks
# by mistake or receives broken (with office/006.doc and office/006.scanned.pdf: the .doc and the
# scan). Each must end in its own clear message and never stop a batch.
# Needs: qpdf, python3.
#
#   bash scripts/make-bad-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
IN=data/fixtures/office
OUT=data/fixtures/bad
mkdir -p "$OUT"

# Encrypted with an open password (AES-256): unreadable without it.
qpdf --encrypt 'open-sesame' 'owner' 256 -- "$IN/006.lo.pdf" "$OUT/encrypted.pdf"
# An interrupted download: the first 40 % of a PDF (its page tree and xref are at the end).
head -c 84000 "$IN/006.lo.pdf" > "$OUT/truncated.pdf"
# A 200-page PDF: a real 8-page report 25 times over (a bound volume); fonts shared, ~1 MB.
qpdf --empty --pages "$IN/010.lo.pdf" $(printf '1-z,%.0s' {1..24})1-z -- "$OUT/200-pages.pdf"
# An Excel workbook someone named .pdf.
python3 - "$OUT/workbook-named.pdf" <<'PY'
import sys, zipfile
parts = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="政府信息公开" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>本年新收政府信息公开申请数量</t></is></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>',
}
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, xml in parts.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(info, xml, zipfile.ZIP_DEFLATED)
PY
ls -l "$OUT"
