"""Ingest: messy article files -> clean Article records with a map back to file offsets."""
from __future__ import annotations

import dataclasses

import datetime as dt
import html
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from dateutil import parser as dateparser

from .errors import IngestError
from .records import Article

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".html", ".htm")

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DATE_PATTERNS = (
    re.compile(r"\b\d{4}-\d{2}-\d{2}(?!\d)"),
    re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"),
    re.compile(rf"\b{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\.?,?\s+\d{{4}}\b"),
)
# Lines that are site furniture, not reporting.
JUNK_LINE = re.compile(
    r"(?i)^\s*(?:go|tags?|share|menu|search|advertisement|advert|sponsored|related(?: articles)?|"
    r"read more|more from .*|sign up.*|subscribe.*|log ?in|no previous article|no new articles|"
    r"no comments:?|post a comment|learn more\.?|find out more\.?|£ - .*|skip to .*)\s*$")
APPEAL = re.compile(
    r"(?i)(please support our work|with a donation|independently funded by readers|"
    r"requires a subscription|free newsletter|sign up for our|subscribe to (?:our|the)\b|"
    r"training announcement:|get more insights with|cookie|all rights reserved|"
    r"(?:getty images|shutterstock|ap photo|afp via getty)\s*$|"
    # a photo caption ending in its credit: "… for a meeting about the fire. Abigail Sundquist / Hoosier Observer"
    r"(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+ ?/ ?(?:[A-Z][\w&'’-]*(?: |$)){1,5})$)")
# Once one of these appears, the rest of the page is footer: bios, sidebars, "about this page".
FOOTER = re.compile(r"(?i)^\s*(?:#+\s*)?(?:tags|briefs|related|what is this page\?|about the author|"
                    r"most read|more stories|recommended|no previous article)\s*$")
BYLINE = re.compile(r"(?i)^\s*by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*,?\s*$")
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
WIRE = re.compile(r"\((Reuters|AFP|AP|PA|MENAFN|dpa|ANI|IANS|Bloomberg|UPI)\)|"
                  r"(?i:source:\s*)(Reuters|AFP|Associated Press|Press Association|PA Media|Bloomberg)")


@dataclass
class _Text:
    """Text with, for every character, its offset in the original file content."""

    chars: list[str]
    offsets: list[int]

    @classmethod
    def of(cls, content: str, start: int, end: int) -> "_Text":
        return cls(list(content[start:end]), list(range(start, end)))

    def text(self) -> str:
        return "".join(self.chars)


