"""The reviewer's workbench: open a dossier, adjudicate claim clusters, export the report.

A thin adapter: the pipeline scores, verify.review orders and shapes, verify.store keeps
decisions. Run with `streamlit run app.py`; VERIFY_DB sets the default decisions database.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from verify import review, settings
from verify.errors import VerifyError
from verify.records import REVIEW_VERDICTS, VERDICTS, Adjudication, ScoredDossier
from verify.store import Store

SAMPLE_DOSSIER = Path(__file__).resolve().parent / "seeds"
SOURCES = ("Sample dossier", "Folder on this machine", "Upload articles")
UPLOAD_TYPES = ["txt", "md", "html", "htm"]
VERDICT_COLOURS = {"conflicting": "red", "single-source": "orange", "corroborated": "green"}
MARK_COLOURS = {"reversal": "#d62728", "conflict": "#ff7f0e", "agree": "#2ca02c",
                "reported": "#9e9e9e"}
CACHED_RUNS = 8  # pipeline results kept in memory, newest first
# Pipeline thresholds a reviewer may tune from the sidebar (paths and checksums stay fixed).
TUNABLE = tuple(s for s in settings.SETTINGS if isinstance(s.default, (int, float)))

st.set_page_config(page_title="Claim verification workbench", layout="wide")


@st.cache_resource(show_spinner="Loading the embedding model…")
def embedding_model():
    from verify.model import load_model

    return load_model()


@st.cache_resource
def pipeline_runs() -> dict[str, tuple[ScoredDossier, tuple[str, ...]]]:
    """Scored dossiers by content key, shared by every session of this server."""
    return {}


@st.cache_resource
def open_store(path: str) -> Store:
    return Store(path)


def run_cached(key: str, score) -> tuple[ScoredDossier, tuple[str, ...]]:
    runs = pipeline_runs()
    if key not in runs:
        embedding_model()
        bar = st.progress(0.0, text="Reading articles…")
        result = score(lambda stage, fraction: bar.progress(
            min(max(float(fraction), 0.0), 1.0), text=f"{stage}…"))
        bar.empty()
        runs[key] = result
        for stale in list(runs)[:-CACHED_RUNS]:
            del runs[stale]
    return runs[key]


def load_dossier(source: str, overrides: dict) -> tuple[ScoredDossier, tuple[str, ...]] | None:
    from verify import ingest, pipeline

    use_stance = bool(st.session_state.get("use_stance"))
    tuning = repr(sorted(overrides.items())) + ("+stance" if use_stance else "")

    def finish(dossier: ScoredDossier) -> ScoredDossier:
        if not use_stance:
            return dossier
        from verify.stance_product import apply_stance_model
        return apply_stance_model(dossier, overrides)

    if source == SOURCES[2]:
        uploads = st.session_state.get("uploads") or []
        if not uploads:
            st.info("Upload .txt, .md or .html articles in the sidebar to open them as a dossier.")
            return None
        files = [(upload.name, upload.getvalue()) for upload in uploads]

        def score_uploads(progress):
            articles, warnings = ingest.read_uploaded(files)
            if not articles:
                raise VerifyError("none of the uploaded files could be read: " + "; ".join(warnings))
            return finish(pipeline.score_articles(articles, overrides, progress)), tuple(warnings)

        return run_cached(review.content_key(files) + tuning, score_uploads)
    folder = SAMPLE_DOSSIER if source == SOURCES[0] else Path(st.session_state.get("folder", ""))
    if source == SOURCES[1] and not st.session_state.get("folder", "").strip():
        st.info("Type the path of a folder of articles in the sidebar.")
        return None
    return run_cached(review.folder_key(folder) + tuning,
                      lambda progress: (finish(pipeline.score_dossier(folder, overrides, progress)), ()))


def sidebar() -> tuple[str, dict]:
    with st.sidebar:
        st.header("Dossier")
        source = st.radio("Open", SOURCES, key="source")
        if source == SOURCES[1]:
            st.text_input("Folder path", key="folder", placeholder="/path/to/dossier")
        if source == SOURCES[2]:
            st.file_uploader("Articles", type=UPLOAD_TYPES, accept_multiple_files=True,
                             key="uploads")
        st.header("Reviewer")
        st.text_input("Your name", key="reviewer")
        st.text_input("Decisions database", key="db_path",
                      value=os.environ.get("VERIFY_DB", settings.default("db_path")),
                      help=next(s.help for s in settings.SETTINGS if s.name == "db_path"))
        st.checkbox("Use the stance model (each source's stance on each cluster; slower)", key="use_stance")
        with st.expander("Pipeline settings"):
            overrides = {s.name: st.number_input(s.name, value=s.default, help=s.help,
                                                 key=f"setting_{s.name}") for s in TUNABLE}
    return source, {k: v for k, v in overrides.items() if v != settings.default(k)}


# -- callbacks: they only move values between the session and the store -------------------

def flash(kind: str, message: str) -> None:
    st.session_state["flash"] = (kind, message)


def save_decision(store: Store, cluster) -> None:
    state = st.session_state
    try:
        if state.get("verdict") is None:
            raise VerifyError("choose a verdict before saving")
        before = store.history(cluster.id, cluster.claim_ids)
        saved = store.add_decision(Adjudication(
            cluster_id=cluster.id, verdict=state["verdict"], canonical_text=state["canonical"],
            evidence_claim_ids=tuple(state["evidence"]), note=state["note"],
            reviewer=state.get("reviewer", ""), at="", claim_ids=cluster.claim_ids))
    except VerifyError as exc:
        flash("error", str(exc))
        return
    if before and before[-1].at != state.get("form_loaded_at"):
        flash("warning", f"Saved. {before[-1].reviewer} also decided on this cluster while you "
                         "were reviewing; both decisions are in the history.")
    else:
        flash("success", f"Saved: {saved.verdict} by {saved.reviewer}.")
    state["form_loaded_at"] = saved.at


def regroup(store: Store, groups: list[list[str]], action: str, follow: str) -> None:
    try:
        store.save_grouping(groups, action, st.session_state.get("reviewer", ""))
    except VerifyError as exc:
        flash("error", str(exc))
        return
    st.session_state["follow_claim"] = follow
    flash("success", f"Clusters {'split' if action == 'split' else 'merged'}.")


def split(store: Store, cluster) -> None:
    try:
        groups = review.split_groups(cluster, st.session_state.get("split_claims", []))
    except VerifyError as exc:
        flash("error", str(exc))
        return
    regroup(store, groups, "split", groups[1][0])


def merge(store: Store, cluster, clusters) -> None:
    other = next((c for c in clusters if c.id == st.session_state.get("merge_with")), None)
    try:
        if other is None:
            raise VerifyError("choose a cluster to merge with")
        regroup(store, review.merge_groups(cluster, other), "merge", cluster.claim_ids[0])
    except VerifyError as exc:
        flash("error", str(exc))


def go_next(queue, decisions) -> None:
    target = review.next_unreviewed(queue, decisions, st.session_state.get("cluster"))
    if target is None:
        flash("info", "Every cluster in this queue has a decision.")
    else:
        st.session_state["cluster"] = target


# -- views --------------------------------------------------------------------------------

def keep_choice(key: str, options: list, fallback=None) -> None:
    """Reset a choice that is no longer offered (the queue or grouping changed under it)."""
    if st.session_state.get(key) not in options:
        st.session_state[key] = fallback if fallback is not None else options[0]


def table(frame: pd.DataFrame, key: str, **options) -> None:
    """A read-only table in a keyed container, so tests and the page can find it by name."""
    with st.container(key=key):
        st.dataframe(frame, **options)


def queue_panel(dossier: ScoredDossier, decisions: dict) -> list:
    options = review.filter_options(dossier)
    st.text_input("Search claims, speakers, outlets, notes", key="search")
    with st.expander("Filters"):
        verdicts = st.multiselect("Verdict", VERDICTS + REVIEW_VERDICTS, key="filter_verdicts")
        strength = st.multiselect("Corroboration", ["firm", "weak", "none"], key="filter_corroboration",
                                  help="weak: only links judged the same fact about half the time join "
                                       "the sources")
        outlets = st.multiselect("Outlet", options.outlets, key="filter_outlets")
        speakers = st.multiselect("Speaker", options.speakers, key="filter_speakers")
        status = st.selectbox("Review status", review.STATUSES, key="filter_status")
        dates = (st.date_input("Published between", value=(options.first, options.last),
                               key="filter_dates") if options.first else ())
    start, end = (tuple(dates) + (None, None))[:2] if dates else (None, None)
    queue = review.filter_queue(dossier, decisions, review.QueueFilters(
        tuple(verdicts), tuple(outlets), tuple(speakers), start, end, status,
        st.session_state.get("search", ""), tuple(strength)))
    st.caption(f"{len(queue)} of {len(dossier.clusters)} clusters match")
    table(review.queue_frame(queue, decisions), "queue_table", hide_index=True)
    return queue


def cluster_panel(dossier: ScoredDossier, cluster, decisions: dict, store: Store) -> None:
    claims = review.claims_frame(dossier, cluster)
    labels = {row.id: f"{row.outlet}: {row.claim}" for row in claims.itertuples()}
    st.subheader(cluster.summary, anchor=False)
    st.markdown(f"Machine suggests :{VERDICT_COLOURS.get(cluster.suggested_verdict, 'gray')}"
                f"-badge[{cluster.suggested_verdict}]")
    cols = st.columns(4)
    cols[0].metric("Independent sources", cluster.n_independent_sources)
    cols[1].metric("Firmly linked", cluster.n_firm_sources,
                   help="independent sources linked by near-verbatim wording, one quotation or very close "
                        "meaning; other links are weak corroboration, judged the same fact about half the time")
    cols[2].metric("Outlets", cluster.n_outlets)
    cols[3].metric("Articles", cluster.n_articles)

    st.markdown("**Claims**")
    table(claims.drop(columns=["id", "sentence"]), "claims_table", hide_index=True,
          column_config={"link": st.column_config.LinkColumn("article",
                                                                    display_text="open article")})
    with st.expander("Source sentences (claim highlighted)", expanded=True):
        members = {c.id: c for c in dossier.claims}
        for row in claims.itertuples():
            st.markdown(f"{review.escape_markdown(row.outlet)} — "
                        f"{review.highlighted_sentence(members[row.id])}")
    st.markdown("**How the claims relate**")
    table(review.pairs_frame(dossier, cluster), "pairs_table", hide_index=True)
    timeline = review.timeline_frame(dossier, cluster)
    dated = timeline.dropna(subset=["published"]).assign(
        published=lambda f: pd.to_datetime(f["published"]))
    st.markdown("**Timeline** — :red[reversal] · :orange[conflict] · :green[agree] · "
                ":gray[reported only]")
    if len(dated):
        st.scatter_chart(dated.assign(colour=dated["mark"].map(MARK_COLOURS)), x="published",
                         y="outlet", color="colour", size=160, height=220)
    table(timeline, "timeline_table", hide_index=True)
    if cluster.stances:
        st.markdown("**Each source's stance** (stance model)")
        table(review.stances_frame(dossier, cluster), "stances_table", hide_index=True)

    history = store.history(cluster.id, cluster.claim_ids)
    if st.session_state.get("form_cluster") != cluster.id:
        st.session_state.update(review.form_values(cluster, decisions.get(cluster.id)))
        st.session_state["form_cluster"] = cluster.id
        st.session_state["split_claims"] = []
        st.session_state["form_loaded_at"] = history[-1].at if history else ""
    st.markdown("**Decision**")
    with st.form("adjudication"):
        st.radio("Verdict", REVIEW_VERDICTS, key="verdict", horizontal=True)
        st.text_area("Canonical wording of the claim", key="canonical", height=80)
        st.multiselect("Evidence (claims that settle it)", list(labels), key="evidence",
                       format_func=labels.get)
        st.text_area("Note", key="note", height=80)
        st.form_submit_button("Save decision", key="save", type="primary",
                              on_click=save_decision, args=(store, cluster))
    st.markdown("**Decision history**")
    if history:
        table(review.history_frame(history, members), "history_table", hide_index=True)
    else:
        st.caption("No decision yet.")

    with st.expander("Fix the grouping (split or merge)"):
        st.multiselect("Claims that do not belong here", list(labels), key="split_claims",
                       format_func=labels.get)
        st.button("Split them into their own cluster", key="split",
                  on_click=split, args=(store, cluster))
        others = [c for c in review.review_order(dossier.clusters) if c.id != cluster.id]
        if others:
            keep_choice("merge_with", [c.id for c in others])
            st.selectbox("Cluster about the same fact", [c.id for c in others], key="merge_with",
                         format_func=lambda cid: next(c.summary for c in others if c.id == cid))
            st.button("Merge it into this cluster", key="merge",
                      on_click=merge, args=(store, cluster, others))


def overview_tab(dossier: ScoredDossier, decisions: dict) -> None:
    counts = review.verdict_counts(dossier, decisions)
    left, right = st.columns(2)
    left.markdown("**Clusters by verdict**")
    left.bar_chart(counts, x="verdict", y="clusters", color="kind", stack=False, height=260)
    right.markdown("**Outlets most often in conflict**")
    with right:
        table(review.conflict_ranking(dossier), "conflict_ranking")
    st.markdown("**Source × cluster agreement** (who agrees, who conflicts, who only reports)")
    table(review.source_cluster_matrix(dossier), "agreement_matrix")
    left, right = st.columns(2)
    left.markdown("**Outlet pairs that corroborate each other** (all agreements; firm ones below)")
    with left:
        table(review.outlet_relation_matrix(dossier, "agree"), "agree_matrix")
        table(review.outlet_relation_matrix(dossier, "agree", firm_only=True), "firm_agree_matrix")
    right.markdown("**Outlet pairs in conflict**")
    with right:
        table(review.outlet_relation_matrix(dossier, "conflict"), "conflict_matrix")
    over_time = review.claims_over_time(dossier)
    st.markdown("**Claims over time**")
    if len(over_time):
        st.bar_chart(over_time, height=260)


def report_tab(dossier: ScoredDossier, decisions: dict) -> None:
    report = review.report_table(dossier, decisions)
    st.download_button("Download verification report (CSV)", key="download",
                       data=report.to_csv(index=False).encode("utf-8"),
                       file_name="verification-report.csv", mime="text/csv", type="primary")
    table(report, "report_table", hide_index=True)


def main() -> None:
    st.title("Claim verification workbench")
    source, overrides = sidebar()
    try:
        store = open_store(st.session_state["db_path"])
        loaded = load_dossier(source, overrides)
        if loaded is None:
            return
        scored, upload_warnings = loaded
        dossier = review.with_reviewer_groups(scored, store)
        decisions = store.latest_decisions(dossier)
    except VerifyError as exc:
        st.error(str(exc))
        return
    for warning in upload_warnings + tuple(scored.warnings):
        st.warning(warning)
    if not dossier.clusters:
        st.info("The pipeline found no claims to review in this dossier.")
        return

    done, total = review.review_progress(dossier, decisions)
    st.progress(done / total, text=f"Reviewed {done} of {total} clusters")
    if "flash" in st.session_state:
        kind, message = st.session_state.pop("flash")
        getattr(st, kind)(message)
    if "cluster" not in st.session_state and st.query_params.get("cluster"):
        st.session_state["cluster"] = st.query_params["cluster"]  # a link a colleague shared
    follow = st.session_state.pop("follow_claim", None)
    if follow and (target := review.cluster_with_claim(dossier, follow)):
        st.session_state["cluster"] = target.id

    review_tab, overview, report = st.tabs(["Review", "Overview", "Report"])
    with review_tab:
        queue_col, cluster_col = st.columns([2, 3])
        with queue_col:
            queue = queue_panel(dossier, decisions)
            if not queue:
                st.info("No cluster matches these filters.")
            else:
                ids = [c.id for c in queue]
                keep_choice("cluster", ids)
                by_id = {c.id: c for c in queue}
                st.selectbox("Cluster", ids, key="cluster",
                             format_func=lambda cid: f"[{by_id[cid].suggested_verdict}] "
                                                     f"{by_id[cid].summary}")
                st.query_params["cluster"] = st.session_state["cluster"]  # shareable link
                st.button("Next unreviewed", key="next_unreviewed", on_click=go_next,
                          args=(queue, decisions))
        if queue:
            with cluster_col:
                cluster_panel(dossier, by_id[st.session_state["cluster"]], decisions, store)
    with overview:
        overview_tab(dossier, decisions)
    with report:
        report_tab(dossier, decisions)


main()
