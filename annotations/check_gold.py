"""Sanity checks for a gold pairs file and the articles it quotes (stdlib only).

Run: python3 annotations/check_gold.py [GOLD_CSV ARTICLES_DIR | GOLD_FOLDER]
(default: annotations/gold_pairs.csv against seeds/; a folder: its gold_pairs.csv against its dossier/)
"""
import csv
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEEDS = os.path.join(ROOT, "seeds")
GOLD = os.path.join(HERE, "gold_pairs.csv")

COLUMNS = ["pair_id", "article_a", "quote_a", "article_b", "quote_b",
           "relation", "kind", "split", "note"]
KINDS = {
    "agree": {"paraphrase", "quote", "number", "event"},
    "conflict": {"reversal", "update", "polarity", "number", "date", "role", "scale"},
    "unrelated": {"hard-negative"},
}
SPLITS = {"dev", "test"}


def load_article(folder, stem, cache):
    if stem not in cache:
        path = os.path.join(folder, stem + ".txt")
        with open(path, encoding="utf-8", newline="") as f:
            cache[stem] = f.read()
    return cache[stem]


def main(gold=GOLD, articles=SEEDS):
    errors = []
    cache = {}
    for path, what in ((gold, "gold file"), (articles, "articles folder")):
        if not os.path.exists(path):
            sys.exit(f"{path}: no such {what}")
    with open(gold, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            errors.append("bad header: %r" % (reader.fieldnames,))
        rows = list(reader)

    ids = Counter(r["pair_id"] for r in rows)
    for pid, c in ids.items():
        if c > 1:
            errors.append("duplicate pair_id %s" % pid)

    seen_pairs = Counter()
    for r in rows:
        pid = r["pair_id"]
        if r["article_a"] == r["article_b"]:
            errors.append("%s: article_a == article_b" % pid)
        for side in ("a", "b"):
            stem, quote = r["article_" + side], r["quote_" + side]
            if not os.path.exists(os.path.join(articles, stem + ".txt")):
                errors.append("%s: unknown article %s" % (pid, stem))
                continue
            if not quote.strip():
                errors.append("%s: empty quote_%s" % (pid, side))
            if "\n" in quote or "\r" in quote:
                errors.append("%s: quote_%s spans a line break" % (pid, side))
            if quote not in load_article(articles, stem, cache):
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

    counts = Counter((r["relation"], r["split"]) for r in rows)
    print("rows: %d" % len(rows))
    print("%-10s %5s %5s %5s" % ("relation", "dev", "test", "total"))
    for rel in ("agree", "conflict", "unrelated"):
        d, t = counts[(rel, "dev")], counts[(rel, "test")]
        print("%-10s %5d %5d %5d" % (rel, d, t, d + t))
    print("kinds:", dict(sorted(Counter((r["relation"], r["kind"]) for r in rows).items())))

    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) == 2 and os.path.isdir(sys.argv[1]):
        main(os.path.join(sys.argv[1], "gold_pairs.csv"), os.path.join(sys.argv[1], "dossier"))
    else:
        main(*sys.argv[1:3])
