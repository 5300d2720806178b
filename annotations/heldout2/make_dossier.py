"""Write the second held-out dossier from FNC-1 competition-test bodies (stdlib only).

The bodies are used only as raw articles for claim-pair annotation; see README.md.
Run once: python3 annotations/heldout2/make_dossier.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from fnc1_dossier import write_dossier  # noqa: E402

STORIES = {
    "third-breast-hoax": ["661", "2425", "1903", "2335", "1244", "889", "785"],
    "argentina-werewolf-godson": ["711", "923", "963", "325", "802", "2007", "1345"],
}

if __name__ == "__main__":
    write_dossier(HERE, "test", STORIES)
