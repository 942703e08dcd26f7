"""Cross-checks expected.json against the files' own text: every key value must be findable in the file."""
import html, json, re, subprocess, sys
BASE = "/work/holdout/policies/"
exp = json.load(open(BASE + "expected.json", encoding="utf-8"))

def text_of(name):
    if name.endswith(".pdf"):
        r = subprocess.run(["pdftotext", BASE + name, "-"], capture_output=True, text=True)
        return r.stdout if r.returncode == 0 else None
    raw = open(BASE + name, "rb").read()
    enc = "cp1252" if b"charset=windows-1252" in raw else "utf-8"
    s = raw.decode(enc)
    if name.endswith((".html", ".htm")):
        s = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return s

def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("-\n", "-")
    return re.sub(r"\s+", " ", s)

MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    return [f"{MON[m-1]} {d}, {y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", iso]

bad = 0
for e in exp:
    t = text_of(e["file"])
    if e["refused"]:
        print(f"{e['file']}: refused; text chars={0 if t is None else len(t.strip())}")
        continue
    t = norm(t)
    tn = re.sub(r"(\d)[.\-](\d)", r"\1:\2", t)  # accept 5.260 / 5-260 spellings
    for p in e["policies"]:
        checks = [("number", p["number"], tn), ("title", p["title"], t),
                  ("first", norm(p["body_first_words"]), t), ("last", norm(p["body_last_words"]), t)]
        checks += [("legal", norm(r), t) for r in p["legal_refs"]]
        checks += [("cross", c, tn) for c in p["cross_refs"]]
        for label, val, hay in checks:
            if val not in hay:
                # dehyphenated line ends in groff output
                if val.replace(" ", "") in hay.replace(" ", "").replace("-", ""):
                    continue
                print(f"MISSING {e['file']} {p['number']} {label}: {val!r}"); bad += 1
        for dt in [p["adopted"]] + p["amended"]:
            if not any(f in t for f in date_forms(dt)):
                print(f"MISSING {e['file']} {p['number']} date {dt}"); bad += 1
        # number of dates: count date-looking strings after LEGAL REF
        tail = t[t.find("LEGAL REF"):]
        found = set()
        for m in re.finditer(r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})|\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b", tail):
            g = m.groups()
            if g[0]: found.add(f"{g[2]}-{MON.index(g[0])+1:02d}-{int(g[1]):02d}")
            elif g[3]: found.add(f"{g[5]}-{int(g[3]):02d}-{int(g[4]):02d}")
            else: found.add(f"{g[6]}-{g[7]}-{g[8]}")
        keyd = {p["adopted"], *p["amended"]}
        if len(e["policies"]) == 1 and found != keyd:
            print(f"DATES {e['file']}: in file after LEGAL REF {sorted(found)} vs key {sorted(keyd)}")
    print(f"{e['file']}: {len(e['policies'])} policies checked")
print("problems:", bad)
