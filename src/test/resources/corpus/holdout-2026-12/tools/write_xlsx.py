"""Writes the Munis master listing with openpyxl (run with Debian's python3, which has python3-openpyxl)."""
import datetime, json, sys
from openpyxl import Workbook
from openpyxl.styles import Font
rows = json.load(open(sys.argv[1], encoding="utf-8"))
wb = Workbook(); ws = wb.active; ws.title = "Employee Master"
for r in rows:
    out = []
    for c in r:
        if isinstance(c, str) and len(c) == 10 and c[4] == "-" and c[7] == "-":
            out.append(datetime.date.fromisoformat(c))
        else:
            out.append(None if c == "" else c)
    ws.append(out)
ws["A1"].font = Font(bold=True, size=14)
for cell in ws[4]:
    cell.font = Font(bold=True)
for row in ws.iter_rows(min_row=5, max_row=ws.max_row - 1):
    if isinstance(row[7].value, datetime.date):
        row[7].number_format = "mm/dd/yyyy"
    row[0].number_format = "@"  # employee numbers kept as text, leading zeros intact
wb.save(sys.argv[2])
