"""Plain-text policy layouts. Each function writes one file and returns its expected.json entry."""
import textwrap

from common import (P, body_lines, cross_text, expected_policy, long_date, ref_lines, us_date)

OUT = "/work/holdout/policies/"


def write(name, lines, encoding="utf-8", newline="\n"):
    with open(OUT + name, "w", encoding=encoding, newline=newline) as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")


def wrapper(width):
    def w(text, indent=""):
        return textwrap.wrap(text, width=width, subsequent_indent=indent, break_on_hyphens=False)
    return w


def t01_letterhead():
    p = P["5:30"]
    lines = ["LINCOLN PRAIRIE COMMUNITY UNIT SCHOOL DISTRICT 214  *  1200 N. Prairie Ave., Mahomet, IL 61853  *  (217) 555-0142",
             "", "5:30 Hiring Process and Criteria", "Section 5 - Personnel", ""]
    lines += body_lines(p, wrap=wrapper(92))
    lines += ref_lines(p) + ["", f"Adopted: {long_date(p['adopted'])}", f"Amended: {long_date(p['amended'][0])}"]
    name = "t01_letterhead_before_number.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("5:30")]}


def t02_title_first():
    p = P["6:15"]
    lines = ["School Accountability", "6:15", ""]
    lines += body_lines(p, wrap=wrapper(80))
    lines += ref_lines(p, titles=True)
    lines += ["", f"ADOPTED:\t{long_date(p['adopted'])}", f"AMENDED:\t{long_date(p['amended'][0])}"]
    name = "t02_title_before_number.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("6:15")]}


def t03_policy_label():
    p = P["5:185"]
    lines = ["Policy 5:185", "Family and Medical Leave", "Section 5 \u2014 Personnel", ""]
    lines += body_lines(p)  # unwrapped: one paragraph per line, as copied from a word processor
    lines += ref_lines(p, tab="  ")
    lines += ["", f"Adopted: {us_date(p['adopted'])}    Amended: {us_date(p['amended'][0])}, {us_date(p['amended'][1])}"]
    name = "t03_policy_label.txt"
    write(name, lines, newline="\r\n")
    return {"file": name, "refused": False, "policies": [expected_policy("5:185")]}


def t04_bullet_number():
    p = P["7:50"]
    lines = ["Kaskaskia Valley School District 67 - Board Policy Manual", "",
             "\u2022 7:50 School Admissions and Student Transfers To and From Non-District Schools", ""]
    lines += body_lines(p, wrap=wrapper(76))
    lines += ref_lines(p)
    lines += ["", f"Adopted: {long_date(p['adopted'])} | Amended: {long_date(p['amended'][0])}"]
    name = "t04_number_after_bullet.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("7:50")]}


def t05_breadcrumb_section():
    p = P["4:110"]
    lines = ["Home > Board of Education > Board Policies > Section 4 - Operational Services", "",
             "4:110 Transportation", ""]
    lines += body_lines(p, wrap=wrapper(84))
    lines += ref_lines(p)
    lines += ["", f"Adopted {us_date(p['adopted'])}; Amended {us_date(p['amended'][0])}; Amended {us_date(p['amended'][1])}",
              "", "Back to Section 4 | Print this page"]
    name = "t05_section_only_in_breadcrumb.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("4:110")]}


def t06_one_line():
    p = P["8:110"]
    text = (f"8:110 Public Suggestions and Concerns {p['body'][0][1]} LEGAL REF.: {p['legal'][0]} "
            f"CROSS REF.: {cross_text(p, titles=True)} Adopted: {long_date(p['adopted'])} "
            f"Amended: {long_date(p['amended'][0])}")
    name = "t06_flattened_one_line.txt"
    with open(OUT + name, "w", encoding="utf-8") as f:
        f.write(text)  # no trailing newline: pasted from a single-line text field
    return {"file": name, "refused": False, "policies": [expected_policy("8:110")]}