def read_file(path: Path) -> str:
    """Decode a file as UTF-8 (no newline translation); IngestError when it is not text."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not raw.strip():
        raise IngestError(f"{path}: file is empty")
    if b"\x00" in raw[:4096]:
        raise IngestError(f"{path}: binary file, not text")
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path}: not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8") from exc
    return content


def _strip_html(content: str) -> _Text:
    """Visible text of an HTML page, one block per line, keeping file offsets."""
    out = _Text([], [])
    skip = re.compile(r"(?is)<(script|style|nav|header|footer|aside|noscript|form)\b.*?</\1\s*>|<!--.*?-->")
    block = re.compile(r"(?i)^</?(p|div|br|h[1-6]|li|ul|ol|article|section|tr|table|blockquote)\b")
    pos = 0
    body_start = re.search(r"(?i)<body\b[^>]*>", content)
    if body_start:
        pos = body_start.end()
    while pos < len(content):
        m = skip.match(content, pos)
        if m:
            pos = m.end()
            continue
        ch = content[pos]
        if ch == "<":
            end = content.find(">", pos)
            end = len(content) if end < 0 else end + 1
            if block.match(content[pos:end]):
                out.chars.append("\n")
                out.offsets.append(pos)
            pos = end
        elif ch == "&":
            m = re.match(r"&#?\w+;", content[pos:pos + 12])
            if m:
                out.chars.append(html.unescape(m.group(0)))
                out.offsets.append(pos)
                pos += len(m.group(0))
            else:
                out.chars.append(ch)
                out.offsets.append(pos)
                pos += 1
        else:
            out.chars.append(" " if ch in "\r\n\t" else ch)
            out.offsets.append(pos)
            pos += 1
    return out


def _html_meta(content: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    title = re.search(r"(?is)<title[^>]*>(.*?)</title>", content)
    if title:
        meta["title"] = html.unescape(title.group(1)).strip()
    for m in re.finditer(r"(?is)<meta\s+[^>]*>", content):
        tag = m.group(0)
        key = re.search(r'(?i)(?:property|name|itemprop)\s*=\s*["\']([^"\']+)', tag)
        val = re.search(r'(?i)content\s*=\s*["\']([^"\']*)', tag)
        if key and val:
            meta[key.group(1).lower()] = html.unescape(val.group(1)).strip()
    canon = re.search(r'(?i)<link[^>]+rel=["\']canonical["\'][^>]+href=["\']([^"\']+)', content)
    if canon:
        meta.setdefault("og:url", canon.group(1))
    title, site = _site_suffix(meta.get("og:title") or meta.get("title", ""), meta.get("og:site_name", ""))
    return {
        "title": title,
        "url": meta.get("og:url", ""),
        "outlet": meta.get("og:site_name", ""),
        "title_site": site,  # the outlet a page's title ends with, used when nothing better names it
        "date": meta.get("article:published_time") or meta.get("date") or meta.get("datepublished", ""),
    }


def _lines(text: _Text) -> list[_Text]:
    lines, cur = [], _Text([], [])
    for ch, off in zip(text.chars, text.offsets):
        if ch == "\n":
            lines.append(cur)
            cur = _Text([], [])
        else:
            cur.chars.append(ch)
            cur.offsets.append(off)
    lines.append(cur)
    return lines


def _sub_keep(line: _Text, pattern: re.Pattern, group: int | None) -> _Text:
    """Replace each match by its `group` (or nothing), keeping offsets of kept characters."""
    s = line.text()
    out = _Text([], [])
    pos = 0
    for m in pattern.finditer(s):
        out.chars += line.chars[pos:m.start()]
        out.offsets += line.offsets[pos:m.start()]
        if group is not None:
            out.chars += line.chars[m.start(group):m.end(group)]
            out.offsets += line.offsets[m.start(group):m.end(group)]
        pos = m.end()
    out.chars += line.chars[pos:]
    out.offsets += line.offsets[pos:]
    return out


def _trim(line: _Text) -> _Text:
    s = line.text()
    left = len(s) - len(s.lstrip())
    right = len(s.rstrip())
    return _Text(line.chars[left:right], line.offsets[left:right])


def parse_date(text: str) -> dt.date | None:
    """First date in text; numeric dates are read day-first (British and European copy)."""
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        raw = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", m.group(0))
        try:
            iso = pattern is DATE_PATTERNS[0]
            return dateparser.parse(raw, dayfirst=not iso, yearfirst=iso).date()
        except (ValueError, OverflowError):
            continue
    return None


def _front_matter(content: str) -> tuple[dict[str, tuple[str, int]], int]:
    """YAML-style front matter: {key: (value, file offset)} and where the body starts."""
    m = re.match(r"\ufeff?---\r?\n(.*?)\r?\n---\r?\n", content, re.S)
    if not m:
        return {}, 0
    fields = {}
    for line in re.finditer(r"(?m)^([A-Za-z_]+):[ \t]*(.*?)[ \t]*\r?$", m.group(1)):
        value = line.group(2).strip("'\"")
        fields[line.group(1).lower()] = (value, m.start(1) + line.start(2) + (1 if line.group(2)[:1] in "'\"" else 0))
    return fields, m.end()


TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


def _site_suffix(title: str, site_name: str) -> tuple[str, str]:
    """A page title's headline and the site name after it: "Ofcom opens investigation | Technology |
    The Guardian" -> ("Ofcom opens investigation", "The Guardian"), "Grok banned - BBC News" -> the
    same with "BBC News". A dash ends the title with a site only when what follows is a short
    capitalised name ("… - report" or a long clause after a dash stay in the headline)."""
    parts = TITLE_PARTS.split(title)
    if len(parts) < 2 or len(parts[0].split()) < 2:
        return title, ""
    last = parts[-1].strip()
    before_last = title[: title.rindex(parts[-1])].rstrip(" |–—-")
    if site_name and last.lower() == site_name.lower():
        return before_last, last
    if "|" in title:  # "headline | section | site": the section goes too
        return title.split("|")[0].strip(), last
    words = last.split()
    if len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return before_last, last
    return title, ""


def _outlet_from_url(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.")


def _is_link_line(s: str) -> bool:
    """Navigation, image and link-list lines: mostly markdown link markup."""
    stripped = s.strip()
    if stripped.startswith(("![", "[![", "* [", "- [", "+ [")) or re.match(r"^\[## ", stripped):
        return True
    links = MD_LINK.findall(stripped)
    if links:
        visible = MD_LINK.sub(r"\1", stripped)
        return len(visible.strip()) < 0.6 * len(stripped) and len(visible.split()) < 12
    return False


URL_LINE = re.compile(r"^<?(https?://\S+?)>?$")
NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w&.'’-]*|of|the|and|on|de|du|la|le|&)$")


# What an outlet's name has and a reporter's name has not: "Beacon FM News", "KTVR 7", not "Jane Smith".
MEDIA_NAME = re.compile(r"\b(?:[A-Z]{2,}|\d+|News|Times|Post|Herald|Courier|Gazette|Ledger|Daily|Radio|Journal|Review|"
                        r"Observer|Chronicle|Star|Tribune|Press|Mail|Express|Guardian|Telegraph|Independent|Standard|"
                        r"Record|Examiner|Sun|Mirror|Weekly|Magazine|Online|Insider|Wire|Desk|Today|Network|Media|"
                        r"Bulletin|Dispatch|Register|Sentinel|Voice|Echo|Argus|Advertiser|Monitor)\b")


# a time after a date on its line: "Thursday, March 5, 2026 - 9:14 p.m.", "9 October 2026, 11:05 CET"
TIME_AFTER_DATE = re.compile(r"\s*[-–—|,·@]?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?\s*$")
# "Updated 4:52 PM", "Published 09:10": a time stamp beside the outlet's name
STAMP = re.compile(r"(?i)^(?:updated|published|posted|last updated)?:?\s*(?:\w+,?\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
                   r"(?:\s+[A-Z]{2,4})?$")
# how a page names its own outlet in its furniture: "Copyright 2026 WPVX.", "Upper Valley Public Radio is
# listener-supported", "The Patchnote is independent and reader-funded"
SELF_NAMED = re.compile(r"(?:^|^(?:\*\*)?support our journalism\.?\*?\*?\s*|\bdid you know that\s+)(?:(?:copyright|©)\s*"
                        r"(?:\d{4}\s+)?(?P<owner>[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4})|(?P<name>(?:the\s+)?[A-Z]"
                        r"[\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4})\s+(?:is\s+(?:an?\s+)?(?:independent and (?:reader|listener)|"
                        r"nonprofit newsroom|non-profit newsroom|(?:listener|reader|viewer|member)[- ](?:supported|funded))|"
                        r"depends on (?:readers|listeners|viewers)|relies on (?:readers|listeners|viewers)|"
                        r"has covered\b))", re.I)


def _date_line(s: str) -> dt.date | None:
    """The date of a line that is only a date, perhaps with its time: "March 24, 2026",
    "Thursday, March 5, 2026 - 9:14 p.m."."""
    bare = TIME_AFTER_DATE.sub("", s)
    return parse_date(bare) if len(bare.split()) <= 6 else None


def _self_named(s: str) -> str:
    """The outlet a line of page furniture names as the page's own, or ""."""
    m = SELF_NAMED.search(s.strip())
    if not m:
        return ""
    name = re.split(r"(?<=[A-Za-z0-9]{2})\.\s", m.group("owner") or m.group("name"))[0].rstrip(".")
    name = re.sub(r"^the\s+", "The ", name)
    return name


