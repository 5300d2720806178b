"""Sanity checks for annotations/heldout14/gold_pairs.csv: those of ../check_gold.py, run on the
heldout14 dossier (stdlib only).

Run: python3 annotations/heldout14/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from check_gold import main  # noqa: E402

if __name__ == "__main__":
    main(os.path.join(HERE, "gold_pairs.csv"), os.path.join(HERE, "dossier"))
