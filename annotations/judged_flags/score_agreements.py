"""How many of the tool's agreements are judged the same checkable fact, on the judged-flags stories.

A fixed sample: of the agree pairs the current code finds between two differently worded claims (a
claim copied word for word is agreement by construction), those whose pair key hashes into one
of the first SAMPLED_BUCKETS of SAMPLE_BUCKETS. The bucket depends only on the two claims, so any code's agreements on
the same claims fall into the same sample, and an agreement a change newly makes is "not judged"
until it is. Verdicts are in judged_agreements.csv: `same` (one checkable fact, as a fact-checker
would count it as corroboration), `different` (different facts, or one does not support the
other), `unsure`.

Usage: python annotations/judged_flags/score_agreements.py [BUILD_DIR] [--todo DIR]
  --todo DIR writes the sampled agreements no verdict covers, shuffled, to DIR/agreements.csv (what a
  blind judge sees: the two claims and their article files) and DIR/key.csv (dossier, round, reasons).
"""
import csv
import hashlib
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from score_flags import dossier_folders, judged_pairs, read_verdicts  # noqa: E402

SAMPLE_BUCKETS, SAMPLED_BUCKETS = 100, 2  # two pairs in a hundred


def sampled(k: tuple) -> bool:
    return int(hashlib.sha1(repr(k).encode("utf-8")).hexdigest(), 16) % SAMPLE_BUCKETS < SAMPLED_BUCKETS


def main(build: Path, todo: Path | None) -> int:
    from verify.errors import VerifyError

    judged, rounds = read_verdicts(HERE / "judged_agreements.csv")
    folders = {name: folder for name, folder in dossier_folders(build, rounds, judged).items()
               if not name.startswith("annotations/")}  # the gold dossiers have gold pairs instead
    totals: dict[str, Counter] = defaultdict(Counter)
    rows = []
    try:
        for name, pair, a, b, k in judged_pairs(folders, "agree"):
            if a.text == b.text or not sampled(k):
                continue
            verdict = judged[name].get(k, "not judged")
            totals[rounds[name]][verdict] += 1
            totals[rounds[name]][f"apart {verdict}"] += not pair.reasons[0].startswith("same wording")
            if verdict == "not judged":
                rows.append(dict(dossier=name, round=rounds[name], folder=str(folders[name].resolve()),
                                 article_a=k[0][0], claim_a=k[0][1], article_b=k[1][0], claim_b=k[1][1],
                                 tool_reasons="; ".join(pair.reasons)))
    except VerifyError as err:
        print(err, file=sys.stderr)
        return 2
    print("| round | sampled agreements | judged same | judged different | unsure | not judged "
          "| worded apart: same / different |")
    print("|---|---|---|---|---|---|---|")
    for round_, c in sorted(totals.items()):
        print(f"| {round_} | {sum(c[v] for v in ('same', 'different', 'unsure', 'not judged'))} | {c['same']} "
              f"| {c['different']} | {c['unsure']} | {c['not judged']} | {c['apart same']} / {c['apart different']} |")
    if todo is not None:
        todo.mkdir(parents=True, exist_ok=True)
        random.Random(11).shuffle(rows)
        with open(todo / "agreements.csv", "w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["n", "dossier_folder", "article_a", "claim_a", "article_b", "claim_b"])
            for n, r in enumerate(rows, 1):
                out.writerow([n, r["folder"], r["article_a"], r["claim_a"], r["article_b"], r["claim_b"]])
        with open(todo / "key.csv", "w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["n", *(rows[0] if rows else [])])
            for n, r in enumerate(rows, 1):
                out.writerow([n, *r.values()])
        print(f"{len(rows)} agreements to judge written to {todo}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    todo_dir = None
    if "--todo" in args:
        at = args.index("--todo")
        todo_dir = Path(args[at + 1])
        del args[at:at + 2]
    sys.exit(main(Path(args[0] if args else "/tmp/verify-judged-flags"), todo_dir))
