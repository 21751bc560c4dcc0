#!/usr/bin/env python3
"""Regenerates src/facts/zones.tab and countries.tab from the system's tzdata
(Debian: /usr/share/zoneinfo). Run from the repository root after a tzdata
update; commit the result. The data are public domain (IANA tz database)."""
import sys

TZ = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/zoneinfo"

zones = {}
for line in open(f"{TZ}/zone.tab"):
    if line.startswith("#"):
        continue
    cc, _, zone = line.split("\t")[:3]
    zones[zone.strip()] = cc
links = {}
for line in open(f"{TZ}/tzdata.zi"):
    if line.startswith("L "):
        _, target, link = line.split()
        links[link] = target
for link, target in links.items():
    if link not in zones and target in zones:
        zones[link] = zones[target]
names = {}
for line in open(f"{TZ}/iso3166.tab"):
    if line.startswith("#"):
        continue
    cc, name = line.rstrip("\n").split("\t")
    names[cc] = name
version = open(f"{TZ}/tzdata.zi").readline().strip().split()[-1]
with open("src/facts/zones.tab", "w") as f:
    f.write(f"# Time zone -> country (ISO 3166 alpha-2), from tzdata {version}'s zone.tab,\n"
            "# with the links in its tzdata.zi resolved (public domain, IANA tz database).\n"
            "# Regenerate: python3 tests/tz_tables.py\n")
    for z in sorted(zones):
        f.write(f"{z}\t{zones[z]}\n")
with open("src/facts/countries.tab", "w") as f:
    f.write(f"# ISO 3166 alpha-2 code -> country name, from tzdata {version}'s iso3166.tab\n"
            "# (public domain, IANA tz database). Regenerate: python3 tests/tz_tables.py\n")
    for c in sorted(names):
        f.write(f"{c}\t{names[c]}\n")
print(f"{len(zones)} zones, {len(names)} countries (tzdata {version})")
