"""Write the fourth dev dossier from FNC-1 train bodies (stdlib only).

The bodies are used only as raw articles for claim-pair annotation; see README.md.
Run once: python3 annotations/dev4/make_dossier.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from fnc1_dossier import write_dossier  # noqa: E402

STORIES = {
    "priest-god-woman": ["1008", "808", "603", "244", "1849", "11", "1227", "1521"],
    "homeless-100-video": ["1130", "1971", "2132", "794", "1922", "738", "1925", "1020"],
}

if __name__ == "__main__":
    write_dossier(HERE, "train", STORIES)