def _name_like(s: str, most: int = 5) -> bool:
    """A short capitalised name without a sentence end: "Beacon FM News", "KTVR 7 News"."""
    words = s.split()
    return 1 <= len(words) <= most and all(NAME_WORD.match(w) for w in words) and words[0][:1].isupper() \
        and not re.search(r"[.!?:;,”\"]$", s)


def _header_line(s: str, following: list[_Text], titled: bool) -> dict | None:
    """What a line at the top of a file says about the article, or None if it is not a header line:
    a bare page address; "Outlet | address"; a row of site sections ("Breach Desk | Cybercrime |
    Finance", its first item the site); a byline with a date ("Lena Hartmann · 9 October 2026 ·
    11:05 CET"); or, right under the headline, an outlet's name over a date line."""
    m = URL_LINE.match(s)
    if m:
        return {"url": m.group(1)}
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", s)]
    if len(parts) >= 2:
        urls = [m.group(1) for m in map(URL_LINE.match, parts) if m]
        names = [p for p in parts if _name_like(p, 4)]
        if urls and len(urls) + len(names) == len(parts):
            return {"url": urls[0], "outlet": names[0] if names else ""}
        dated = [parse_date(p) for p in parts]
        if any(dated) and len(s.split()) <= 12 and not re.search(r"[.!?”\"]$", s):
            return {"date": next(d for d in dated if d)}
        if len(parts) >= 3 and len(names) == len(parts):
            return {"outlet": parts[0]}
        if len(parts) == 2 and _name_like(parts[0], 4) and MEDIA_NAME.search(parts[0]) and STAMP.match(parts[1]):
            return {"outlet": parts[0]}  # "WPVX 12 News | Updated 4:52 PM"
        if len(parts) == 2 and len(names) == 2 and MEDIA_NAME.search(parts[1]) and not MEDIA_NAME.search(parts[0]):
            return {"outlet": parts[1]}  # "Greg Lusk | Plains Courier": the reporter, then the outlet
    dated_next = any(_date_line(f.text()) for f in following)
    if titled and _name_like(s) and MEDIA_NAME.search(s) and dated_next:
        return {"outlet": s}
    return None


