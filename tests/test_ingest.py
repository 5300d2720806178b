"""Ingest: messy headers, site furniture, duplicates, offsets, and clear errors for bad files."""
import datetime as dt
import subprocess
import sys

import pytest

from verify.errors import IngestError
from verify.ingest import read_dossier, safe_name

FRONT_MATTER = """---
title: Regulator opens inquiry
url: https://www.example.org/news/inquiry
source: Some aggregator
date: 2026-01-02
---

# Regulator opens inquiry

* [News](/news)
* [Politics](/politics)

![](https://example.org/pixel.png)

Subscribe to The Example

The regulator said on Friday that it had opened an inquiry into the company.

The company did not respond to a request for comment about the inquiry.

The regulator said on Friday that it had opened an inquiry into the company.

Tags

* [Regulation](/tag/regulation)
"""

DATE_TITLE = " date 2026-01-06 Minister says platform must act\nThe minister said the platform must act quickly on the images.\n"
DATE_CODE = " date 2026-01-10 403\nEU calls on platforms to act\n(MENAFN) The Commission on Friday called on platforms to prevent illegal images.\n"
PIPE = "ICO statement over images\n07/01/2026 | The Guardian\nThe watchdog said it had contacted the company about the images.\n"
PLAIN = ("Residents return home after plant fire\nMidwest Daily Herald\nOctober 8, 2026\n\n"
         "BRENNARD, Ind. (AP) — Residents forced from their homes by a fire were allowed to return.\n")
REPORTER = "Residents return home after plant fire\nJane Marlow\nOctober 8, 2026\n\nResidents forced from their homes were allowed to return.\n"
ADDRESS_FIRST = ("https://breachdesk.eu/news/2026/10/09/regulator-opens-inquiry\n"
                 "Breach Desk  |  Cybercrime  |  Data Protection  |  Finance\n"
                 "Privacy regulator opens formal inquiry into bank breach\n"
                 "Lena Hartmann · 9 October 2026 · 11:05 CET\n\n"
                 "The regulator has opened a statutory inquiry into the bank, four weeks after the attack.\n")
OUTLET_ADDRESS = (" date 2026-10-08 Evacuation lifted after chemical plant fire\n"
                  "WKVN 13 News | https://www.wkvn13.com/news/state/evacuation-lifted\n"
                  "Residents forced from their homes by a fire at a chemical plant were allowed to return Thursday.\n")

DATE_WITH_TIME = ("Evacuation zone widened after derailment\nRiverbend Daily Herald\nThursday, March 5, 2026 - 9:14 p.m.\n"
                  "https://www.riverbendherald.com/region/evacuation-zone-widened\n\n"
                  "HALVORSEN (AP) — Federal safety investigators arrived Thursday at the site of the derailment.\n")
OUTLET_STAMP = (" date 2026-03-04 Freight train derails near Halvorsen\nWPVX 12 News | Updated 4:52 PM\n"
                "Hundreds of families spent the night away from home after a freight train derailed.\n")
REPORTER_OUTLET = ("Cradlemilk plant back in production\nGreg Lusk | Plains Courier\nTuesday, June 16, 2026\n\n"
                   "The Orewhenua factory restarted a month after the contamination shutdown.\n")
SELF_NAMED_FOOTER = ("Three weeks after the derailment, the railroad now says a detector did flag the train\n"
                     "By Marcus Lindqvist ,\nMarch 24, 2026\n\n"
                     "Upper Valley Public Radio is listener-supported. Please support our journalism with a gift today.\n"
                     "Tri-Valley Northern Railroad acknowledged Monday that a trackside detector sent an alert.\n")


def test_front_matter_article_is_cleaned(write_dossier):
    folder = write_dossier({"a.md": FRONT_MATTER})
    [article], warnings = read_dossier(folder)
    assert warnings == []
    assert article.title == "Regulator opens inquiry"
    assert article.outlet == "example.org"
    assert article.url == "https://www.example.org/news/inquiry"
    assert article.published == dt.date(2026, 1, 2)
    assert "Subscribe" not in article.body and "pixel" not in article.body and "[News]" not in article.body
    assert "Regulation" not in article.body  # the tag list after "Tags" is footer
    assert article.body.count("opened an inquiry") == 1  # paragraph scraped twice kept once


