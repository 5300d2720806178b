"""The reviewer's workbench driven through Streamlit's AppTest by widget key."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from verify.score import cluster_id

from test_review import DOSSIER, IWF  # the hand-built three-cluster dossier

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


class RecordingMediaStorage(MemoryMediaFileStorage):
    """Keeps what download buttons would serve, so a test can read the CSV a reviewer gets."""

    served: list[bytes] = []

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
        if mimetype == "text/csv":
            RecordingMediaStorage.served.append(path_or_data)
        return super().load_and_get_id(path_or_data, mimetype, kind, filename)


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A fresh decisions database for the app, and no pipeline runs cached from other tests."""
    path = tmp_path / "decisions.sqlite"
    monkeypatch.setenv("VERIFY_DB", str(path))
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage",
                        RecordingMediaStorage)
    RecordingMediaStorage.served = []
    st.cache_resource.clear()
    yield path
    st.cache_resource.clear()


@pytest.fixture
def fake_pipeline(monkeypatch):
    """The hand-built dossier instead of a model run: app behaviour, not NLP, is under test.

    Returns the list of article batches the app asked to score (for uploads).
    """
    scored_uploads: list[list] = []

    def score(folder, overrides=None, progress=None):
        if progress:
            progress("claims", 0.5)
        return DOSSIER

    def score_articles(articles, overrides=None, progress=None):
        scored_uploads.append(list(articles))
        return DOSSIER

    monkeypatch.setattr("verify.pipeline.score_dossier", score)
    monkeypatch.setattr("verify.pipeline.score_articles", score_articles)
    monkeypatch.setattr("verify.model.load_model", lambda *args, **kwargs: object())
    return scored_uploads


def opened(timeout: float = 30) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=timeout).run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    return at


def decide(at: AppTest, verdict: str, note: str, reviewer: str = "Ana") -> AppTest:
    at.text_input(key="reviewer").set_value(reviewer)
    at.radio(key="verdict").set_value(verdict)
    at.text_area(key="note").set_value(note)
    at.button(key="save").click().run()
    assert not at.exception
    return at


def table(at: AppTest, key: str) -> pd.DataFrame:
    return at.container(key=key).dataframe[0].value


def history(at: AppTest) -> pd.DataFrame:
    return table(at, "history_table")


def progress_text(at: AppTest) -> str:
    return next(p.text for p in at.get("progress") if p.text.startswith("Reviewed"))


def test_queue_starts_with_conflicts_and_next_unreviewed_skips_decided(db, fake_pipeline):
    at = opened()
    assert list(table(at, "queue_table")["suggested"]) == [
        "conflicting", "single-source", "corroborated"]
    assert at.selectbox(key="cluster").value == IWF.id
    decide(at, "disputed", "IWF statements differ")
    at.button(key="next_unreviewed").click().run()
    assert at.selectbox(key="cluster").value == "k-limit"
    at.button(key="next_unreviewed").click().run()
    assert at.selectbox(key="cluster").value == "k-ofcom"  # k-iwf is decided, so skipped
    assert not at.exception


def test_search_and_filters_narrow_the_queue(db, fake_pipeline):
    at = opened()
    at.text_input(key="search").set_value("ofcom").run()
    assert list(table(at, "queue_table")["claim"]) == ["Ofcom opened an investigation"]
    at.text_input(key="search").set_value("").run()
    assert "corroborated" in set(table(at, "queue_table")["suggested"])
    at.multiselect(key="filter_corroboration").set_value(["none"]).run()
    assert "corroborated" not in set(table(at, "queue_table")["suggested"])
    at.multiselect(key="filter_corroboration").set_value([]).run()
    at.multiselect(key="filter_outlets").set_value(["MENAFN"]).run()
    assert len(table(at, "queue_table")) == 2
    at.selectbox(key="filter_status").set_value("reviewed").run()
    assert at.info[0].value == "No cluster matches these filters."
    assert not at.exception


def test_saved_verdict_shows_in_history_progress_and_a_second_session(db, fake_pipeline):
    at = opened()
    decide(at, "contradicted", "denial is not sourced")
    assert at.success[0].value == "Saved: contradicted by Ana."
    assert list(history(at)[["verdict", "reviewer", "note"]].iloc[0]) == [
        "contradicted", "Ana", "denial is not sourced"]
    assert progress_text(at) == "Reviewed 1 of 3 clusters"

    other_tab = opened()
    assert other_tab.radio(key="verdict").value == "contradicted"  # form opens on the decision
    decide(other_tab, "disputed", "both sides sourced", reviewer="Ben")
    assert list(history(other_tab)["reviewer"]) == ["Ben", "Ana"]  # newest first, none lost


def test_second_reviewer_is_warned_when_a_decision_landed_meanwhile(db, fake_pipeline):
    first, second = opened(), opened()
    decide(first, "supported", "ok")
    decide(second, "disputed", "not ok", reviewer="Ben")
    assert "Ana also decided on this cluster" in second.warning[0].value
    assert len(history(second)) == 2


def test_saving_without_a_name_or_verdict_explains_and_stores_nothing(db, fake_pipeline):
    at = opened()
    at.button(key="save").click().run()
    assert at.error[0].value == "choose a verdict before saving"
    decide(at, "supported", "", reviewer="")
    assert at.error[0].value == "a decision needs the reviewer's name"
    assert at.caption.values.count("No decision yet.") == 1