def _norm_para(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


TITLE_CUT_MIN = 20  # characters from which a title that starts a paragraph may end mid-word


def _repeated(title_key: str, paragraphs: set[str]) -> bool:
    """Whether the body already says the title: as a paragraph of its own, or as the start of one.
    A title cut off from the first sentence ("… King Abdullah II, a trained p") is a fragment whose
    claims the full sentence makes whole; a cut may fall mid-word, so a long title needs no word end."""
    if title_key in paragraphs:
        return True
    return any(p.startswith(title_key) and (len(title_key) >= TITLE_CUT_MIN or p[len(title_key)] == " ")
               for p in paragraphs)


def parse_article(path: Path, content: str) -> Article:
    """Turn one file's content into an Article (title, outlet, URL, date, clean body)."""
    fields, start = _front_matter(content)
    is_html = path.suffix.lower() in (".html", ".htm")
    if is_html:
        meta = _html_meta(content)
        text = _strip_html(content)
        fields = {k: (v, -1) for k, v in meta.items() if v}
    else:
        text = _Text.of(content, start, len(content))

    title, title_text = fields.get("title", ("", -1)), None
    url = fields.get("url", ("", -1))[0] or fields.get("link", ("", -1))[0]
    outlet = (fields.get("outlet", ("", -1))[0] or fields.get("publisher", ("", -1))[0]
              or fields.get("site", ("", -1))[0] or _outlet_from_url(url)
              or fields.get("title_site", ("", -1))[0] or fields.get("source", ("", -1))[0])
    published = parse_date(fields.get("date", ("", -1))[0] or fields.get("published", ("", -1))[0])
    if title[0] and title[1] >= 0:
        title_text = _Text(list(title[0]), list(range(title[1], title[1] + len(title[0]))))

    paragraphs: list[_Text] = []
    seen: set[str] = set()
    header_zone = 8  # lines at the top where dates, outlets and titles sit
    lines = [_trim(raw) for raw in _lines(text)]
    for index, line in enumerate(lines):
        s = line.text()
        if not s:
            continue
        if FOOTER.match(s) and paragraphs:
            break
        head = re.match(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$", s)
        if head:  # " date 2026-01-06 Title" or " date 2026-01-10 403"
            published = published or parse_date(head.group(1))
            rest = head.group(2).strip()
            if rest and not rest.isdigit() and not title_text:
                i = s.index(rest)
                title_text = _Text(line.chars[i:], line.offsets[i:])
            continue
        pipe = re.match(r"^(.{6,40}?)\s*\|\s*(.{2,60})$", s)
        if pipe and index < header_zone and parse_date(pipe.group(1)):  # "07/01/2026 | The Guardian"
            published = published or parse_date(pipe.group(1))
            outlet = outlet or pipe.group(2).strip()
            continue
        if index < header_zone and not paragraphs:
            found = _header_line(s, lines[index + 1:index + 3], bool(title_text or title[0]))
            if found is not None:  # "WKVN 13 News | https://…", a bare address, "Breach Desk | Cybercrime | …"
                outlet = outlet or found.get("outlet", "")
                url = url or found.get("url", "")
                published = published or found.get("date")
                continue
        if s.startswith("#"):
            if not title_text and not paragraphs:
                body = _trim(_sub_keep(line, re.compile(r"^#+\s*"), None))
                title_text = body
            continue
        if _is_link_line(s) or JUNK_LINE.match(s) or APPEAL.search(s) or BYLINE.match(s):
            if index < header_zone * 4 and not published:
                published = parse_date(MD_LINK.sub(r"\1", s))
            continue
        line = _sub_keep(line, MD_IMAGE, None)
        line = _trim(_sub_keep(line, MD_LINK, 1))
        s = line.text()
        words = s.split()
        dated = _date_line(s)
        if dated:
            published = published or dated
            continue
        if not title_text and not title[0] and not paragraphs and 3 <= len(words) <= 30 and index < header_zone:
            title_text = line
            continue
        if len(words) < 4 or (len(words) < 5 and not re.search(r"[.!?”\"]$", s)):
            continue  # short fragment without a sentence end: a label, button or caption
        key = _norm_para(s)
        if key in seen:
            continue  # the same paragraph scraped twice
        seen.add(key)
        paragraphs.append(line)

    if title_text is not None and title_text.offsets:
        title_key = _norm_para(title_text.text())
        if not _repeated(title_key, seen) and title_text.offsets[0] >= 0:
            paragraphs.insert(0, title_text)
    if not paragraphs:
        raise IngestError(f"{path}: no article text found after removing navigation and adverts")

    chars: list[str] = []
    offsets: list[int] = []
    for para in paragraphs:
        if chars:
            chars += ["\n", "\n"]
            offsets += [offsets[-1], offsets[-1]]
        chars += para.chars
        offsets += para.offsets
    body = "".join(chars)
    credits = tuple(sorted({(m.group(1) or m.group(2)) for m in WIRE.finditer(body)}))
    if not outlet:  # the page's own furniture names it: "Copyright 2026 WPVX.", "… is listener-supported"
        outlet = next((name for name in (_self_named(x.text()) for x in lines) if name), "")
    if not outlet and credits:
        outlet = credits[0]
    outlet = outlet or _outlet_from_url(url)
    return Article(
        id=path.stem, path=str(path),
        title=title_text.text().strip() if title_text else (title[0] or path.stem),
        outlet=outlet.strip() or "unknown", url=url, published=published, body=body,
        offsets=tuple(offsets), credits=credits)


def _candidates(folder: Path) -> list[Path]:
    if not folder.exists():
        raise IngestError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise IngestError(f"{folder}: not a folder; give the folder that holds the articles")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise IngestError(f"{folder}: no .txt, .md or .html articles in this folder")
    return files


def read_dossier(folder: str | Path) -> tuple[list[Article], list[str]]:
    """Every readable article of a folder, and one warning per file that was skipped."""
    articles, warnings = [], []
    for path in _candidates(Path(folder)):
        try:
            article = parse_article(path, read_file(path))
        except IngestError as exc:
            warnings.append(f"skipped {exc}")
            logger.info("skipped %s", exc)
            continue
        if any(a.id == article.id for a in articles):
            # "story.txt" beside "story.html": two articles, so two ids (claims and decisions hang on them)
            article = dataclasses.replace(article, id=path.name)
        articles.append(article)
    if not articles:
        raise IngestError(f"{folder}: none of the {len(warnings)} files could be read "
                          f"({'; '.join(warnings)})")
    return articles, warnings


def safe_name(name: str) -> str:
    """A browser-supplied file name reduced to a safe stem + suffix (no paths, no odd characters)."""
    base = Path(name.replace("\\", "/")).name
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_") or "article"
    return f"{stem[:80]}.{suffix.lower()}" if suffix else stem[:80]


def read_uploaded(files: list[tuple[str, bytes]], folder: str | Path | None = None
                  ) -> tuple[list[Article], list[str]]:
    """Articles from (file name, bytes) uploads; bad files become warnings naming them."""
    import tempfile

    target = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="verify-upload-"))
    target.mkdir(parents=True, exist_ok=True)
    articles, warnings = [], []
    for name, data in files:
        clean = safe_name(name)
        if Path(clean).suffix.lower() not in SUFFIXES:
            warnings.append(f"skipped {name}: not a .txt, .md or .html file")
            continue
        path = target / clean
        path.write_bytes(data)
        try:
            articles.append(parse_article(path, read_file(path)))
        except IngestError as exc:
            warnings.append(f"skipped {name}: {str(exc).split(': ', 1)[-1]}")
    return articles, warnings
