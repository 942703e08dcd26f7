"""PDFs printed by tools other than PDFBox: Chromium, LibreOffice, groff, enscript (+ps2pdf), ImageMagick, qpdf."""
import html
import os
import subprocess
import textwrap

from common import P, body_html, cross_text, expected_policy, long_date, ref_lines, body_lines, us_date

OUT = "/work/holdout/policies/"
WORK = "/work/holdout/tools/build/"
os.makedirs(WORK, exist_ok=True)


def run(*cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def chromium_pdf(html_path, pdf_path, header_footer=True):
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--print-to-pdf={pdf_path}"]
    if not header_footer:
        args.append("--no-pdf-header-footer")
    run(*args, "file://" + html_path)


# ---------------- Chromium: one long policy across pages ----------------

def p01_chromium():
    p = P["5:100"]
    src = WORK + "5-100 Staff Development Program.html"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>5:100 Staff Development Program - Board Policy - Lincoln Prairie CUSD 214</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:16.5pt;line-height:1.45;margin:0 0.2in}}
h1{{font-size:17pt}} .sec{{font-size:12pt;color:#444}} li{{margin-bottom:4pt}}</style></head><body>
<div class="sec">Section 5 - Personnel</div>
<h1>5:100 Staff Development Program</h1>
{body_html(p)}
<p><b>LEGAL REF.:</b><br>{"<br>".join(html.escape(r) for r in p["legal"])}</p>
<p><b>CROSS REF.:</b> {html.escape(cross_text(p))}</p>
<p>ADOPTED: {long_date(p['adopted'])}<br>AMENDED: {"; ".join(long_date(a) for a in p['amended'])}</p>
</body></html>"""
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    name = "p01_chromium_print_long_policy.pdf"
    chromium_pdf(src, OUT + name)
    return {"file": name, "refused": False, "policies": [expected_policy("5:100")]}


# ---------------- LibreOffice flat ODT ----------------

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.08in"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="{size}pt"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:orphans="2" fo:widows="2"/></style:style>
 <style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.35in" fo:text-indent="-0.25in" fo:orphans="2" fo:widows="2"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.08in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Sec" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15in" fo:keep-with-next="always"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Ref" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.1in" fo:text-indent="-1.1in" fo:margin-bottom="0in"/></style:style>
 <style:style style:name="Hdr" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.4in"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CoverSmall" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2in"/><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Toc" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="6.4in" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="1in" fo:margin-right="1in"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-bottom="0.25in"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.25in"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="1in" fo:margin-bottom="1in" fo:margin-left="1in" fo:margin-right="1in"/></style:page-layout>
 <style:style style:name="CoverFirst" style:family="paragraph" style:parent-style-name="Cover" style:master-page-name="CoverPage"/>
 <style:style style:name="NewPage" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="TitleBreak" style:family="paragraph" style:parent-style-name="Sec"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Hdr">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Hdr">{footer}</text:p></style:footer></style:master-page>
 <style:master-page style:name="CoverPage" style:page-layout-name="pm2" style:next-style-name="Standard"/>
</office:master-styles>
<office:body><office:text>
"""
PAGE_OF = 'Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>'


def x(s):
    return html.escape(s, quote=False)


def fodt_policy(p, first_style="Sec", date_lines=()):
    out = [f'<text:p text:style-name="{first_style}">Section {p["number"].split(":")[0]} - {x(p["section"])}</text:p>',
           f'<text:p text:style-name="Title">{x(p["number"])}<text:s text:c="3"/>{x(p["title"])}</text:p>']
    for kind, content in p["body"]:
        if kind == "p":
            out.append(f'<text:p text:style-name="Body">{x(content)}</text:p>')
        elif kind == "h":
            out.append(f'<text:p text:style-name="Sub">{x(content)}</text:p>')
        elif kind in ("ol", "al", "ul"):
            for i, it in enumerate(content):
                mark = {"ol": f"{i + 1}.", "al": f"{'abcdefgh'[i]}.", "ul": "\u2022"}[kind]
                out.append(f'<text:p text:style-name="Item">{mark}<text:tab/>{x(it)}</text:p>')
    for i, r in enumerate(p["legal"]):
        out.append(f'<text:p text:style-name="Ref">{"LEGAL REF.:" if i == 0 else ""}<text:tab/>{x(r)}</text:p>')
    out.append('<text:p text:style-name="Standard"/>')
    out.append(f'<text:p text:style-name="Ref">CROSS REF.:<text:tab/>{x(cross_text(p, titles=True))}</text:p>')
    out.append('<text:p text:style-name="Standard"/>')
    out += [f'<text:p text:style-name="Standard">{x(d)}</text:p>' for d in date_lines]
    return out


def soffice_pdf(fodt_path):
    run("soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", WORK, fodt_path)
    return fodt_path.rsplit(".", 1)[0] + ".pdf"


def iasb_dates(p):
    lines = [f"ADOPTED: {long_date(p['adopted'])}"]
    if p["amended"]:
        lines.append("AMENDED: " + "; ".join(long_date(a) for a in p["amended"]))
    return lines


def p02_section_manual():
    keys = ["7:10", "7:20", "7:40", "7:70", "7:340"]
    header = "Kaskaskia Valley School District 67 \u2013 Board Policy Manual \u2013 Section 7: Students"
    body = ['<text:p text:style-name="CoverFirst">Kaskaskia Valley School District 67</text:p>',
            '<text:p text:style-name="CoverSmall">Board of Education Policy Manual</text:p>',
            '<text:p text:style-name="CoverSmall">Section 7 \u2013 Students</text:p>',
            '<text:p text:style-name="CoverSmall">Updated through PRESS Issue 121 \u2013 October 2026</text:p>',
            '<text:p text:style-name="NewPage">TABLE OF CONTENTS \u2013 SECTION 7</text:p>']
    for i, k in enumerate(keys):
        body.append(f'<text:p text:style-name="Toc">{k}  {x(P[k]["title"])}<text:tab/>{i + 3}</text:p>')
    for k in keys:
        body += fodt_policy(P[k], first_style="TitleBreak", date_lines=iasb_dates(P[k]))
    doc = FODT_HEAD.format(size=11, header=x(header), footer=PAGE_OF) + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
    src = WORK + "p02_section7_manual.fodt"
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    name = "p02_libreoffice_section7_manual.pdf"
    os.replace(soffice_pdf(src), OUT + name)
    return {"file": name, "refused": False, "policies": [expected_policy(k) for k in keys]}


def p03_printed_on():
    p = P["4:170"]
    footer = "Printed on 11/03/2026<text:tab/><text:tab/>" + PAGE_OF
    header = "Lincoln Prairie CUSD 214<text:tab/><text:tab/>Policy 4:170"
    body = fodt_policy(p, date_lines=iasb_dates(p))
    doc = FODT_HEAD.format(size=19, header=header, footer=footer) + "\n".join(body) + "\n</office:text></office:body></office:document>\n"
    src = WORK + "p03_printed_on.fodt"
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    name = "p03_libreoffice_printed_on_stamp.pdf"
    os.replace(soffice_pdf(src), OUT + name)
    return {"file": name, "refused": False, "policies": [expected_policy("4:170")]}


# ---------------- groff (ms) -> PostScript -> ps2pdf ----------------

def p04_groff():
    p = P["2:120"]
    rq = lambda s: s.replace("\\", "\\\\").replace("\u2019", "\\(cq").replace("\u00a7", "\\(sc")
    lines = [".ds LH Prairie Creek SD 113", ".ds CH Board Policy Manual", ".ds RH Section 2",
             ".ds LF Prairie Creek School District 113 \\(em Board Policy Manual", ".ds CF", ".ds RF Page \\\\n%",
             ".nr PS 12", ".nr VS 15", ".LP", "\\fBSchool Board\\fP", ".LP", f"\\s+2\\fB2:120 Board Member Development\\fP\\s0"]
    for kind, content in p["body"]:
        lines += [".PP", rq(content)]
    lines += [".LP", "LEGAL REF.:"] + [f".br\n.ti 0.5i\n{rq(r)}" for r in p["legal"]]
    lines += [".LP", f"CROSS REF.: {cross_text(p)}", ".LP", f"Adopted: {long_date(p['adopted'])}", ".br",
              f"Amended: {long_date(p['amended'][0])}"]
    src = WORK + "p04.ms"
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(WORK + "p04.ps", "wb") as f:
        subprocess.run(["groff", "-ms", "-Tps", src], check=True, stdout=f)
    name = "p04_groff_ms_ps2pdf.pdf"
    run("ps2pdf", WORK + "p04.ps", OUT + name)
    return {"file": name, "refused": False, "policies": [expected_policy("2:120")]}


# ---------------- enscript -> ps2pdf (typewriter printout with fancy header) ----------------

def p05_enscript():
    p = P["6:60"]
    w = lambda t, indent="": textwrap.wrap(t, 72, subsequent_indent=indent, break_on_hyphens=False)
    lines = ["Instruction", "", "6:60  Curriculum Content", ""] + body_lines(p, wrap=w) + ref_lines(p, tab="   ")
    lines += ["", f"Adopted: {us_date(p['adopted'], True)}",
              "Amended: " + ", ".join(us_date(a, True) for a in p["amended"])]
    src = WORK + "6-60 Curriculum Content.txt"
    with open(src, "w", encoding="latin-1") as f:
        f.write("\n".join(lines).replace("\u2019", "'") + "\n")
    run("enscript", "-G", "-f", "Courier11", "-b", "Board Policy 6:60|Oak Bluff CUSD 9|Page $% of $=",
        "-o", WORK + "p05.ps", src)
    name = "p05_enscript_printout.pdf"
    run("ps2pdf", WORK + "p05.ps", OUT + name)
    return {"file": name, "refused": False, "policies": [expected_policy("6:60")]}


# ---------------- refused: image-only and encrypted ----------------

def p06_image_only():
    p = P["6:150"]
    src = WORK + "p06.html"
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"<html><body style='font-family:serif;font-size:13pt'><p>Instruction</p><h2>6:150 {p['title']}</h2>"
                + body_html(p) + f"<p>Adopted: {long_date(p['adopted'])}</p></body></html>")
    chromium_pdf(src, WORK + "p06_text.pdf", header_footer=False)
    run("pdftoppm", "-r", "110", "-gray", "-png", "-f", "1", "-l", "1", WORK + "p06_text.pdf", WORK + "p06_scan")
    name = "p06_scanned_image_only.pdf"
    # a slight rotation and grain, as a flatbed scan would have; saved as JPEG like scanner firmware does
    run("/usr/bin/python3", "-c",
        "import random,sys; from PIL import Image; im=Image.open(sys.argv[1]).convert('L').rotate(0.6, fillcolor=255, expand=False);"
        "random.seed(7); px=im.load(); w,h=im.size\n"
        "for _ in range(w*h//40): x=random.randrange(w); y=random.randrange(h); px[x,y]=max(0,px[x,y]-random.randrange(60))\n"
        "im.save(sys.argv[2], quality=70, dpi=(110,110))", WORK + "p06_scan-1.png", WORK + "p06_scan.jpg")
    run("img2pdf", "--pagesize", "Letter", "-o", OUT + name, WORK + "p06_scan.jpg")
    return {"file": name, "refused": True, "policies": []}


def p07_encrypted():
    p = P["8:70"]
    src = WORK + "p07.fodt"
    doc = FODT_HEAD.format(size=11, header="Policy 8:70", footer=PAGE_OF) + "\n".join(
        fodt_policy(p, date_lines=iasb_dates(p))) + "\n</office:text></office:body></office:document>\n"
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    plain = soffice_pdf(src)
    name = "p07_encrypted_password.pdf"
    run("qpdf", "--encrypt", "board2026", "owner-secret", "256", "--", plain, OUT + name)
    return {"file": name, "refused": True, "policies": []}


ALL = [p01_chromium, p02_section_manual, p03_printed_on, p04_groff, p05_enscript, p06_image_only, p07_encrypted]
