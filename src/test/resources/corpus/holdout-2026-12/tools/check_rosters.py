"""Independent second count: parses the roster files themselves (with a hand-written column map per file)
and compares with expected.json. Shares no code with make_rosters.py."""
import csv, io, json, subprocess, sys
BASE = "/work/holdout/rosters/"
# file: (encoding, delimiter, header line (1-based) or 0, first data line, id col, last col, first col,
#        building cols, status fn, expected field count, lastfirst col or None, trailing non-data lines)
def st_eq(col, val): return lambda r: r[col] == val
def st_empty(col): return lambda r: r[col] == ""
def st_true(r): return True
M = {
 "clever_teachers.csv": ("utf-8", ",", 1, 1, 7, 5, [0], st_true, 11, 0),
 "clever_staff.csv": ("utf-8-sig", ",", 1, 1, 4, 3, [0], st_true, 10, 0),
 "powerschool_sis_staff_export.txt": ("utf-8", "\t", 1, 0, None, None, [3], st_eq(4, "1"), 7, 0),
 "powerschool_erp_employee_upload.txt": ("utf-8", ",", 0, 0, 1, 2, [4], st_eq(6, "A"), 8, 0),
 "infinite_campus_staff_extract.csv": ("utf-8", "|", 1, 1, 2, 3, [6], st_empty(9), 10, 0),
 "infinite_campus_staff_noheader.txt": ("cp1252", "\t", 0, 1, 2, 3, [6], st_empty(9), 10, 0),
 "skyward_skybuild_staff.csv": ("utf-8", ",", 1, 0, 1, 2, [4], st_eq(6, "A"), 9, 0),
 "genesis_level_data_export_staff.csv": ("utf-8", ",", 1, 0, 1, 2, list(range(5, 12)), st_eq(12, "Active"), 13, 0),
 "genesis_benefits_export.dat": ("utf-8", "|", 0, 0, 1, 2, [4], st_eq(7, "A"), 9, 0),
 "frontline_absence_employees.csv": ("utf-8", ",", 1, 0, 1, 2, [6, 7, 8], st_eq(9, "Y"), 10, 0),
 "tyler_munis_employee_master_saved_as.csv": ("utf-8", ",", 3, 0, 1, 2, [4], st_eq(6, "A"), 8, 1),
 "tyler_munis_employee_master.xlsx": (None, None, 4, 0, 1, 2, [4], st_eq(6, "A"), 8, 1),
}
exp = {e["file"]: e for e in json.load(open(BASE + "expected.json", encoding="utf-8"))}
ok = True
for name, (enc, delim, hdr, idc, lastc, firstc, bcols, active, nf, trailer) in M.items():
    if enc is None:
        out = subprocess.run(["/usr/bin/python3", "-c", "import json,sys;from openpyxl import load_workbook;ws=load_workbook(sys.argv[1]).active;"
                              "print(json.dumps([[('' if c is None else str(c)) for c in r] for r in ws.iter_rows(values_only=True)]))", BASE + name],
                             capture_output=True, text=True, check=True).stdout
        lines = [(i + 1, (r + [""] * 8)[:8]) for i, r in enumerate(json.loads(out))]
    else:
        text = open(BASE + name, encoding=enc, newline="").read()
        lines = []
        for i, raw in enumerate(text.replace("\r\n", "\n").split("\n")[:-1]):
            if raw.count('"') % 2:
                lines.append((i + 1, None))  # unclosed quote
            else:
                lines.append((i + 1, next(csv.reader([raw], delimiter=delim))))
    data = lines[hdr: len(lines) - trailer]
    people, seen, dups, conf, errs, blds = {}, set(), 0, [], [], []
    for ln, r in data:
        if r is None or len(r) != nf or r[idc] == "":
            errs.append(ln); continue
        key = tuple(r)
        if key in seen:
            dups += 1; continue
        seen.add(key)
        if lastc is None:  # PowerSchool LastFirst "Last Suffix, First Middle"
            l, f = r[1].split(", ")
            last, first = l.split(" ")[0], f.split(" ")[0]
        else:
            last, first = r[lastc], r[firstc]
        b = [r[c] for c in bcols if r[c]]
        if r[idc] in people and (people[r[idc]]["n"] != (last, first)):
            conf.append([people[r[idc]]["line"], ln]); continue
        p = people.setdefault(r[idc], {"n": (last, first), "line": ln, "b": [], "a": active(r)})
        for x in b:
            if x not in p["b"]: p["b"].append(x)
            if x not in blds: blds.append(x)
    got = {"employees": len(people), "active": sum(p["a"] for p in people.values()),
           "inactive": sum(not p["a"] for p in people.values()), "buildings": len(blds),
           "exact_duplicate_rows": dups, "conflicting_id_rows": conf, "error_lines": errs}
    e = exp[name]
    for k, v in got.items():
        if e[k] != v:
            ok = False; print(f"{name}: {k} expected {e[k]} recount {v}")
    for s in e["samples"]:
        p = people[s["employee_id"]]
        if (p["n"], p["b"], p["a"]) != ((s["last_name"], s["first_name"]), s["buildings"], s["active"]):
            ok = False; print(f"{name}: sample {s} vs {p}")
    print(f"{name}: {got['employees']} people, {got['active']} active, {got['buildings']} buildings, dup {dups}, conf {conf}, err {errs}")
print("ALL AGREE" if ok else "DISAGREEMENT")
