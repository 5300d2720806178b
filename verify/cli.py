"""Command line: thin adapter over the pipeline; VerifyErrors become one-line messages."""
from __future__ import annotations

import argparse
import logging
import sys

from . import settings
from .errors import VerifyError


def _add_setting_flags(parser: argparse.ArgumentParser, names: list[str]) -> None:
    for s in settings.SETTINGS:
        if s.name in names:
            parser.add_argument(f"--{s.name.replace('_', '-')}", dest=s.name, type=type(s.default),
                                default=None, help=f"{s.help} (default: {s.default})")


def _overrides(args, names: list[str]) -> dict:
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


PIPELINE_SETTINGS = ["cache_dir", "neighbours", "min_similarity", "fuzzy_min", "agree_similarity",
                     "cluster_similarity", "max_cluster_size", "conflict_min_similarity", "number_tolerance", "wire_similarity"]


def _progress_bar(quiet: bool):
    if quiet:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=100, file=sys.stderr, desc="scoring", bar_format="{desc:<10} {bar} {percentage:3.0f}%")

    def update(stage: str, fraction: float) -> None:
        bar.set_description_str(stage)
        bar.update(max(0, int(fraction * 100) - bar.n))

    return update, bar.close


def cmd_score(args) -> int:
    from .export import write_outputs
    from .pipeline import score_dossier

    progress, close = _progress_bar(args.quiet)
    try:
        dossier = score_dossier(args.dossier, _overrides(args, PIPELINE_SETTINGS), progress)
        if args.stances:
            from .stance_product import apply_stance_model
            dossier = apply_stance_model(dossier, _overrides(args, PIPELINE_SETTINGS))
    finally:
        close()
    for warning in dossier.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    written = write_outputs(dossier, args.out)
    counts = {v: sum(c.suggested_verdict == v for c in dossier.clusters)
              for v in ("conflicting", "single-source", "corroborated")}
    print(f"{len(dossier.articles)} articles, {len(dossier.claims)} claims, {len(dossier.pairs)} pairs, "
          f"{len(dossier.clusters)} clusters ({', '.join(f'{n} {v}' for v, n in counts.items())})")
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate_command
    return evaluate_command(args.dossier, args.gold, split=args.split, markdown=args.markdown,
                            overrides=_overrides(args, PIPELINE_SETTINGS), stance=args.stance,
                            tune_on=tuple(args.tune_on) if args.tune_on else None)


def cmd_stance(args) -> int:
    from .stance import predict_fnc_files
    n = predict_fnc_files(args.stances, args.bodies, args.out, model_dir=args.model, progress=not args.quiet)
    print(f"wrote {n} predictions to {args.out}")
    return 0


def cmd_report(args) -> int:
    from .review import report_command
    n = report_command(args.dossier, args.db, args.out)
    print(f"wrote report with {n} clusters to {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="verify", description="Cross-verify claims across a dossier of articles.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("score", help="score a dossier folder and write claims, pairs, clusters and report CSVs")
    p.add_argument("dossier", help="folder of .txt, .md and .html articles")
    p.add_argument("--out", required=True, help="folder to write the CSV files into")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--stances", action="store_true", help="use the stance model: as evidence of agreement, and for each source's stance on each cluster")
    _add_setting_flags(p, PIPELINE_SETTINGS)
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("evaluate", help="precision/recall/F1 against gold claim-pair annotations")
    p.add_argument("dossier")
    p.add_argument("gold", help="gold pairs CSV (see annotations/README.md)")
    p.add_argument("--split", default="all", help="which gold split to report (default: each split in the file)")
    p.add_argument("--tune-on", nargs=2, metavar=("DOSSIER", "GOLD"), default=None,
                   help="tune the baselines on this dossier's dev pairs (default: the gold file's own dev "
                        "split, or the sample dossier's for a held-out file)")
    p.add_argument("--markdown", action="store_true", help="print the comparison as a markdown table")
    p.add_argument("--stance", action="store_true", help="also measure the stance model as extra evidence")
    _add_setting_flags(p, PIPELINE_SETTINGS)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("stance", help="predict FNC-1 stances: Headline, Body ID -> Stance")
    p.add_argument("stances", help="CSV with Headline, Body ID")
    p.add_argument("bodies", help="CSV with Body ID, articleBody")
    p.add_argument("--out", required=True)
    p.add_argument("--model", default=None, help="stance model folder (default: verify/models)")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_stance)

    p = sub.add_parser("report", help="verification report with reviewer decisions as CSV")
    p.add_argument("dossier")
    p.add_argument("--db", default=settings.default("db_path"), help="decisions database")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        return args.func(args)
    except VerifyError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
