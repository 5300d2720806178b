"""Sanity checks for annotations/heldout/gold_pairs.csv (stdlib only).

Run: python3 annotations/heldout/check_heldout.py
"""
import csv
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOSSIER = os.path.join(HERE, "dossier")
GOLD = os.path.join(HERE, "gold_pairs.csv")

COLUMNS = ["pair_id", "article_a", "quote_a", "article_b", "quote_b",
           "relation", "kind", "split", "note"]
KINDS = {
    "agree": {"paraphrase", "quote", "number", "event"},
    "conflict": {"reversal", "update", "polarity", "number", "date", "role", "scale"},
    "unrelated": {"hard-negative"},
}
SPLITS = {"dev", "test"}  # dev: the meteorite story; test: the stock-trading story


def load_article(stem, cache):
    if stem not in cache:
        with open(os.path.join(DOSSIER, stem + ".txt"), encoding="utf-8", newline="") as f:
            cache[stem] = f.read()
    return cache[stem]


def main():
    errors = []
    cache = {}
    with open(GOLD, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            errors.append("bad header: %r" % (reader.fieldnames,))
        rows = list(reader)

    for pid, c in Counter(r["pair_id"] for r in rows).items():
        if c > 1:
            errors.append("duplicate pair_id %s" % pid)

    seen_pairs = Counter()
    for r in rows:
        pid = r["pair_id"]
        if r["article_a"] == r["article_b"]:
            errors.append("%s: article_a == article_b" % pid)
        elif not r["article_a"] < r["article_b"]:
            errors.append("%s: article_a does not sort before article_b" % pid)
        for side in ("a", "b"):
            stem, quote = r["article_" + side], r["quote_" + side]
            if not os.path.exists(os.path.join(DOSSIER, stem + ".txt")):
                errors.append("%s: unknown article %s" % (pid, stem))
                continue
            if not quote.strip():
                errors.append("%s: empty quote_%s" % (pid, side))
            if "\n" in quote or "\r" in quote:
                errors.append("%s: quote_%s spans a line break" % (pid, side))
            if quote not in load_article(stem, cache):
                errors.append("%s: quote_%s not found in %s: %r" % (pid, side, stem, quote))
        rel, kind, split = r["relation"], r["kind"], r["split"]
        if rel not in KINDS:
            errors.append("%s: bad relation %r" % (pid, rel))
        elif kind not in KINDS[rel]:
            errors.append("%s: kind %r not allowed for %s" % (pid, kind, rel))
        if split not in SPLITS:
            errors.append("%s: bad split %r" % (pid, split))
        if not r["note"].strip():
            errors.append("%s: empty note" % pid)
        key = frozenset([(r["article_a"], r["quote_a"]), (r["article_b"], r["quote_b"])])
        seen_pairs[key] += 1
        if seen_pairs[key] > 1:
            errors.append("%s: duplicate quote pair" % pid)

    print("rows: %d" % len(rows))
    counts = Counter(r["relation"] for r in rows)
    for rel in ("agree", "conflict", "unrelated"):
        print("%-10s %5d" % (rel, counts[rel]))
    print("kinds:", dict(sorted(Counter((r["relation"], r["kind"]) for r in rows).items())))
    stories = Counter((r["article_a"].split("_")[0], r["relation"]) for r in rows)
    print("by story:", dict(sorted(stories.items())))

    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