@pytest.mark.parametrize("content, date, title, outlet", [
    (DATE_TITLE, dt.date(2026, 1, 6), "Minister says platform must act", "unknown"),
    (DATE_CODE, dt.date(2026, 1, 10), "EU calls on platforms to act", "MENAFN"),
    (PIPE, dt.date(2026, 1, 7), "ICO statement over images", "The Guardian"),  # day-first
    (PLAIN, dt.date(2026, 10, 8), "Residents return home after plant fire", "Midwest Daily Herald"),  # not the wire
    (REPORTER, dt.date(2026, 10, 8), "Residents return home after plant fire", "unknown"),  # a reporter is no outlet
    (ADDRESS_FIRST, dt.date(2026, 10, 9), "Privacy regulator opens formal inquiry into bank breach", "Breach Desk"),
    (OUTLET_ADDRESS, dt.date(2026, 10, 8), "Evacuation lifted after chemical plant fire", "WKVN 13 News"),
    # a date line with its time, the outlet over it, an (AP) story: the publisher is the outlet
    (DATE_WITH_TIME, dt.date(2026, 3, 5), "Evacuation zone widened after derailment", "Riverbend Daily Herald"),
    (OUTLET_STAMP, dt.date(2026, 3, 4), "Freight train derails near Halvorsen", "WPVX 12 News"),  # "| Updated 4:52 PM"
    (REPORTER_OUTLET, dt.date(2026, 6, 16), "Cradlemilk plant back in production", "Plains Courier"),  # "Reporter | Outlet"
    # no outlet in the header: the page's own appeal names it
    (SELF_NAMED_FOOTER, dt.date(2026, 3, 24), "Three weeks after the derailment, the railroad now says a detector did "
                                                "flag the train", "Upper Valley Public Radio"),
])
def test_header_styles_give_date_title_and_outlet(write_dossier, content, date, title, outlet):
    folder = write_dossier({"x.txt": content})
    [article], _ = read_dossier(folder)
    assert (article.published, article.title, article.outlet) == (date, title, outlet)
    assert "403" not in article.body
    assert "Data Protection" not in article.body and "https://" not in article.body and "11:05" not in article.body


def test_an_address_line_at_the_top_is_the_page_url_and_a_wire_credit_is_kept(write_dossier):
    folder = write_dossier({"a.txt": ADDRESS_FIRST, "b.txt": OUTLET_ADDRESS, "c.txt": PLAIN})
    a, b, c = read_dossier(folder)[0]
    assert a.url == "https://breachdesk.eu/news/2026/10/09/regulator-opens-inquiry"
    assert b.url == "https://www.wkvn13.com/news/state/evacuation-lifted"
    assert c.credits == ("AP",)  # the publisher is the outlet; the wire still makes copies one source


@pytest.mark.parametrize("title, kept", [
    ("A spokesman denied rumours that King Abdullah II, a trained p", False),  # cut mid-word
    ("A spokesman denied rumours", False),  # the first sentence's start
    ("A spokesman denied", False),  # short, but ends on a word
    ("A spokes", True),  # short and cut mid-word: too little to tell
    ("King Abdullah flies a jet", True),  # a headline of its own
])
def test_a_title_the_body_repeats_is_not_a_paragraph_of_its_own(write_dossier, title, kept):
    body = "A spokesman denied rumours that King Abdullah II, a trained pilot, is conducting air strikes.\n"
    folder = write_dossier({"a.md": f"---\ntitle: {title}\n---\n\n{body}"})
    [article], _ = read_dossier(folder)
    assert article.title == title
    assert article.body.startswith(title + "\n\n") is kept
    assert article.body.count("trained pilot") == 1


def test_body_offsets_point_back_into_the_file(write_dossier):
    folder = write_dossier({"a.md": FRONT_MATTER})
    [article], _ = read_dossier(folder)
    content = (folder / "a.md").read_text(encoding="utf-8")
    for i, ch in enumerate(article.body):
        if ch != "\n":
            assert content[article.offsets[i]] == ch


def test_markdown_link_text_is_kept_and_mapped(write_dossier):
    text = "Musk appeared to make light of it by [reposting](https://x.com/post/1) an image of a toaster.\n"
    folder = write_dossier({"a.md": "Title line here\n" + text})
    [article], _ = read_dossier(folder)
    assert "by reposting an image" in article.body
    start = article.body.index("reposting")
    span = article.file_span(start, start + len("reposting"))
    assert (folder / "a.md").read_text(encoding="utf-8")[span[0]:span[1]] == "reposting"


def test_html_article_is_read_with_meta(write_dossier):
    page = ("<html><head><title>Ignored</title><meta property='og:title' content='Watchdog fines firm'>"
            "<meta property='og:site_name' content='Daily Example'>"
            "<meta property='article:published_time' content='2026-02-01T10:00:00Z'></head>"
            "<body><nav><a href='/'>Home</a></nav><p>The watchdog fined the firm &pound;2 million on Monday.</p>"
            "<script>var x = 1;</script></body></html>")
    folder = write_dossier({"page.html": page})
    [article], _ = read_dossier(folder)
    assert article.title == "Watchdog fines firm" and article.outlet == "Daily Example"
    assert article.published == dt.date(2026, 2, 1)
    assert "£2 million" in article.body and "Home" not in article.body and "var x" not in article.body


