"""Write the held-out dossier files from FNC-1 train bodies (stdlib only).

Run once: python3 annotations/heldout/make_dossier.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from fnc1_dossier import write_dossier  # noqa: E402

STORIES = {
    "nicaragua-meteorite": ["0", "9", "173", "217", "601", "767"],
    "teen-72m-stocks": ["365", "1184", "1563", "1781", "2052", "2407"],
}

if __name__ == "__main__":
    write_dossier(HERE, "train", STORIES)
