"""Stance model: features, FNC-1 scoring, file prediction, model integrity, train round trip."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from verify.errors import ModelError, VerifyError
from verify.records import STANCES
from verify.stance import (MODEL_FILE, StanceModel, default_model_dir, fnc_score,
                           make_embed_texts, predict_fnc_files)
from verify.stance_features import (FEATURE_NAMES, describe_texts, feature_matrix,
                                    pair_features, split_sentences)

FNC1 = Path(__file__).resolve().parent.parent.parent / "shared" / "fnc1"

CLAIM = "Tiger escapes from Berlin zoo"
HOAX_BODY = ("Police say the report of a tiger escaping from the Berlin zoo is a hoax. "
             "The zoo denied it, and officials said the photo is fake. "
             "There is no evidence that any animal left its enclosure.")
CONFIRMING_BODY = ("A tiger escaped from the Berlin zoo on Monday, police confirmed. "
                   "Officials said the animal was recaptured two hours later. "
                   "Video footage shows the tiger walking near the main gate.")
UNRELATED_BODY = ("The central bank raised interest rates by a quarter point on Tuesday. "
                  "Economists had expected the move after inflation rose again.")


def bag_of_words_vectors(texts):
    """Deterministic stand-in for the embedding model: hashed word counts, L2-normalised."""
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            out[row, int(hashlib.md5(word.strip(".,").encode()).hexdigest(), 16) % 64] += 1
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def features_of(claim, body, embed_texts=bag_of_words_vectors):
    row = feature_matrix([claim], [body], embed_texts)[0]
    return dict(zip(FEATURE_NAMES, row))


def test_split_sentences_keeps_sentences_and_drops_fragments():
    assert split_sentences("First one here. Second one, too!\n\nOk.\nThird line is here") == [
        "First one here.", "Second one, too!", "Third line is here"]


def test_hoax_body_scores_higher_refute_cues_than_confirming_body():
    hoax, confirming = features_of(CLAIM, HOAX_BODY), features_of(CLAIM, CONFIRMING_BODY)
    for name in ("body_refute_rate", "window_refute", "lead_refute"):
        assert hoax[name] > confirming[name], name
    assert confirming["body_support_rate"] > hoax["body_support_rate"]


def test_claim_cues_count_hedging_and_negation_in_the_headline():
    hedged = features_of("Tiger reportedly did not escape, police claim", CONFIRMING_BODY)
    plain = features_of(CLAIM, CONFIRMING_BODY)
    assert hedged["claim_hedge"] >= 2 and plain["claim_hedge"] == 0
    assert hedged["claim_negation"] == 1 and plain["claim_negation"] == 0


def test_shared_numbers_are_matched_in_the_best_sentences():
    body = "The storm killed 12 people on Monday. Officials gave no other details."
    same = features_of("Storm kills 12 people", body)
    other = features_of("Storm kills 40 people", body)
    assert same["number_coverage"] == 1.0 and same["window_number_mismatch"] == 0.0
    assert other["number_coverage"] == 0.0 and other["window_number_mismatch"] == 1.0


def test_features_are_computed_once_per_distinct_body():
    calls = []

    def counting(texts):
        calls.append(len(texts))
        return bag_of_words_vectors(texts)

    rows = feature_matrix([CLAIM, "Zoo tiger free", CLAIM], [HOAX_BODY] * 3, counting)
    assert rows.shape == (3, len(FEATURE_NAMES))
    np.testing.assert_array_equal(rows[0], rows[2])
    n_sentences = len(split_sentences(HOAX_BODY))
    # prototypes, the body's sentences, its lead, and the two distinct claims
    assert sum(calls) - calls[0] == n_sentences + 1 + 2


def test_pair_features_accept_hand_made_vectors():
    claim, = describe_texts([CLAIM], bag_of_words_vectors, as_body=False)
    body, = describe_texts([CONFIRMING_BODY], bag_of_words_vectors, as_body=True)
    row = dict(zip(FEATURE_NAMES, pair_features(claim, body)))
    assert 0.0 < row["sim_max"] <= 1.0 + 1e-6
    assert row["best_index"] == 0  # the first sentence restates the claim


@pytest.mark.parametrize("gold, pred, relative, f1", [
    # best = 1 + 0.25 + 1 + 1 = 3.25; got 1 (exact agree) + 1 (exact discuss)
    (["agree", "unrelated", "disagree", "discuss"], ["agree", "discuss", "unrelated", "discuss"],
     100 * 2 / 3.25, {"agree": 1.0, "disagree": 0.0, "discuss": 2 / 3, "unrelated": 0.0}),
    # related-but-wrong earns the 0.25 only: (0.25 + 0.25) / (1 + 0.25)
    (["disagree", "unrelated"], ["agree", "unrelated"],
     100 * 0.5 / 1.25, {"agree": 0.0, "disagree": 0.0, "discuss": 0.0, "unrelated": 1.0}),
    (["unrelated", "agree"], ["unrelated", "agree"],
     100.0, {"agree": 1.0, "disagree": 0.0, "discuss": 0.0, "unrelated": 1.0}),
])
def test_fnc_score_matches_hand_computed_values(gold, pred, relative, f1):
    scores = fnc_score(gold, pred)
    assert scores["relative_score"] == pytest.approx(relative)
    assert scores["f1"] == pytest.approx(f1)
    assert scores["macro_f1"] == pytest.approx(sum(f1.values()) / 4)


def write_fnc(folder: Path, stances_csv: str, bodies_csv: str) -> tuple[Path, Path]:
    stances, bodies = folder / "stances.csv", folder / "bodies.csv"
    stances.write_text(stances_csv, encoding="utf-8")
    bodies.write_text(bodies_csv, encoding="utf-8")
    return stances, bodies


BODIES_CSV = (f'Body ID,articleBody\n7,"{CONFIRMING_BODY}"\n3,"{UNRELATED_BODY}"\n'
              f'9,"{HOAX_BODY}"\n')


@pytest.mark.slow
def test_predict_fnc_files_writes_labels_in_input_order_without_stance_column(
        tmp_path, monkeypatch, model):
    monkeypatch.chdir(tmp_path)  # keeps the embedding cache out of the repository
    stances, bodies = write_fnc(tmp_path, (
        "Headline,Body ID\n"
        f"{CLAIM},3\n"
        f"{CLAIM},7\n"
        f"Central bank raises interest rates,3\n"
        f"{CLAIM},9\n"), BODIES_CSV)
    out = tmp_path / "out" / "pred.csv"
    assert predict_fnc_files(str(stances), str(bodies), str(out)) == 4
    written = pd.read_csv(out, dtype=str)
    assert list(written.columns) == ["Headline", "Body ID", "Stance"]
    assert written["Body ID"].tolist() == ["3", "7", "3", "9"]
    assert set(written["Stance"]) <= set(STANCES)
    assert written["Stance"][0] == "unrelated"
    assert written["Stance"][1] != "unrelated"


@pytest.mark.slow
def test_predict_fnc_files_ignores_a_stance_column(tmp_path, monkeypatch, model):
    monkeypatch.chdir(tmp_path)
    stances, bodies = write_fnc(tmp_path, f"Headline,Body ID,Stance\n{CLAIM},7,bogus\n",
                                BODIES_CSV)
    assert predict_fnc_files(str(stances), str(bodies), str(tmp_path / "p.csv")) == 1
    assert pd.read_csv(tmp_path / "p.csv")["Stance"][0] in STANCES


@pytest.mark.parametrize("stances_csv, message", [
    ("Headline,Body\nx,7\n", "missing column(s) Body ID"),
    ("Headline,Body ID\nx,42\n", "Body ID 42 not found"),
])
def test_predict_fnc_files_rejects_bad_input_naming_the_file(tmp_path, stances_csv, message):
    stances, bodies = write_fnc(tmp_path, stances_csv, BODIES_CSV)
    with pytest.raises(VerifyError, match="stances.csv") as caught:
        predict_fnc_files(str(stances), str(bodies), str(tmp_path / "out.csv"))
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_predict_fnc_files_rejects_a_missing_bodies_file(tmp_path):
    stances, _ = write_fnc(tmp_path, "Headline,Body ID\nx,7\n", BODIES_CSV)
    with pytest.raises(VerifyError, match="nowhere.csv: file not found"):
        predict_fnc_files(str(stances), str(tmp_path / "nowhere.csv"), str(tmp_path / "o.csv"))


@pytest.fixture
def model_copy(tmp_path):
    target = tmp_path / "models"
    shutil.copytree(default_model_dir(), target)
    return target


def test_bundled_model_loads_with_its_checksum(model_copy):
    loaded = StanceModel.load(str(model_copy))
    assert loaded.classes == STANCES


def test_corrupted_model_file_raises_model_error(model_copy):
    with open(model_copy / MODEL_FILE, "a", encoding="utf-8") as fh:
        fh.write("\n# tampered\n")
    with pytest.raises(ModelError, match="sha256"):
        StanceModel.load(str(model_copy))


def test_missing_manifest_raises_model_error(model_copy):
    (model_copy / "stance_model.json").unlink()
    with pytest.raises(ModelError, match="manifest is missing"):
        StanceModel.load(str(model_copy))


@pytest.mark.slow
def test_paraphrasing_body_is_more_similar_than_unrelated_body(model):
    embed_texts = make_embed_texts(model)
    paraphrase = features_of(CLAIM, CONFIRMING_BODY, embed_texts)
    unrelated = features_of(CLAIM, UNRELATED_BODY, embed_texts)
    assert paraphrase["sim_max"] > unrelated["sim_max"] + 0.3
    assert paraphrase["sim_lead"] > unrelated["sim_lead"]


def train_subset(n_pairs: int = 300):
    """The pairs of the first bodies (by id) of FNC-1 train: deterministic and few bodies."""
    stances = pd.read_csv(FNC1 / "train_stances.csv", dtype=str)
    bodies = pd.read_csv(FNC1 / "train_bodies.csv", dtype=str)
    first_ids = sorted(bodies["Body ID"], key=int)[:12]
    subset = stances[stances["Body ID"].isin(first_ids)].head(n_pairs)
    return subset.reset_index(drop=True), bodies[bodies["Body ID"].isin(first_ids)]


@pytest.mark.slow
@pytest.mark.skipif(not FNC1.is_dir(), reason="FNC-1 data not present")
def test_train_save_load_predict_round_trip_is_reproducible(tmp_path, model):
    from verify.stance_train import train
    stances, bodies = train_subset()
    cache = tmp_path / "cache"
    report = train(stances, bodies, tmp_path / "m1", embedder=model, cache_dir=cache, n_folds=3)
    train(stances, bodies, tmp_path / "m2", embedder=model, cache_dir=cache, n_folds=3)
    assert report.n_pairs == len(stances)
    assert (tmp_path / "m1" / MODEL_FILE).read_bytes() == (tmp_path / "m2" / MODEL_FILE).read_bytes()

    loaded = StanceModel.load(str(tmp_path / "m1"))
    text_by_id = dict(zip(bodies["Body ID"], bodies["articleBody"]))
    results = loaded.predict(stances["Headline"].tolist(),
                             [text_by_id[i] for i in stances["Body ID"]], embedder=model)
    labels = [label for label, _ in results]
    assert all(sum(probs.values()) == pytest.approx(1.0) for _, probs in results)
    assert all(label == max(probs, key=probs.get) for label, probs in results)
    accuracy = np.mean([p == g for p, g in zip(labels, stances["Stance"])])
    majority = stances["Stance"].value_counts(normalize=True).max()
    assert accuracy > max(0.85, majority)


def test_leaving_stories_out_drops_their_bodies_headlines_and_headline_partners():
    import pandas as pd
    from verify.stance_train import without_stories
    stances = pd.DataFrame({
        "Headline": ["spider burrows", "spider burrows", "spider burrows", "priest met god", "priest met god"],
        "Body ID": ["1", "2", "9", "3", "1"],
        "Stance": ["agree", "disagree", "unrelated", "agree", "unrelated"]})
    kept = without_stories(stances, {"1"})
    # body 1's story: its headline, and body 2 which that headline is about; body 9 was only an
    # unrelated pairing, but it sits under the left-out headline, so that row goes too
    assert kept[["Headline", "Body ID"]].values.tolist() == [["priest met god", "3"]]
