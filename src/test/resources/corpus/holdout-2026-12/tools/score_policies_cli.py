#!/usr/bin/env python3
"""Scores `import FILE --json` against /work/holdout/policies/expected.json. usage: policies.py JAR"""
import json, re, subprocess, sys, tempfile
jar = sys.argv[1]
import os; base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'policies')
exp = json.load(open(f'{base}/expected.json'))
def norm(s): return re.sub(r'[\s\u00a0]+', ' ', (s or '')).strip().rstrip('.').lower().replace('\u2019', "'")
def words(s): return re.findall(r"[\w§']+", (s or '').lower().replace('\u2019', "'"))
right = total = 0
fails = {}
only = sys.argv[2:]
for e in exp:
    if only and not any(o in e['file'] for o in only): continue
    db = tempfile.mkdtemp()
    p = subprocess.run(['java', '-jar', jar, '--db', db, 'import', f"{base}/{e['file']}", '--json'],
                       capture_output=True, text=True)
    if e['refused'] or not e['policies']:
        ok = p.returncode != 0 or (p.stdout.strip() in ('', '[]') or json.loads(p.stdout or '[]') == [])
        lst = subprocess.run(['java', '-jar', jar, '--db', db, 'list', '--json'], capture_output=True, text=True).stdout
        stored = [x for x in json.loads(lst or '[]') if x.get('number') != '5:125']  # the sample district
        ok = ok and not stored
        total += 1; right += ok
        print(('OK  ' if ok else 'BAD ') + e['file'], 'refused/none', '' if ok else (p.returncode, p.stdout[:200], p.stderr[:200], lst[:200]))
        continue
    try:
        got = json.loads(p.stdout)
    except Exception:
        print('BAD', e['file'], 'NO JSON', p.returncode, p.stdout[:200], p.stderr[:400]); total += 6 * len(e['policies']); continue
    if isinstance(got, dict): got = [got]
    bynum = {g.get('number'): g for g in got}
    for ep in e['policies']:
        g = bynum.get(ep['number']) or (got[0] if len(got) == 1 else {})
        hist = g.get('history') or []
        adopted = [h['date'] for h in hist if h.get('kind') in ('adopted',)]
        amended = sorted(h['date'] for h in hist if h.get('kind') in ('amended', 'revised'))
        checks = {
            'number': (g.get('number'), ep['number']),
            'title': (norm(g.get('title')), norm(ep['title'])),
            'section': (norm(g.get('section')), norm(ep['section'])),
            'legal': ([norm(x) for x in g.get('legal_refs') or []], [norm(x) for x in ep['legal_refs']]),
            'cross': (sorted(c['number'] if isinstance(c, dict) else c for c in g.get('cross_refs') or []), sorted(ep['cross_refs'])),
            'dates': ((adopted[:1], amended), ([ep['adopted']] if ep.get('adopted') else [], sorted(ep.get('amended') or []))),
        }
        bad = {k: v for k, v in checks.items() if v[0] != v[1]}
        for k in bad: fails[k] = fails.get(k, 0) + 1
        right += len(checks) - len(bad); total += len(checks)
        print(('OK  ' if not bad else 'BAD ') + e['file'] + ' ' + ep['number'], '' if not bad else json.dumps(bad)[:700])
    if len(got) != len(e['policies']):
        print('    policies found', len(got), 'expected', len(e['policies']), [g.get('number') for g in got])
print(f'policies: {right}/{total} = {100*right/total:.1f}%  failures by field: {fails}')
