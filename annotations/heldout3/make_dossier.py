"""Write the third held-out dossier from FNC-1 competition-test bodies (stdlib only).

The bodies are used only as raw articles for claim-pair annotation; see README.md.
Run once: python3 annotations/heldout3/make_dossier.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from fnc1_dossier import write_dossier  # noqa: E402

STORIES = {
    "whitstable-crabzilla": ["1546", "2380", "998", "128", "1902", "2100", "893", "489"],
    "kobane-rehana": ["1186", "2527", "1944", "2040", "1080", "1497", "1621", "1748"],
}

if __name__ == "__main__":
    write_dossier(HERE, "test", STORIES)