@pytest.mark.parametrize("head, title, outlet", [
    ("<title>Ofcom opens investigation into X | Technology | The Guardian</title>",
     "Ofcom opens investigation into X", "The Guardian"),
    ("<title>Grok banned in Indonesia - BBC News</title>", "Grok banned in Indonesia", "BBC News"),
    ("<title>X bans Grok image tool - report</title>", "X bans Grok image tool - report", "unknown"),
    ("<title>Musk - the man who would not stop posting</title>", "Musk - the man who would not stop posting",
     "unknown"),
    ("<title>Grok banned in Indonesia | Reuters</title><link rel='canonical' href='https://www.reuters.com/a'>",
     "Grok banned in Indonesia", "reuters.com"),  # the address names the outlet first, as elsewhere
    ("<meta property='og:title' content='Grok banned | Daily Example'>"
     "<meta property='og:site_name' content='Daily Example'>", "Grok banned", "Daily Example"),
])
def test_a_page_title_gives_its_site_name_as_the_outlet(write_dossier, head, title, outlet):
    page = f"<html><head>{head}</head><body><p>Indonesia blocked access to Grok on Saturday, officials said.</p></body></html>"
    [article], _ = read_dossier(write_dossier({"page.html": page}))
    assert (article.title, article.outlet) == (title, outlet)


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", "", "file is empty"),
    ("binary.txt", b"\x00\x01\x02PNG\x00\x00data", "binary file"),
    ("latin.txt", "Caf\xe9 owners said the r\xe8gle was unfair.".encode("latin-1"), "not valid UTF-8"),
])
def test_unreadable_file_is_skipped_with_a_warning_naming_it(write_dossier, name, content, problem):
    folder = write_dossier({name: content, "good.txt": DATE_TITLE})
    articles, warnings = read_dossier(folder)
    assert [a.id for a in articles] == ["good"]
    assert len(warnings) == 1 and name in warnings[0] and problem in warnings[0]


def test_empty_and_missing_folders_are_errors(tmp_path):
    with pytest.raises(IngestError, match="no .txt, .md or .html articles"):
        read_dossier(tmp_path)
    with pytest.raises(IngestError, match="no such folder"):
        read_dossier(tmp_path / "nope")


@pytest.mark.parametrize("setup, message", [
    (lambda p: p, "no .txt, .md or .html articles"),
    (lambda p: p / "missing", "no such folder"),
    (lambda p: (p / "only.txt").write_bytes(b"") and p or p, "none of the 1 files could be read"),
])
def test_cli_prints_one_line_error_and_exits_non_zero(tmp_path, setup, message):
    folder = setup(tmp_path)
    result = subprocess.run([sys.executable, "-m", "verify", "score", str(folder), "--out", str(tmp_path / "o"),
                             "--quiet"], capture_output=True, text=True)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert "Traceback" not in result.stderr


def test_uploaded_file_names_are_sanitised():
    assert safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert safe_name("C:\\Users\\me\\my report (1).MD") == "my_report_1.md"


def test_two_files_with_one_stem_are_two_articles_with_their_own_ids(write_dossier):
    folder = write_dossier({
        "story.txt": " date 2026-01-06 First headline of the story\nThe regulator fined the firm on Monday.\n",
        "story.html": "<html><head><title>Second headline</title></head><body>"
                      "<p>Police raided the offices in Paris on Tuesday.</p></body></html>"})
    articles, _ = read_dossier(folder)
    assert sorted(a.id for a in articles) == ["story", "story.txt"]
    bodies = {a.id: a.body for a in articles}
    assert "Police raided" in bodies["story"] and "regulator fined" in bodies["story.txt"]


def test_a_photo_caption_ending_in_its_credit_is_not_text(write_dossier):
    folder = write_dossier({"a.txt": "Company concedes chemicals escaped\nBy Abigail Sundquist ,\nOctober 13, 2026\n\n"
                            "Residents fill the Civic Center on Monday for a meeting about the fire. "
                            "Abigail Sundquist / Hoosier State Observer\n"
                            "The company acknowledged on Monday night that thousands of pounds escaped.\n"})
    [article], _ = read_dossier(folder)
    assert "Residents fill" not in article.body
    assert "thousands of pounds escaped" in article.body


@pytest.mark.parametrize("line, outlet", [
    ("Copyright 2026 WPVX. All rights reserved.", "WPVX"),
    ("**Support our journalism.** The Patchnote is independent and reader-funded. No paywall.", "The Patchnote"),
    ("Did you know that the Hoosier State Observer is a nonprofit newsroom funded by readers like you?",
     "The Hoosier State Observer"),
    ("© 2026 U.S. News Network. All rights reserved.", "U.S. News Network"),
    ("Harbourline is an independent lender based in Dublin.", ""),  # a company, not the page's outlet
])
def test_page_furniture_that_names_its_own_outlet(line, outlet):
    from verify.ingest import _self_named
    assert _self_named(line) == outlet
