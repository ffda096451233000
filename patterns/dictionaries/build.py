#!/usr/bin/env python3
"""Rebuild the name, word and place dictionaries in this folder from published sources.

Sources (all fetched from PyPI / Debian by name, nothing else):
  * names 0.3.0 (PyPI, MIT): US Census 1990 given-name and surname frequency files
    (the Census data itself is public domain).
  * gender-guesser 0.4.0 (PyPI): nam_dict.txt by Joerg Michael, an international
    given-name dictionary of ~48k names, GNU Free Documentation License 1.2+.
  * wamerican (Debian, SCOWL licence: free to use, copy and modify): English words, used
    to mark which names are also ordinary words ("May", "Will", "Grant") and, apart,
    the words that are no names at all ("tuned", "emergency").
  * airportsdata (PyPI, MIT): city names of airports with an IATA code, so that a city
    written alone is recognised as aggregate-level context, not a person.

Faker and other fake-data word lists are deliberately NOT used: synthetic corpora are
generated from them, so they would overstate recall on real travelers.

Usage:
    pip download --no-deps -d /tmp/dictsrc names==0.3.0 gender-guesser==0.4.0 airportsdata
    apt-get install -y wamerican
    python3 build.py /tmp/dictsrc
"""
import csv
import glob
import io
import os
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def read_member(src, pattern, suffix):
    for path in glob.glob(os.path.join(src, pattern)):
        if path.endswith(".whl") or path.endswith(".zip"):
            with zipfile.ZipFile(path) as z:
                for n in z.namelist():
                    if n.endswith(suffix):
                        return z.read(n).decode("utf-8", "replace")
        elif path.endswith(".tar.gz"):
            with tarfile.open(path) as t:
                for m in t.getmembers():
                    if m.name.endswith(suffix):
                        return t.extractfile(m).read().decode("utf-8", "replace")
    sys.exit(f"missing {suffix} in {src}/{pattern}")


def census(text):
    return {line.split()[0].capitalize() for line in text.splitlines() if line.strip()}


def nam_dict(text):
    out = set()
    for line in text.splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        for part in name.replace("+", " ").replace("-", " ").split():
            if len(part) >= 2 and part[0].isupper() and all(c.isalpha() or c == "'" for c in part):
                out.add(part)
    return out


def main(src):
    given = census(read_member(src, "names-*.tar.gz", "dist.male.first"))
    given |= census(read_member(src, "names-*.tar.gz", "dist.female.first"))
    given |= nam_dict(read_member(src, "gender_guesser-*.whl", "nam_dict.txt"))
    surnames = census(read_member(src, "names-*.tar.gz", "dist.all.last"))

    with open("/usr/share/dict/american-english", encoding="utf-8", errors="replace") as f:
        words = {w.strip() for w in f if w.strip() and w.strip()[0].islower()}
    lower_names = {n.lower() for n in given | surnames}
    common = sorted(w for w in words if "'" not in w and w in lower_names)
    # every other word, so that a capitalised word in no list is more surely a name
    english = sorted(
        w for w in words if len(w) >= 3 and w.isalpha() and w not in lower_names
    )

    rows = csv.DictReader(io.StringIO(read_member(src, "airportsdata-*.whl", "airports.csv")))
    places = {r["city"].strip() for r in rows if r["iata"] and r["city"].strip()}

    def write(name, items, header):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(header)
            for item in sorted(items):
                f.write(item + "\n")

    write("given_names.txt", given, "# given names: US Census 1990 (public domain) + nam_dict.txt (GFDL); see build.py\n")
    write("surnames.txt", surnames, "# surnames: US Census 1990 (public domain); see build.py\n")
    write("common_words.txt", common, "# names that are also lower-case English words (wamerican, SCOWL); see build.py\n")
    write("english_words.txt", english, "# lower-case English words that are no names (wamerican, SCOWL); see build.py\n")
    write("places.txt", places, "# cities with an IATA airport (airportsdata, MIT); see build.py\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dictsrc")
