"""
A PDF as older Acrobat-era tools wrote Chinese: a non-embedded font (STSong-Light) in the
predefined UniGB-UCS2-H encoding, so a reader needs the UniGB-UCS2-H and Adobe-GB1-UCS2 CMaps to
get its text. Draws a `|`-separated text report: labels at the left, figures in columns.

    python3 scripts/make-cmap-pdf.py data/reports/006.txt data/fixtures/office/006.unigb.pdf
"""
import sys
src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().splitlines()
PER_PAGE = 60
pages = [lines[i:i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]
objs = {}
objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
font, desc, cid = 3, 4, 5
objs[font] = b'<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>'
objs[cid] = b'<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 4 0 R /DW 1000 >>'
objs[desc] = b'<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>'
kids = []
n = 6
for page in pages:
    ops = ['BT /F1 7 Tf']
    y = 800
    for line in page:
        cells = [c.strip() for c in line.split('|')] if '|' in line else [line]
        # Labels up to the first figure, then one column per cell (empty ones too).
        first = next((i for i, c in enumerate(cells) if c.replace('.', '').replace('%', '').isdigit()), len(cells))
        label = ' '.join(c for c in cells[:first] if c)
        runs = [(40, label)] + [(440 + 50 * i, c) for i, c in enumerate(cells[first:]) if c]
        for x, text in runs:
            hexs = ''.join(f'{ord(c):04X}' for c in text if ord(c) < 0x10000)
            ops.append(f'1 0 0 1 {x} {y} Tm <{hexs}> Tj')
        y -= 13
    ops.append('ET')
    content = '\n'.join(ops).encode()
    objs[n] = b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream'
    objs[n + 1] = b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1200 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % n
    kids.append(n + 1)
    n += 2
objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)
body = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
offsets = {}
for k in sorted(objs):
    offsets[k] = len(body)
    body += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
xref = len(body)
count = max(objs) + 1
body += b'xref\n0 %d\n0000000000 65535 f \n' % count
for k in range(1, count):
    body += b'%010d 00000 n \n' % offsets[k]
body += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (count, xref)
open(out, 'wb').write(body)
