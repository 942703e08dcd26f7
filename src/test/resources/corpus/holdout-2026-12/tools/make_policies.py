"""Builds /work/holdout/policies/* and expected.json from policy_data.py."""
import json
import sys

import make_html
import make_pdf
import make_text

only = sys.argv[1:]
entries = []
for fn in make_html.ALL + make_pdf.ALL + make_text.ALL:
    if only and not any(o in fn.__name__ for o in only):
        continue
    print("making", fn.__name__, flush=True)
    entries.append(fn())
if not only:
    entries.sort(key=lambda e: e["file"])
    with open("/work/holdout/policies/expected.json", "w", encoding="utf-8") as f:
        json.dump(entries, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(len(entries), "files")
