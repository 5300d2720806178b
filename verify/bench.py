"""Benchmark: speed and memory of `score` on a large dossier built from the sample articles.

How the dossier is built: each synthetic article takes the cleaned paragraphs of two or three
sample articles (chosen with a fixed seed), keeps 60-90 % of them in shuffled order, and
rewrites nine in ten sentences with one to three light edits (synonyms, a misspelt name,
a nudged number, a dropped modifier, an inserted time or hedge), so text is real copy but
mostly not byte-identical, like syndicated and rewritten coverage. Header styles rotate through the sample's (front matter, " date"
line, "DD/MM/YYYY | Outlet").

    python -m verify.bench --articles 500
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import resource
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np

SYNONYMS = {" said ": [" stated ", " told reporters ", " said "], " images ": [" pictures ", " images "],
            " platform ": [" site ", " service ", " platform "], " investigation ": [" probe ", " inquiry "],
            " company ": [" firm ", " business "], " urgently ": [" quickly ", " as a priority "],
            "Keir": ["Kier"], "Kendall": ["Kendal"], " minors": [" children", " under-18s"]}
OUTLETS = ["Daily Ledger", "Metro Wire", "The Courier", "Evening Post", "Tech Observer", "Capital News"]


FILLERS = ["reportedly", "on Monday", "this week", "according to reports", "in a statement", "again",
           "publicly", "on Tuesday", "late on Friday", "officially"]


def _vary(sentence: str, rng: random.Random) -> str:
    """One to three light edits, as a rewriting desk would make: synonyms, a misspelt name, a
    nudged number, a dropped modifier, an inserted time or hedge."""
    if rng.random() < 0.1:
        return sentence
    for word, options in SYNONYMS.items():
        if word in sentence and rng.random() < 0.7:
            sentence = sentence.replace(word, rng.choice(options), 1)
    sentence = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.choice([0, 1, -1])), sentence, count=1)
    words = sentence.split(" ")
    for _ in range(rng.randint(1, 3)):
        if len(words) < 6:
            break
        i = rng.randrange(1, len(words) - 1)
        if rng.random() < 0.5 and words[i].islower() and len(words[i]) > 3 and words[i].isalpha():
            words.pop(i)
        else:
            words.insert(i, rng.choice(FILLERS))
    return " ".join(words)


def build_dossier(seeds: Path, n_articles: int, folder: Path, seed: int = 7) -> int:
    """Write n synthetic articles into folder; returns the number of characters written."""
    from .ingest import read_dossier

    articles, _ = read_dossier(seeds)
    paragraphs = [[p for p in a.body.split("\n\n") if len(p.split()) > 6] for a in articles]
    rng = random.Random(seed)
    total = 0
    for i in range(n_articles):
        chosen = rng.sample(range(len(paragraphs)), k=min(len(paragraphs), rng.choice([2, 3])))
        pool = [p for c in chosen for p in paragraphs[c]]
        rng.shuffle(pool)
        keep = pool[: max(3, int(len(pool) * rng.uniform(0.6, 0.9)))]
        body = "\n\n".join(" ".join(_vary(s, rng) for s in re.split(r"(?<=[.!?”])\s+", p)) for p in keep)
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(40))
        outlet = rng.choice(OUTLETS)
        title = f"Report {i} on the Grok images story"
        style = i % 3
        if style == 0:
            text = f"---\ntitle: {title}\nurl: https://news{i % 7}.example/{i}\ndate: {day.isoformat()}\n---\n\n{body}\n"
        elif style == 1:
            text = f" date {day.isoformat()} {title}\n{body}\n"
        else:
            text = f"{title}\n{day.strftime('%d/%m/%Y')} | {outlet}\n{body}\n"
        (folder / f"bench_{i:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _candidate_growth(claims, vectors, index, cfg) -> list[tuple[int, float]]:
    from .match import candidate_pairs

    rows = []
    for fraction in (0.25, 0.5, 1.0):
        n = int(len(claims) * fraction)
        t = time.perf_counter()
        candidate_pairs(claims[:n], vectors[:n], index, neighbours=cfg["neighbours"],
                        min_similarity=cfg["min_similarity"], fuzzy_min=cfg["fuzzy_min"])
        rows.append((n, time.perf_counter() - t))
    return rows


def run(n_articles: int, seeds: Path, keep: Path | None = None) -> None:
    from . import settings
    from .claims import matching_text
    from .match import EntityIndex
    from .model import embed, load_model
    from .pipeline import score_dossier

    work = Path(tempfile.mkdtemp(prefix="verify-bench-"))
    dossier_dir = keep or work / "dossier"
    dossier_dir.mkdir(parents=True, exist_ok=True)
    chars = build_dossier(seeds, n_articles, dossier_dir)
    cache = work / "cache"
    overrides = {"cache_dir": str(cache)}
    print(f"dossier: {n_articles} articles, {chars / 1e6:.1f} M characters in {dossier_dir}")

    t = time.perf_counter()
    load_model()
    model_seconds = time.perf_counter() - t

    t = time.perf_counter()
    cold = score_dossier(dossier_dir, overrides)
    cold_total = time.perf_counter() - t
    claims = list(cold.claims)
    unique = list(dict.fromkeys(matching_text(c) for c in claims))  # what the pipeline embeds
    cold_clusters, cold_timings, n_pairs = [c.id for c in cold.clusters], cold.timings, len(cold.pairs)
    del cold  # one run's results in memory at a time, as in a real scoring job

    t = time.perf_counter()
    warm = score_dossier(dossier_dir, overrides)
    warm_total = time.perf_counter() - t
    assert [c.id for c in warm.clusters] == cold_clusters
    warm_timings = warm.timings
    del warm

    t = time.perf_counter()
    vectors = embed(unique, load_model())
    embed_only = time.perf_counter() - t

    print(f"claims: {len(claims)} ({len(unique)} distinct texts), pairs: {n_pairs}, "
          f"clusters: {len(cold_clusters)}; model load {model_seconds:.1f}s (excluded below)")
    print(f"{'stage':<10}{'cold s':>10}{'claims/s':>12}{'warm s':>10}")
    warm_t = dict(warm_timings)
    for stage, seconds in cold_timings:
        print(f"{stage:<10}{seconds:>10.2f}{len(claims) / max(seconds, 1e-9):>12.0f}{warm_t.get(stage, 0):>10.2f}")
    for stage, seconds in warm_timings:
        if stage not in dict(cold_timings):
            print(f"{stage:<10}{'':>10}{'':>12}{seconds:>10.2f}")
    print(f"{'total':<10}{cold_total:>10.2f}{len(claims) / cold_total:>12.0f}{warm_total:>10.2f}")
    print(f"embedding alone (same {len(unique)} texts, no cache): {embed_only:.2f}s "
          f"= {len(unique) / embed_only:.0f} sentences/s")
    print(f"total / embedding-only = {cold_total / embed_only:.2f}x   (target <= 2x)")
    print(f"warm re-run / cold run = {warm_total / cold_total:.1%}   (target <= 10%)")
    print(f"peak memory (max RSS) = {_peak_mb():.0f} MB   (target <= 2048 MB)")

    cfg = settings.resolve(overrides)
    matrix = np.stack([vectors[unique.index(c.text)] for c in claims]) if len(claims) < 3000 else None
    if matrix is None:
        lookup = {t: i for i, t in enumerate(unique)}
        matrix = vectors[[lookup[c.text] for c in claims]]
    growth = _candidate_growth(claims, matrix, EntityIndex.build(claims), cfg)
    print("candidate generation: " + ", ".join(f"{n} claims {s:.2f}s" for n, s in growth))
    (n1, s1), (n2, s2) = growth[0], growth[-1]
    if s1 > 0 and n2 > n1:
        print(f"  growth exponent (log time / log claims) = {np.log(s2 / s1) / np.log(n2 / n1):.2f}   (2.0 = quadratic)")
    if not keep:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m verify.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="number of synthetic articles")
    parser.add_argument("--seeds", default=str(Path(__file__).resolve().parent.parent / "seeds"))
    parser.add_argument("--keep", default=None, help="write the dossier here and keep it")
    args = parser.parse_args(argv)
    run(args.articles, Path(args.seeds), Path(args.keep) if args.keep else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