def t07_dot_number():
    p = P["5:280"]
    lines = ["Section 5 - Personnel", "", "5.280 Duties and Qualifications", ""]
    lines += body_lines(p, wrap=wrapper(78))
    lines += ref_lines(p, sep=".")
    lines += ["", f"Adopted: {long_date(p['adopted'])}", f"Amended: {long_date(p['amended'][0])}"]
    name = "t07_number_with_dot.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("5:280")]}


def t08_dash_number():
    p = P["3:50"]
    lines = ["BOARD POLICY 3-50", "Administrative Personnel Other Than the Superintendent",
             "General School Administration", ""]
    lines += body_lines(p, wrap=wrapper(88))
    lines += ref_lines(p, sep="-")
    lines += ["", f"Date Adopted: {us_date(p['adopted'], True)}     Date Amended: {us_date(p['amended'][0], True)}"]
    name = "t08_number_with_dash.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("3:50")]}


def t09_dates_adopted_amended():
    p = P["2:240"]
    lines = ["School Board", "", "2:240 Board Policy Development", ""]
    lines += body_lines(p, wrap=wrapper(80))
    lines += ref_lines(p, titles=True)
    lines += ["", "Adopted: March 8, 2019", "Amended 10/14/2021"]
    assert p["adopted"] == "2019-03-08" and p["amended"] == ["2021-10-14"]
    name = "t09_dates_adopted_amended.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("2:240")]}


def t10_dates_revised_reviewed():
    p = P["1:10"]
    lines = ["1:10", "School District Legal Status", "School District Organization", ""]
    lines += body_lines(p, wrap=wrapper(80))
    lines += ref_lines(p)
    lines += ["", f"Adopted: {long_date(p['adopted'])}", "Revised: 2022-05-09", "Reviewed: Jan. 2024"]
    assert p["amended"] == ["2022-05-09"]
    name = "t10_dates_revised_reviewed.txt"
    write(name, lines)
    # "Reviewed" is not an amendment: it is left out of "amended".
    return {"file": name, "refused": False, "policies": [expected_policy("1:10")]}


def t11_dates_uppercase():
    p = P["5:10"]
    lines = ["Personnel", "", "Equal Employment Opportunity and Minority Recruitment\t\t\t\t5:10", ""]
    lines += body_lines(p, wrap=wrapper(80))
    lines += ref_lines(p, titles=True)
    lines += ["", "ADOPTED: June 21, 2023"]
    assert p["adopted"] == "2023-06-21" and p["amended"] == []
    name = "t11_adopted_uppercase_no_amendments.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": [expected_policy("5:10")]}


def t12_meeting_notice():
    lines = ["LINCOLN PRAIRIE COMMUNITY UNIT SCHOOL DISTRICT 214", "",
             "NOTICE OF REGULAR MEETING OF THE BOARD OF EDUCATION", "",
             "PLEASE TAKE NOTICE that the Board of Education will hold its regular meeting on Monday,",
             "November 16, 2026, at 6:30 p.m. in the Media Center of Prairie View Middle School,",
             "1200 N. Prairie Ave., Mahomet, Illinois.", "",
             "The agenda includes a first reading of policies 5:100, 5:260 and 7:190 as recommended",
             "in PRESS Issue 122, approval of the consent agenda, and a closed session under",
             "5 ILCS 120/2(c)(1) to consider the employment of specific employees.", "",
             "Posted: November 12, 2026", "Dana Whitcomb, Board Secretary"]
    name = "t12_meeting_notice_no_policy.txt"
    write(name, lines)
    return {"file": name, "refused": False, "policies": []}


ALL = [t01_letterhead, t02_title_first, t03_policy_label, t04_bullet_number, t05_breadcrumb_section,
       t06_one_line, t07_dot_number, t08_dash_number, t09_dates_adopted_amended, t10_dates_revised_reviewed,
       t11_dates_uppercase, t12_meeting_notice]
