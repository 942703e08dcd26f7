"""Shared helpers: date formatting, body words, expected-entry building."""
import datetime
import html
import re

from policy_data import P

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def d(iso):
    return datetime.date.fromisoformat(iso)


def long_date(iso):  # March 8, 2019
    x = d(iso)
    return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"


def us_date(iso, pad=False):  # 10/14/2021 or 03/08/2019
    x = d(iso)
    return f"{x.month:02d}/{x.day:02d}/{x.year}" if pad else f"{x.month}/{x.day}/{x.year}"


def block_text(block):
    kind, content = block
    return " ".join(content) if isinstance(content, list) else content


def body_words(p):
    words = []
    for b in p["body"]:
        words.extend(block_text(b).split())
    return words


def first_words(p):
    return " ".join(p["body"][0][1].split()[:8])


def last_words(p):
    return " ".join(p["body"][-1][1].split()[-8:])


def expected_policy(key, amended=None, adopted="default", section=None):
    p = P[key]
    assert p["body"][0][0] == "p" and p["body"][-1][0] == "p"
    return {
        "number": p["number"],
        "title": p["title"],
        "section": section or p["section"],
        "legal_refs": p["legal"],
        "cross_refs": p["cross"],
        "adopted": p["adopted"] if adopted == "default" else adopted,
        "amended": p["amended"] if amended is None else amended,
        "body_first_words": first_words(p),
        "body_last_words": last_words(p),
    }


def num(p, sep=":"):
    return p["number"].replace(":", sep)


# ---------- plain text rendering ----------

def body_lines(p, sep=":", bullet="\u2022", wrap=None):
    """Body as text lines, blank line between blocks. Lists numbered 1., lettered a., or bulleted."""
    out = []
    for kind, content in p["body"]:
        if kind == "p":
            out += (wrap(content) if wrap else [content])
        elif kind == "h":
            out.append(content)
        elif kind == "ol":
            for i, it in enumerate(content, 1):
                out += (wrap(f"{i}. {it}", indent="   ") if wrap else [f"{i}. {it}"])
        elif kind == "al":
            for i, it in enumerate(content):
                out += (wrap(f"{'abcdefgh'[i]}. {it}", indent="   ") if wrap else [f"{'abcdefgh'[i]}. {it}"])
        elif kind == "ul":
            for it in content:
                out += (wrap(f"{bullet} {it}", indent="  ") if wrap else [f"{bullet} {it}"])
        out.append("")
    return out


def ref_lines(p, sep=":", titles=False, tab="\t"):
    lines = []
    for i, ref in enumerate(p["legal"]):
        lines.append(("LEGAL REF.:" + tab if i == 0 else tab + tab) + ref)
    lines.append("")
    lines.append("CROSS REF.:" + tab + cross_text(p, sep, titles))
    return lines


def cross_text(p, sep=":", titles=False):
    parts = []
    for c in p["cross"]:
        s = c.replace(":", sep)
        if titles and c in P:
            s += f" ({P[c]['title']})"
        parts.append(s)
    return ", ".join(parts)


def esc(s):
    """HTML-escape with named entities for the characters real CMS pages encode."""
    s = html.escape(s, quote=False)
    return (s.replace("\u2019", "&rsquo;").replace("\u00a7 ", "&sect;&nbsp;").replace("\u00a7", "&sect;")
            .replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;"))


def body_html(p, heading_tag="h3", p_attr=""):
    out = []
    for kind, content in p["body"]:
        if kind == "p":
            out.append(f"<p{p_attr}>{esc(content)}</p>")
        elif kind == "h":
            out.append(f"<{heading_tag}>{esc(content)}</{heading_tag}>")
        elif kind in ("ol", "al"):
            t = ' type="a"' if kind == "al" else ""
            out.append(f"<ol{t}>" + "".join(f"<li>{esc(i)}</li>" for i in content) + "</ol>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in content) + "</ul>")
    return "\n".join(out)


def refs_html(p, titles=True):
    legal = "<br>\n".join(esc(r) for r in p["legal"])
    return (f'<p><strong>LEGAL REF.:</strong><br>\n{legal}</p>\n'
            f'<p><strong>CROSS REF.:</strong> {esc(cross_text(p, ":", titles))}</p>')


def squash(s):
    return re.sub(r"\s+", " ", s).strip()
