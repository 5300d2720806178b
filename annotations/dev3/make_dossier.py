"""Write the third dev dossier from FNC-1 train bodies (stdlib only).

The bodies are used only as raw articles for claim-pair annotation; see README.md.
Run once: python3 annotations/dev3/make_dossier.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from fnc1_dossier import write_dossier  # noqa: E402

STORIES = {
    "bali-spider-chest": ["761", "1478", "476", "2293", "1579", "986", "1531", "1321"],
    "boko-haram-ceasefire": ["922", "1298", "1896", "531", "1340", "1588", "1630"],
}

if __name__ == "__main__":
    write_dossier(HERE, "train", STORIES)
