"""Evaluation: metrics by hand, gold file validation, and the command over the sample dossier."""
import subprocess
import sys

import pytest

from conftest import ROOT
from verify.errors import EvaluateError
from verify.evaluate import metrics, read_gold


def test_metrics_by_hand():
    gold = ["agree", "agree", "conflict", "unrelated", "unrelated"]
    pred = ["agree", "none", "conflict", "agree", "related"]
    m = metrics(gold, pred)
    assert m["agree_p"] == pytest.approx(0.5) and m["agree_r"] == pytest.approx(0.5)
    assert m["conflict_p"] == 1.0 and m["conflict_r"] == 1.0
    assert m["hardneg_linked"] == pytest.approx(0.5)


def test_gold_with_unknown_relation_is_a_clear_error(tmp_path):
    bad = tmp_path / "gold.csv"
    bad.write_text("pair_id,article_a,quote_a,article_b,quote_b,relation,kind,split,note\n"
                   "g1,a,x,b,y,disagree,,dev,\n", encoding="utf-8")
    with pytest.raises(EvaluateError, match="unknown relation 'disagree'"):
        read_gold(bad)


def test_gold_quotes_all_occur_in_the_sample_dossier():
    from verify.ingest import read_file
    gold = read_gold(ROOT / "annotations" / "gold_pairs.csv")
    assert {g.relation for g in gold} == {"agree", "conflict", "unrelated"}
    for g in gold:
        for aid, quote in ((g.article_a, g.quote_a), (g.article_b, g.quote_b)):
            assert quote in read_file(ROOT / "seeds" / f"{aid}.txt")


