"""Shared fixtures: the real model once per run, tiny hand-built dossiers."""
from __future__ import annotations

import os
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def model():
    """The real bundled embedding model, loaded once per test run."""
    from verify.model import load_model
    return load_model()


@pytest.fixture
def write_dossier(tmp_path):
    """Write {name: text} into a fresh folder and return its path."""
    def _write(files: dict[str, str | bytes]) -> Path:
        folder = tmp_path / "dossier"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            target = folder / name
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8", newline="")
        return folder
    return _write


@pytest.fixture
def score_files(write_dossier):
    """Score {name: text} as a dossier (embedding cache beside it) and return the ScoredDossier."""
    def _score(files: dict[str, str]):
        from verify.pipeline import score_dossier
        folder = write_dossier(files)
        return score_dossier(folder, {"cache_dir": str(folder.parent / "cache")})
    return _score
