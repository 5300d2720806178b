"""Export: CSV columns that scripts rely on, and spreadsheet-safe cells."""
import csv
import datetime as dt

import pytest

from verify.export import safe_cell, write_outputs
from verify.records import Article, Claim, ClaimPair, Cluster, ScoredDossier

CONTRACT = {
    "claims.csv": ["claim_id", "article_id", "outlet", "published", "speaker", "text", "source_start",
                   "source_end", "cluster_id"],
    "pairs.csv": ["claim_a", "claim_b", "relation", "score", "reasons"],
    "clusters.csv": ["cluster_id", "summary", "n_claims", "n_articles", "n_outlets", "first_published",
                     "last_published", "suggested_verdict"],
}


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"), ("+1", "'+1"), ("-2", "'-2"),
    ("@SUM(A1)", "'@SUM(A1)"), ("plain text", "plain text"), (3, 3)])
def test_formula_cells_are_neutralised(value, expected):
    assert safe_cell(value) == expected


def test_four_files_with_contract_columns(tmp_path):
    day = dt.date(2026, 1, 6)
    art = Article("a", "a.txt", "T", "Outlet", "https://e.org/a", day, "x", (0,))
    art_b = Article("b", "b.txt", "T", "Other", "https://e.org/b", day, "x", (0,))
    claims = (Claim("c1", "a", "=cmd()", "=cmd() sentence", (0, 5), "IWF", 1, published=day, outlet="Outlet"),
              Claim("c2", "b", "the same", "the same sentence", (3, 9), None, 1, published=day, outlet="Other"))
    pair = ClaimPair("c1", "c2", 0.8, 70, "agree", "paraphrase", 0.8, ("same statement",))
    cluster = Cluster("k1", ("c1", "c2"), "IWF: =cmd()", "c1", 2, 2, 2, day, day, "corroborated")
    dossier = ScoredDossier((art, art_b), claims, (pair,), (cluster,))
    write_outputs(dossier, tmp_path)
    for name, columns in CONTRACT.items():
        with open(tmp_path / name, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0])[:len(columns)] == columns
    with open(tmp_path / "claims.csv", encoding="utf-8", newline="") as fh:
        first = next(csv.DictReader(fh))
    assert first["text"] == "'=cmd()" and first["cluster_id"] == "k1" and first["source_end"] == "5"
    with open(tmp_path / "report.csv", encoding="utf-8", newline="") as fh:
        report = next(csv.DictReader(fh))
    assert "https://e.org/a" in report["evidence_urls"] and "Outlet" in report["outlets"]
    assert (report["n_firm_sources"], report["corroboration"]) == ("0", "weak")  # cluster built with no firm count


def test_report_tells_firm_from_weak_corroboration(tmp_path):
    day = dt.date(2026, 1, 6)
    arts = tuple(Article(x, f"{x}.txt", "T", f"Outlet {x}", "", day, "x", (0,)) for x in "abc")
    claims = tuple(Claim(f"c{x}", x, f"claim {x}", "s", (0, 1), None, 1, published=day) for x in "abc")
    firm = Cluster("k1", ("ca", "cb"), "firm", "ca", 2, 2, 2, day, day, "corroborated", n_firm_sources=2)
    weak = Cluster("k2", ("cc",), "weak", "cc", 1, 1, 2, day, day, "corroborated", n_firm_sources=1)
    write_outputs(ScoredDossier(arts, claims, (), (firm, weak)), tmp_path)
    for name in ("report.csv", "clusters.csv"):
        with open(tmp_path / name, encoding="utf-8", newline="") as fh:
            rows = {r["cluster_id"]: r for r in csv.DictReader(fh)}
        assert {k: (r["n_firm_sources"], r["corroboration"]) for k, r in rows.items()} == {
            "k1": ("2", "firm"), "k2": ("1", "weak")}
