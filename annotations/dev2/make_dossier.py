"""Write the dev2 dossier from FNC-1 train bodies (stdlib only).

Run once: python3 annotations/dev2/make_dossier.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from fnc1_dossier import write_dossier  # noqa: E402

STORIES = {
    "robert-plant-zeppelin-contract": ["699", "1978", "104", "734", "295", "1492", "258"],
    "baghdadi-wife-lebanon": ["720", "2283", "670", "1143", "703", "2337"],
}

if __name__ == "__main__":
    write_dossier(HERE, "train", STORIES, quote_titles=True)
