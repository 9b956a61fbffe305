#!/usr/bin/env bash
# Makes the Word and PDF test fixtures in data/fixtures/office/ from real corpus reports, the way
# agencies produce them: HTML → .docx with LibreOffice, .docx → PDF with LibreOffice, HTML → PDF
# with Chromium's print. Text reports with ` | ` rows are first rendered as Word-like HTML tables
# (scripts/txt-report-to-html.mjs). Re-running gives the same content (the files carry fresh
# timestamps). Needs: libreoffice-writer-nogui, fonts-noto-cjk, poppler-utils, chromium, python3.
#
#   bash scripts/make-office-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=data/fixtures/office
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

soffice_to() { # FORMAT INPUT [INFILTER]: converts into $WORK with a private profile
  soffice -env:UserInstallation="file://$WORK/lo-profile" --headless ${3:+--infilter="$3"} \
    --convert-to "$1" --outdir "$WORK" "$2" >/dev/null 2>&1
}
chromium_pdf() { # INPUT.html OUTPUT.pdf
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --no-pdf-header-footer --user-data-dir="$WORK/chromium" --print-to-pdf="$2" "file://$(realpath "$1")" >/dev/null 2>&1
}
word() { # STEM HTML: STEM.docx
  cp "$2" "$WORK/$1.html"
  soffice_to 'docx:MS Word 2007 XML' "$WORK/$1.html" 'HTML (StarWriter)'
  cp "$WORK/$1.docx" "$OUT/$1.docx"
}
word_and_pdf() { # STEM HTML: STEM.docx and STEM.lo.pdf (exported from that .docx)
  word "$1" "$2"
  soffice_to 'pdf:writer_pdf_Export' "$WORK/$1.docx"
  cp "$WORK/$1.pdf" "$OUT/$1.lo.pdf"
}

node scripts/txt-report-to-html.mjs data/reports/006.txt > "$WORK/006.src.html"
node scripts/txt-report-to-html.mjs data/reports/015.txt > "$WORK/015.src.html"
# Small pages, large type and a "— n —" page footer: table 3 breaks across pages.
node scripts/txt-report-to-html.mjs data/reports/006.txt \
  '@page{size:A5;margin:15mm 12mm;@bottom-center{content:"— " counter(page) " —"}}body{font-size:14pt}' > "$WORK/006.a5.html"

# 002's table 3 is wider than the page: LibreOffice's PDF cuts it off, Chromium's print keeps it.
word 002 data/reports/002.html
word_and_pdf 010 data/reports/010.html
word_and_pdf 006 "$WORK/006.src.html"
word_and_pdf 015 "$WORK/015.src.html"

chromium_pdf data/reports/002.html "$OUT/002.chromium.pdf"
chromium_pdf data/reports/010.html "$OUT/010.chromium.pdf"
chromium_pdf "$WORK/006.a5.html" "$OUT/006.pagebreak.pdf"

# Legacy Word 97 file: the parser must say how to convert it.
soffice_to 'doc:MS Word 97' "$OUT/006.docx"
cp "$WORK/006.doc" "$OUT/006.doc"

# A "scan": the first page as a picture only, no text layer.
pdftoppm -r 60 -f 1 -l 1 -png "$OUT/006.lo.pdf" "$WORK/scan"
printf '<!DOCTYPE html><html><head><style>@page{size:A4;margin:0}body{margin:0}</style></head><body><img src="%s" style="width:100%%"></body></html>' \
  "$(ls "$WORK"/scan*.png | head -1)" > "$WORK/scan.html"
chromium_pdf "$WORK/scan.html" "$OUT/006.scanned.pdf"

# Chinese text in a predefined CMap encoding with a non-embedded font (needs pdf.js's CMaps).
python3 scripts/make-cmap-pdf.py data/reports/006.txt "$OUT/006.unigb.pdf"

ls -l "$OUT"
