#!/usr/bin/env python3
"""Builds src/main/resources/io/aidfacts/extract/admin-divisions.tsv from the WTFPL list of
China's administrative divisions (modood/Administrative-divisions-of-China, 2023 statistics-
bureau codes) as laid out in ../shared/data/admin-divisions/.

usage: scripts/gen-admin-divisions.py [SOURCE_DIR] [OUTPUT]

Codes are padded to GB/T 2260's six digits for provinces (520000) and prefectures (520200);
counties keep six, townships the bureau's nine. The placeholder prefectures of the
municipalities and of province-administered counties (市辖区, 县, 省直辖县级行政区划) are
left out and their counties hang from the province. Townships are kept when they are 乡, 镇,
街道 or 苏木 (farms, prisons and development zones in the list are not places news names).
"""
import csv
import sys
from pathlib import Path

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
TOWNSHIP_ENDINGS = ("乡", "镇", "街道", "苏木")


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def main():
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/admin-divisions")
    out = Path(sys.argv[2] if len(sys.argv) > 2
               else "src/main/resources/io/aidfacts/extract/admin-divisions.tsv")
    lines = []
    for r in rows(src / "provinces.csv"):
        lines.append((r["code"] + "0000", r["name"], ""))
    # Hong Kong, Macau and Taiwan carry their GB/T 2260 province-level codes.
    lines += [("710000", "台湾省", ""), ("810000", "香港特别行政区", ""), ("820000", "澳门特别行政区", "")]
    city_parent = {}
    for r in rows(src / "cities.csv"):
        if r["name"] in PLACEHOLDER_CITIES:
            city_parent[r["code"]] = r["provinceCode"] + "0000"
            continue
        code = r["code"] + "00"
        city_parent[r["code"]] = code
        lines.append((code, r["name"], r["provinceCode"] + "0000"))
    for r in rows(src / "areas.csv"):
        parent = city_parent[r["cityCode"]]
        if r["code"] == parent:
            # Prefecture-level cities without counties (东莞市, 中山市) repeat themselves
            # as their own county; the prefecture row already stands for them.
            continue
        lines.append((r["code"], r["name"], parent))
    for r in rows(src / "streets.csv"):
        if r["name"].endswith(TOWNSHIP_ENDINGS):
            lines.append((r["code"], r["name"], r["areaCode"]))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# China's administrative divisions: code, name, parent code.\n")
        f.write("# Derived by scripts/gen-admin-divisions.py from modood/Administrative-divisions-of-China\n")
        f.write("# (2023 statistics-bureau codes), licensed WTFPL (Do What The F*ck You Want To Public\n")
        f.write("# License, version 2). Copyright (C) 2004 Sam Hocevar for the licence text.\n")
        for code, name, parent in lines:
            f.write(f"{code}\t{name}\t{parent}\n")
    print(f"{out}: {len(lines)} divisions", file=sys.stderr)


if __name__ == "__main__":
    main()