@pytest.mark.slow
def test_evaluate_command_prints_figures_for_system_and_baselines():
    result = subprocess.run([sys.executable, "-m", "verify", "evaluate", "seeds", "annotations/gold_pairs.csv"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    print(result.stdout)
    for needle in ("gold split: dev", "gold split: test", "this system", "embedding threshold", "fuzzy ratio", "agree F1"):
        assert needle in result.stdout


@pytest.mark.parametrize("name, splits", [("heldout", {"dev", "test"}), ("heldout2", {"test"}), ("heldout3", {"test"}),
                                         ("heldout4", {"test"}), ("dev2", {"dev"}), ("dev3", {"dev"}),
                                         ("dev4", {"dev"}), ("dev5", {"dev"}), ("dev6", {"dev"}), ("dev7", {"dev"}),
                                         ("dev8", {"dev"}), ("dev9", {"dev"}), ("dev10", {"dev"}),
                                         ("dev11", {"dev"}), ("dev12", {"dev"}), ("dev13", {"dev"}), ("dev14", {"dev"}),
                                         ("heldout5", {"test"}), ("heldout6", {"test"}), ("heldout7", {"test"}),
                                         ("heldout8", {"test"}), ("heldout9", {"test"}), ("heldout10", {"test"}),
                                         ("heldout11", {"test"}), ("heldout12", {"test"}), ("dev15", {"dev"}),
                                         ("heldout13", {"test"}), ("heldout14", {"test"}), ("heldout15", {"test"})])
def test_other_stories_gold_quotes_all_occur_in_their_dossier(name, splits):
    from verify.ingest import read_file
    folder = ROOT / "annotations" / name
    gold = read_gold(folder / "gold_pairs.csv")
    assert {g.split for g in gold} == splits and len(gold) >= 60
    for g in gold:
        for aid, quote in ((g.article_a, g.quote_a), (g.article_b, g.quote_b)):
            assert quote in read_file(folder / "dossier" / f"{aid}.txt")


@pytest.mark.slow
def test_evaluate_command_on_the_heldout_stories():
    result = subprocess.run([sys.executable, "-m", "verify", "evaluate", "annotations/heldout/dossier",
                             "annotations/heldout/gold_pairs.csv"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    print(result.stdout)
    assert "gold split: test (agree 21, conflict 7, unrelated 7)" in result.stdout
    assert "baselines tuned on the dev split" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("name, counts", [("heldout2", "agree 51, conflict 17, unrelated 17"),
                                          ("heldout3", "agree 48, conflict 26, unrelated 16"),
                                          ("heldout4", "agree 45, conflict 27, unrelated 18"),
                                          ("heldout5", "agree 44, conflict 35, unrelated 29"),
                                          ("heldout6", "agree 49, conflict 42, unrelated 33"),
                                          ("heldout7", "agree 44, conflict 36, unrelated 30"),
                                          ("heldout8", "agree 52, conflict 37, unrelated 27"),
                                          ("heldout9", "agree 48, conflict 33, unrelated 29"),
                                          ("heldout10", "agree 44, conflict 37, unrelated 28"),
                                          ("heldout11", "agree 57, conflict 55, unrelated 33"),
                                          ("heldout12", "agree 66, conflict 71, unrelated 38"),
                                          ("heldout13", "agree 64, conflict 67, unrelated 40"),
                                          ("heldout14", "agree 64, conflict 67, unrelated 37"),
                                          ("heldout15", "agree 67, conflict 70, unrelated 41")])
def test_evaluate_command_on_the_blind_test_stories_tunes_baselines_elsewhere(name, counts):
    result = subprocess.run([sys.executable, "-m", "verify", "evaluate", f"annotations/{name}/dossier",
                             f"annotations/{name}/gold_pairs.csv", "--tune-on", "annotations/dev2/dossier",
                             "annotations/dev2/gold_pairs.csv"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    print(result.stdout)
    assert f"gold split: test ({counts})" in result.stdout
    assert "annotations/dev2/gold_pairs.csv" in result.stdout and "gold split: dev" not in result.stdout


def test_evaluate_names_a_missing_split(tmp_path, capsys):
    from verify.cli import main
    code = main(["evaluate", str(ROOT / "seeds"), str(ROOT / "annotations" / "gold_pairs.csv"), "--split", "nope"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("Error:") and "no pairs in split 'nope'" in err and err.count("\n") == 1


def test_judged_flags_are_well_formed_and_their_stories_are_in_no_gold_set():
    import csv
    import json
    import re

    folder = ROOT / "annotations" / "judged_flags"
    stories = json.loads((folder / "stories.json").read_text(encoding="utf-8"))
    def fresh(part):
        return {b for entry in stories.values() if entry.get("part", "train") == part
                for ids in entry["stories"].values() for b in ids}

    def gold(*sets):
        return {m.group(1) for name in sets for p in (ROOT / "annotations" / name / "dossier").glob("*.txt")
                for m in [re.search(r"_(\d+)\.txt$", p.name)] if m}

    gold_train = gold("heldout", "dev2", "dev3", "dev4")  # the gold sets drawn from FNC-1 train bodies
    gold_test = gold("heldout2", "heldout3", "heldout4")  # ... and from competition-test bodies
    assert len(gold_train) > 40 and len(gold_test) > 40
    assert fresh("train") and not fresh("train") & gold_train
    assert not fresh("test") & gold_test
    with open(folder / "judged_flags.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 400
    for row in rows:
        assert row["verdict"] in ("real", "false", "unsure")
        assert row["dossier"] in stories or (ROOT / row["dossier"]).is_dir()
        assert row["why"] and row["claim_a"] and row["claim_b"]


def test_judged_agreements_are_well_formed_and_in_the_fixed_sample():
    import csv
    import json
    import sys

    folder = ROOT / "annotations" / "judged_flags"
    sys.path.insert(0, str(folder))
    try:
        from score_agreements import sampled
        from score_flags import key
    finally:
        sys.path.remove(str(folder))
    stories = json.loads((folder / "stories.json").read_text(encoding="utf-8"))
    with open(folder / "judged_agreements.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 200
    for row in rows:
        assert row["verdict"] in ("same", "different", "unsure")
        assert row["dossier"] in stories and row["why"] and row["claim_a"] != row["claim_b"]
        # a verdict outside the hash sample would never be counted: the sample is what is measured
        assert sampled(key(row["article_a"], row["claim_a"], row["article_b"], row["claim_b"]))
