"""How many of the tool's flagged conflicts are judged real, on the stories whose flags helpers judged.

Builds the fresh FNC-1 dossiers of stories.json (FNC-1 train bodies, or competition-test bodies where
an entry says "part": "test", via ../fnc1_dossier.py) into
BUILD_DIR, scores them and the blind gold dossiers with the current code, and counts, per round,
the flags judged real, judged false, and not judged yet (a flag the judged code versions never
raised). Usage: python annotations/judged_flags/score_flags.py [BUILD_DIR]   (make judged-flags)
"""
import csv
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from fnc1_dossier import write_dossier  # noqa: E402


def key(article_a, text_a, article_b, text_b):
    return tuple(sorted([(article_a, text_a), (article_b, text_b)]))


def read_verdicts(path: Path) -> tuple[dict[str, dict], dict[str, str]]:
    """Verdicts by dossier and pair key, and each dossier's round, from a judged CSV."""
    judged: dict[str, dict] = defaultdict(dict)
    rounds: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            judged[row["dossier"]][key(row["article_a"], row["claim_a"], row["article_b"], row["claim_b"])] = row["verdict"]
            rounds[row["dossier"]] = row["round"]
    return judged, rounds


def dossier_folders(build: Path, rounds: dict[str, str], judged: dict[str, dict]) -> dict[str, Path]:
    """Each judged dossier's folder: the fresh FNC-1 dossiers written into `build` (once), and the
    gold dossiers where they are. Fills in the round of a dossier no verdict names."""
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    folders = {}
    for name, entry in stories.items():
        rounds.setdefault(name, entry.get("round", "?"))  # a dossier none of whose flags was ever judged
        folder = build / name
        if not (folder / "dossier").is_dir():
            with open(os.devnull, "w") as quiet:
                stdout, sys.stdout = sys.stdout, quiet
                try:
                    write_dossier(str(folder), entry.get("part", "train"), entry["stories"])
                finally:
                    sys.stdout = stdout
        folders[name] = folder / "dossier"
    for name in judged:
        if name not in folders:
            folders[name] = HERE.parent.parent / name
    return folders


def judged_pairs(folders: dict[str, Path], relation: str):
    """Each dossier's pairs of one relation, scored with the current code, once per pair of claims:
    (dossier, pair, claim a, claim b, key). Raises VerifyError for a dossier that cannot be read."""
    from verify.pipeline import score_dossier

    for name, folder in sorted(folders.items()):
        dossier = score_dossier(folder)
        claims = {c.id: c for c in dossier.claims}
        seen = set()
        for pair in dossier.pairs:
            if pair.relation != relation:
                continue
            a, b = claims[pair.a], claims[pair.b]
            k = key(a.article_id, a.text, b.article_id, b.text)
            if k not in seen:
                seen.add(k)
                yield name, pair, a, b, k


def main(build: Path) -> int:
    from verify.errors import VerifyError

    judged, rounds = read_verdicts(HERE / "judged_flags.csv")
    folders = dossier_folders(build, rounds, judged)
    totals: dict[str, Counter] = defaultdict(Counter)
    try:
        for name, pair, a, b, k in judged_pairs(folders, "conflict"):
            if name == "annotations/heldout/dossier" and not any(
                    c.article_id.startswith("teen-72m-stocks") for c in (a, b)):
                continue  # that dossier's test story only
            totals[rounds.get(name, "?")][judged[name].get(k, "not judged")] += 1
    except VerifyError as err:
        print(err, file=sys.stderr)
        return 2
    print("| round | flags | judged real | judged false | unsure | not judged |")
    print("|---|---|---|---|---|---|")
    for round_ in set(rounds.values()) - set(totals):
        totals[round_] = Counter()  # a round whose dossiers now raise no flag at all
    for round_, c in sorted(totals.items()):
        print(f"| {round_} | {sum(c.values())} | {c['real']} | {c['false']} | {c['unsure']} | {c['not judged']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/verify-judged-flags")))
