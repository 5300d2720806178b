"""Write the fourth held-out dossier from FNC-1 competition-test bodies (stdlib only).

The bodies are used only as raw articles for claim-pair annotation; see README.md.
Run once: python3 annotations/heldout4/make_dossier.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from fnc1_dossier import write_dossier  # noqa: E402

STORIES = {
    "peru-catcall-mothers": ["1990", "994", "1910", "806", "2030", "700", "1716", "1218"],
    "saudia-gender-segregation": ["1193", "38", "284", "457", "1151", "1445", "784", "1561"],
}

if __name__ == "__main__":
    write_dossier(HERE, "test", STORIES)