def test_split_moves_claims_out_and_merge_joins_clusters(db, fake_pipeline):
    at = opened()
    at.text_input(key="reviewer").set_value("Ana")
    at.multiselect(key="split_claims").set_value(["c3"])
    at.button(key="split").click().run()
    assert not at.exception
    assert len(table(at, "queue_table")) == 4
    assert list(table(at, "claims_table")["outlet"]) == ["BBC", "Guardian"]
    # regrouped clusters get content-derived ids, like every pipeline cluster
    at.selectbox(key="cluster").set_value(cluster_id(["c4"])).run()
    at.selectbox(key="merge_with").set_value(cluster_id(["c5", "c6"]))
    at.button(key="merge").click().run()
    assert not at.exception
    assert len(table(at, "queue_table")) == 3
    assert sorted(table(at, "claims_table")["outlet"]) == ["BBC", "Guardian", "MENAFN"]


def test_cluster_view_and_overview_show_sources_stances_and_conflicts(db, fake_pipeline):
    at = opened()
    assert list(table(at, "claims_table")["link"]) == [
        "https://bbc.example/a1", "https://guardian.example/a2", "https://menafn.example/a3"]
    assert list(table(at, "pairs_table")["relation"]) == ["agree", "conflict"]
    assert "reversal" in set(table(at, "timeline_table")["mark"])
    assert dict(zip(table(at, "stances_table")["outlet"], table(at, "stances_table")["stance"])) == {
        "BBC": "agree", "MENAFN": "disagree"}
    assert table(at, "conflict_matrix").loc["MENAFN", "Guardian"] == 1
    assert table(at, "conflict_ranking").index[0] in ("Guardian", "MENAFN")


def test_article_text_is_shown_as_text_not_html(db, fake_pipeline):
    at = opened()
    sentence = next(m.value for m in at.markdown if "She said" in m.value)
    assert "<b>" not in sentence and "\\<b\\>" in sentence


def test_unusable_database_is_an_error_message_not_a_traceback(db, fake_pipeline, tmp_path):
    at = AppTest.from_file(APP, default_timeout=30).run()
    at.text_input(key="db_path").set_value(str(tmp_path)).run()
    assert not at.exception
    assert at.error[0].value.startswith(str(tmp_path))


def test_uploads_load_the_good_files_and_name_the_bad_one(db, fake_pipeline):
    at = opened()
    at.radio(key="source").set_value("Upload articles").run()
    at.file_uploader(key="uploads").set_value([
        ("../../etc/story one.txt", b"Title line\n\nThe IWF said it found imagery.", "text/plain"),
        ("broken.md", b"\x00\x01binary", "text/markdown"),
    ]).run()
    assert not at.exception
    assert [w.value for w in at.warning] == ["skipped broken.md: binary file, not text"]
    assert [a.id for a in fake_pipeline[-1]] == ["story_one"]  # no path survives the name
    assert progress_text(at) == "Reviewed 0 of 3 clusters"


def test_download_gives_the_report_with_the_decision_and_neutralised_formulas(db, fake_pipeline):
    at = opened()
    decide(at, "disputed", "=HYPERLINK(\"http://evil\")")
    report = pd.read_csv(io.BytesIO(RecordingMediaStorage.served[-1]), keep_default_na=False)
    row = report[report.cluster_id == IWF.id].iloc[0]
    assert (row.reviewer_verdict, row.reviewer) == ("disputed", "Ana")
    assert row.reviewer_note == "'=HYPERLINK(\"http://evil\")"
    assert "https://bbc.example/a1" in row.evidence_urls


def iwf_cluster(dossier):
    """The cluster a reviewer finds by searching for the Internet Watch Foundation: the
    first in review order holding a claim that names it."""
    from verify.review import review_order

    claims = {c.id: c for c in dossier.claims}
    return next(c for c in review_order(dossier.clusters)
                if any("internet watch foundation" in f"{claims[i].text} {claims[i].sentence} "
                                                      f"{claims[i].speaker or ''}".lower()
                       for i in c.claim_ids))


@pytest.mark.slow
def test_reviewer_adjudicates_the_iwf_cluster_of_the_sample_dossier(db):
    """The whole workflow on the real pipeline: open, decide, reload, export."""
    from verify.pipeline import score_dossier

    at = opened(timeout=240)  # a cold model run on the sample dossier
    iwf = iwf_cluster(score_dossier(ROOT / "seeds"))
    at.text_input(key="search").set_value("Internet Watch Foundation").run()
    at.selectbox(key="cluster").set_value(iwf.id).run()
    assert at.subheader[0].value == iwf.summary
    at.multiselect(key="evidence").set_value([iwf.claim_ids[0]])
    decide(at, "disputed", "IWF: no illegal imagery on 6 Jan; criminal imagery found on 7 Jan")
    assert list(history(at)["verdict"]) == ["disputed"]

    reloaded = opened(timeout=240)
    reloaded.text_input(key="search").set_value("Internet Watch Foundation").run()
    reloaded.selectbox(key="cluster").set_value(iwf.id).run()
    assert not reloaded.exception
    assert list(history(reloaded)[["verdict", "reviewer"]].iloc[0]) == ["disputed", "Ana"]
    assert progress_text(reloaded).startswith("Reviewed 1 of ")

    report = pd.read_csv(io.BytesIO(RecordingMediaStorage.served[-1]), keep_default_na=False)
    row = report[report.cluster_id == iwf.id].iloc[0]
    assert (row.reviewer_verdict, row.reviewer) == ("disputed", "Ana")
    assert row.reviewer_note.startswith("IWF: no illegal imagery")
    evidence = next(c for c in score_dossier(ROOT / "seeds").claims if c.id == iwf.claim_ids[0])
    assert evidence.sentence in row.evidence_quotes
    assert " | " not in row.evidence_quotes  # only the claim marked as evidence is quoted
