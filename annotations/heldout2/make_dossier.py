"""Write the second held-out dossier from FNC-1 competition-test bodies (stdlib only).

The bodies are used only as raw articles for claim-pair annotation; see README.md.
Run once: python3 annotations/heldout2/make_dossier.py
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dossier")
BODIES = "/work/shared/fnc1/competition_test_bodies.csv"
STORIES = {
    "third-breast-hoax": ["661", "2425", "1903", "2335", "1244", "889", "785"],
    "argentina-werewolf-godson": ["711", "923", "963", "325", "802", "2007", "1345"],
}


def first_sentence(text):
    line = text.strip().split("\n")[0].strip()
    m = re.match(r"(.+?[.!?])(\s|$)", line)
    s = m.group(1) if m else line
    return s[:100].rstrip()


def main():
    with open(BODIES, encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    os.makedirs(OUT, exist_ok=True)
    for slug, ids in STORIES.items():
        for bid in ids:
            body = bodies[bid]
            head = ("---\n"
                    "title: %s\n"
                    "outlet: unknown (FNC-1 test body %s)\n"
                    "url: fnc1:test/%s\n"
                    "---\n\n") % (first_sentence(body), bid, bid)
            path = os.path.join(OUT, "%s_%s.txt" % (slug, bid))
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(head + body)
            print(path, len(body.split()))


if __name__ == "__main__":
    main()
