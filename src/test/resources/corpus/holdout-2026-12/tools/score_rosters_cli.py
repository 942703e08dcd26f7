#!/usr/bin/env python3
"""Scores `roster import --dry-run --json` against /work/holdout/rosters/expected.json. usage: rosters.py JAR"""
import json, subprocess, sys, tempfile, os
jar = sys.argv[1]
import os; base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'rosters')
exp = json.load(open(f'{base}/expected.json'))
right = total = 0
for e in exp:
    db = tempfile.mkdtemp()
    p = subprocess.run(['java', '-jar', jar, '--db', db, 'roster', 'import', f"{base}/{e['file']}", '--dry-run', '--json'],
                       capture_output=True, text=True)
    try:
        j = json.loads(p.stdout)
    except Exception:
        print(e['file'], 'NO JSON', p.stdout[:200], p.stderr[:300]); total += 5; continue
    c = j.get('counts', {})
    checks = {
        'employees': (c.get('people'), e['employees']),
        'inactive': (c.get('inactive'), e['inactive']),
        'buildings': (c.get('buildings'), e['buildings']),
        'duplicates': (c.get('duplicates'), e['exact_duplicate_rows']),
        'error_lines': (sorted(x['line'] for x in j.get('errors', [])), sorted(e['error_lines'])),
    }
    bad = {k: v for k, v in checks.items() if v[0] != v[1]}
    right += len(checks) - len(bad); total += len(checks)
    print(('OK  ' if not bad else 'BAD ') + e['file'], j.get('layout', {}) and j['layout'].get('preset'),
          '' if not bad else bad, '' if j.get('ok') else 'ERROR: ' + str(j.get('error'))[:300])
print(f'rosters: {right}/{total} = {100*right/total:.1f}%')
