#!/usr/bin/env python3
"""Measures the mix of the real Ofsted provider list so the demo generator copies it, not guesses it.

Usage: python3 scripts/measure_ofsted_mix.py /work/shared/data/ofsted/provider_at_march_2025.csv
Prints the counts that are pasted into src/main/java/uk/placewise/demo/OfstedMix.java.
Source: Ofsted, "Children's social care data in England 2025 - Provider level as at 31 March 2025"
(Open Government Licence v3.0).
"""
import collections
import csv
import datetime
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/ofsted/provider_at_march_2025.csv"
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header = [h.strip() for h in rows[3]]
data = rows[4:]
col = {name: i for i, name in enumerate(header) if name}
snapshot = datetime.date(2025, 3, 31)
C = collections.Counter

def counts(rs, name):
    return C(r[col[name]] for r in rs)

print(f"rows {len(data)}")
by_type = C(r[col['Provision type']] for r in data)
for ptype, n in by_type.most_common():
    rs = [r for r in data if r[col['Provision type']] == ptype]
    print(f"\nTYPE {ptype!r} {n}")
    for name in ['Sector', 'Registration status', 'Overall experiences and progress of children and young people',
                 'Supported Accommodation outcome', 'Outcomes in education and related learning activities',
                 'Health services']:
        print(f"  {name}: {dict(counts(rs, name).most_common())}")
    places = C(r[col['Places']] for r in rs)
    print(f"  Places: {dict(sorted(places.items(), key=lambda kv: (len(kv[0]), kv[0])))}")
print("\nRegion", dict(counts(data, 'Ofsted Region').most_common()))
ages = C()
for r in data:
    d = datetime.datetime.strptime(r[col['Registration date']], "%d/%m/%Y").date()
    ages[min((snapshot - d).days // 365, 20)] += 1
print("Registration age in whole years before snapshot (20 = 20+)", dict(sorted(ages.items())))
insp = C()
for r in data:
    v = r[col['Latest full inspection date']]
    if v:
        d = datetime.datetime.strptime(v, "%d/%m/%Y").date()
        insp[(snapshot - d).days // 91] += 1
print("Latest full inspection age in quarters before snapshot", dict(sorted(insp.items())))
orgs = C(r[col['Organisation which owns the provider']].strip() for r in data)
print("Organisations", len(orgs), "settings per organisation:", dict(sorted(C(orgs.values()).items())))
