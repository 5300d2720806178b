"""Write the dev2 dossier from FNC-1 train bodies (stdlib only).

The bodies are used only as raw articles for claim-pair annotation; see README.md.
Run once: python3 annotations/dev2/make_dossier.py
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dossier")
BODIES = "/work/shared/fnc1/train_bodies.csv"
STORIES = {
    "robert-plant-zeppelin-contract": ["699", "1978", "104", "734", "295", "1492", "258"],
    "baghdadi-wife-lebanon": ["720", "2283", "670", "1143", "703", "2337"],
}


def first_sentence(text):
    line = text.strip().split("\n")[0].strip()
    m = re.match(r"(.+?[.!?])(\s|$)", line)
    s = m.group(1) if m else line
    return s[:100].rstrip()


def yaml_quote(s):
    """YAML double-quoted scalar: escape backslashes and double quotes."""
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def main():
    with open(BODIES, encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    os.makedirs(OUT, exist_ok=True)
    for slug, ids in STORIES.items():
        for bid in ids:
            body = bodies[bid]
            head = ("---\n"
                    "title: %s\n"
                    "outlet: unknown (FNC-1 train body %s)\n"
                    "url: fnc1:train/%s\n"
                    "---\n\n") % (yaml_quote(first_sentence(body)), bid, bid)
            path = os.path.join(OUT, "%s_%s.txt" % (slug, bid))
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(head + body)
            print(path, len(body.split()))


if __name__ == "__main__":
    main()
