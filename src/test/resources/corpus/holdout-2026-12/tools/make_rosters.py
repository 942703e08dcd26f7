"""Builds /work/holdout/rosters/* and expected.json.

Every file is described row by row with its meaning (who, which building, active or not, or an error), rendered
in the vendor's layout, and the expected counts are computed from that meaning, never by parsing the output.
"""
import json
import os

OUT = "/work/holdout/rosters/"
EXPECTED = []


class Row:
    def __init__(self, kind, cells, emp=None, last=None, first=None, buildings=(), active=None):
        self.kind, self.cells = kind, cells  # kind: data, error, header, title, total, blank
        self.emp, self.last, self.first = emp, last, first
        self.buildings, self.active = list(buildings), active


def D(cells, emp, last, first, buildings, active=True):
    return Row("data", cells, emp, last, first, buildings if isinstance(buildings, (list, tuple)) else [buildings], active)


def X(cells, buildings=()):
    return Row("error", cells, buildings=buildings)


def H(cells, kind="header"):
    return Row(kind, cells)


def join(cells, delim, quote_all=False):
    out = []
    for c in cells:
        c = "" if c is None else str(c)
        if quote_all or (delim in c) or ('"' in c and not c.startswith("\x00")):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c.replace("\x00", ""))
    return delim.join(out)


def expected(name, shape, rows, has_header, sample_ids, lines=None):
    """Counts from the row meanings. lines: the rendered text of each row, for exact-duplicate detection."""
    people, seen_line, dups, conflicts, errors = {}, {}, 0, [], []
    building_order = []
    for i, r in enumerate(rows):
        ln = i + 1
        if r.kind == "error":
            errors.append(ln)
            continue
        if r.kind != "data":
            continue
        text = lines[i]
        if text in seen_line:
            dups += 1
            continue
        seen_line[text] = ln
        if r.emp in people:
            p = people[r.emp]
            if (p["last"], p["first"]) != (r.last, r.first):
                conflicts.append([p["line"], ln])
                assert p["active"] == r.active
                for b in r.buildings:
                    assert b in building_order, "conflicting row must not add a building"
                continue
            assert p["active"] == r.active, f"{name}: status differs for {r.emp}"
            for b in r.buildings:
                if b not in p["buildings"]:
                    p["buildings"].append(b)
        else:
            people[r.emp] = dict(line=ln, last=r.last, first=r.first, buildings=list(r.buildings), active=r.active)
        for b in r.buildings:
            if b not in building_order:
                building_order.append(b)
    active_b = {b for p in people.values() if p["active"] for b in p["buildings"]}
    assert set(building_order) == active_b, f"{name}: every building must also have active staff"
    for i, r in enumerate(rows):
        if r.kind == "error":
            assert set(r.buildings) <= active_b
    samples = []
    for e in sample_ids:
        p = people[e]
        samples.append({"employee_id": e, "last_name": p["last"], "first_name": p["first"],
                        "buildings": p["buildings"], "active": p["active"]})
    EXPECTED.append({
        "file": name, "vendor_shape": shape, "has_header": has_header,
        "employees": len(people),
        "active": sum(1 for p in people.values() if p["active"]),
        "inactive": sum(1 for p in people.values() if not p["active"]),
        "buildings": len(building_order),
        "exact_duplicate_rows": dups,
        "conflicting_id_rows": conflicts,
        "error_lines": errors,
        "samples": samples,
    })


def write_delimited(name, shape, rows, delim, has_header, sample_ids, encoding="utf-8", bom=False,
                    newline="\n", quote_all=False, raw=None):
    lines = [raw[i] if raw and i in raw else join(r.cells, delim, quote_all) for i, r in enumerate(rows)]
    data = newline.join(lines) + newline
    with open(OUT + name, "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(data.encode(encoding))
    expected(name, shape, rows, has_header, sample_ids, lines)


os.makedirs(OUT, exist_ok=True)


# ---------------- R1 Clever teachers.csv (comma, UTF-8, no BOM) ----------------
def clever_teachers():
    h = ["School_id", "Teacher_id", "Teacher_number", "State_teacher_id", "Teacher_email", "First_name",
         "Middle_name", "Last_name", "Title", "Username", "Password"]
    def t(school, tid, state, email, first, middle, last, title="Teacher"):
        return D([school, tid, tid, state, email, first, middle, last, title, "", ""], tid, last, first, school)
    rows = [H(h),
            t("101", "004127", "IL1000234567", "mnunez@lp214.example", "María", "", "Núñez"),
            t("201", "004133", "IL1000234571", "lkowalski@lp214.example", "Łukasz", "", "Kowalski"),
            t("301", "004133", "IL1000234571", "lkowalski@lp214.example", "Łukasz", "", "Kowalski"),
            t("102", "000981", "IL1000198800", "dwashingtonboyd@lp214.example", "Denise", "R", "Washington-Boyd"),
            t("103", "004150", "IL1000234602", "tquiroga@lp214.example", "Tomás", "", "Quiroga"),
            t("101", "003002", "IL1000211410", "rellison@lp214.example", "Robert", "J", "Ellison Jr."),
            X(["101", "", "", "IL1000299999", "kpatel@lp214.example", "Kavya", "", "Patel", "Teacher", "", ""], ["101"]),
            t("201", "004199", "IL1000234655", "abrennan@lp214.example", "Aoife", "", "Brennan"),
            t("301", "003877", "IL1000230018", "hpark@lp214.example", "Hyun-woo", "", "Park", "Department Chair"),
            t("102", "004220", "IL1000234690", "gadeyemicole@lp214.example", "Grace", "", "Adeyemi-Cole"),
            t("103", "004220", "IL1000234690", "gadeyemicole@lp214.example", "Grace", "", "Adeyemi-Cole")]
    write_delimited("clever_teachers.csv", "Clever teachers.csv", rows, ",", True, ["004127", "004133", "004220"])


# ---------------- R2 Clever staff.csv (comma, UTF-8 with BOM, CRLF) ----------------
def clever_staff():
    h = ["School_id", "Staff_id", "Staff_email", "First_name", "Last_name", "Department", "Title", "Username",
         "Password", "Role"]
    def s(school, sid, email, first, last, dept, title, role="staff"):
        return D([school, sid, email, first, last, dept, title, "", "", role], sid, last, first, school)
    rows = [H(h),
            s("101", "S20015", "cokafor@lp214.example", "Chidi", "Okafor", "Administration", "Principal", "administrator"),
            s("102", "S20016", "flefevre@lp214.example", "Françoise", "Lefèvre", "Student Services", "Social Worker"),
            s("102", "S20022", "bquincy@lp214.example", "Bartholomew", "Quincy III", "Technology", "Technology Coordinator"),
            s("201", "S20031", "zvanderberg@lp214.example", "Zoë", "Van der Berg", "Special Education", "Speech-Language Pathologist"),
            s("301", "S20031", "zvanderberg@lp214.example", "Zoë", "Van der Berg", "Special Education", "Speech-Language Pathologist"),
            s("103", "S20040", "mlee@lp214.example", "Marcus", "Lee", "Health Services", "School Nurse"),
            s("102", "S20016", "flefevre@lp214.example", "Françoise", "Lefèvre", "Student Services", "Social Worker"),
            s("301", "S20044", "isondergaard@lp214.example", "Ingrid", "Søndergaard", "Library", "Library Media Specialist"),
            s("102", "S20050", "dmitchell@lp214.example", "Dwayne", "Mitchell", "Administration", "Assistant Principal", "administrator")]
    write_delimited("clever_staff.csv", "Clever staff.csv", rows, ",", True, ["S20016", "S20031", "S20044"],
                    bom=True, newline="\r\n")


# ---------------- R3 PowerSchool SIS staff export (tab, UTF-8) ----------------
def powerschool_sis():
    h = ["TeacherNumber", "LastFirst", "Email_Addr", "SchoolID", "Status", "StaffStatus", "Title"]
    def p(num, lastfirst, last, first, email, school, status, staffstatus, title):
        return D([num, lastfirst, email, school, status, staffstatus, title], num, last, first, school, status == "1")
    rows = [H(h),
            p("000412", "Okafor Jr., Emeka Chidi", "Okafor", "Emeka", "eokafor@lp214.example", "300", "1", "1", "Teacher"),
            p("000415", "Dąbrowska, Agnieszka", "Dąbrowska", "Agnieszka", "adabrowska@lp214.example", "100", "1", "1", "Teacher"),
            p("000418", "Hernández, José", "Hernández", "José", "jhernandez@lp214.example", "200", "1", "1", "Teacher"),
            p("000418", "Hernández, José", "Hernández", "José", "jhernandez@lp214.example", "300", "1", "1", "Teacher"),
            p("000421", "Whitfield III, Thomas Arthur", "Whitfield", "Thomas", "twhitfield@lp214.example", "100", "1", "2", "Athletic Director"),
            p("000430", "Brennan, Siobhan Marie", "Brennan", "Siobhan", "sbrennan@lp214.example", "200", "2", "1", "Teacher"),
            p("000433", "Nguyen, Thi Minh", "Nguyen", "Thi", "tnguyen@lp214.example", "300", "1", "1", "Teacher"),
            X(["000440", "Alvarez, Rosa", "ralvarez@lp214.example", "100", "1", "Teacher"], ["100"]),
            p("000447", "Kowalczyk, Łukasz", "Kowalczyk", "Łukasz", "lkowalczyk@lp214.example", "100", "2", "4", "Substitute"),
            p("000450", "Abernathy, Claire", "Abernathy", "Claire", "cabernathy@lp214.example", "100", "1", "1", "Teacher")]
    write_delimited("powerschool_sis_staff_export.txt", "PowerSchool SIS staff export (TeacherNumber, LastFirst)",
                    rows, "\t", True, ["000415", "000418", "000447"])


# ---------------- R4 PowerSchool ERP positional headerless (comma) ----------------
def powerschool_erp():
    def e(num, last, first, mi, loc, job, status, hired):
        return D([num, last, first, mi, loc, job, status, hired], num, last, first, loc, status == "A")
    rows = [e("010233", "Reyes", "Camila", "A", "0210", "TCHR", "A", "20150817"),
            e("010240", "O'Connell", "Brendan", "", "0110", "CUST", "A", "20090601"),
            e("010241", "Yilmaz", "Elif", "S", "0310", "TCHR", "A", "20200824"),
            e("010241", "Yilmaz", "Elif", "S", "0320", "TCHR", "A", "20200824"),
            e("010255", "Fairbanks Jr.", "Leonard", "T", "0110", "BUSD", "T", "20011015"),
            e("010260", "Østergaard", "Mette", "", "0210", "PARA", "A", "20180904"),
            e("010266", "Washington", "Darnell", "", "0320", "TCHR", "A", "20230821"),
            e("010270", "Chen", "Wei", "", "0110", "SECR", "I", "20121001"),
            e("010233", "Reyes", "Camila", "A", "0210", "TCHR", "A", "20150817")]
    write_delimited("powerschool_erp_employee_upload.txt", "PowerSchool ERP positional headerless upload",
                    rows, ",", False, ["010240", "010241", "010270"], newline="\r\n")


IC_H = ["staffStateID", "staffNumber", "lastName", "firstName", "middleName", "suffix", "schoolName", "title",
        "startDate", "endDate"]


def ic(state, num, last, first, middle, suffix, school, title, start, end=""):
    return D([state, num, last, first, middle, suffix, school, title, start, end], num, last, first, school, end == "")


# ---------------- R5 Infinite Campus staff extract with header (pipe, UTF-8) ----------------
def ic_header():
    rows = [H(IC_H),
            ic("IL0912345671", "20311", "Bjørnstad", "Kari", "", "", "Prairie View Elementary", "Teacher", "2016-08-15"),
            ic("IL0912345672", "20312", "Ramírez", "Alejandro", "Luis", "", "Central Middle School", "Teacher", "2011-08-17"),
            ic("IL0912345673", "20315", "Thompson", "Gerald", "W", "Jr.", "Lincoln Prairie High School", "Custodian", "1999-07-01"),
            ic("IL0912345674", "20318", "Kaczmarek", "Zofia", "", "", "Lincoln Prairie High School", "Counselor", "2019-08-12", "2025-06-30"),
            ic("IL0912345675", "20320", "Adebayo", "Folake", "", "", "Central Middle School", "Teacher", "2021-08-16"),
            ic("IL0912345675", "20320", "Adebayo", "Folake", "", "", "Prairie View Elementary", "Teacher", "2021-08-16"),
            ic("IL0912345676", "20322", "Murphy", "Sean", "", "", "Prairie View Elementary", "Nurse", "2014-01-06"),
            ic("IL0912345699", "20322", "Murphy-Hale", "Shauna", "", "", "Prairie View Elementary", "Nurse", "2023-01-09"),
            ic("IL0912345677", "20330", "Lindqvist", "Astrid", "", "", "Central Middle School", "Teacher", "2008-08-18", "2024-12-20")]
    write_delimited("infinite_campus_staff_extract.csv", "Infinite Campus staff extract with header",
                    rows, "|", True, ["20311", "20320", "20318"])


# ---------------- R6 Infinite Campus staff extract, no header (tab, windows-1252, CRLF) ----------------
def ic_no_header():
    rows = [ic("IL0913000101", "030101", "Müller", "Jürgen", "", "", "Eastview Elementary", "Teacher", "2012-08-20"),
            ic("IL0913000102", "030102", "Peña", "Ramón", "E", "", "Eastview Elementary", "Principal", "2017-07-01"),
            ic("IL0913000105", "030105", "Hartley", "Zoë", "", "", "Westfield Junior High", "Teacher", "2020-08-17"),
            ic("IL0913000107", "030107", "Dubois", "Françoise", "", "", "Westfield Junior High", "Teacher", "2010-08-16", "2025-06-13"),
            ic("IL0913000110", "030110", "Oduya", "Kwame", "", "", "Eastview Elementary", "Music Teacher", "2018-08-13"),
            ic("IL0913000110", "030110", "Oduya", "Kwame", "", "", "Westfield Junior High", "Music Teacher", "2018-08-13"),
            X(["IL0913000199", "", "García", "Inés", "", "", "Eastview Elementary", "Paraprofessional", "2024-01-08", ""], ["Eastview Elementary"]),
            ic("IL0913000112", "030112", "Sørensen", "Anders", "", "", "Westfield Junior High", "Teacher", "2022-08-15")]
    write_delimited("infinite_campus_staff_noheader.txt", "Infinite Campus staff extract without header",
                    rows, "\t", False, ["030101", "030110", "030107"], encoding="cp1252", newline="\r\n")


# ---------------- R7 Skyward SkyBuild export, district-chosen headers (comma, all quoted, CRLF) ----------------
def skyward():
    h = ["Name ID", "Emp Last Name", "Emp First Name", "Emp MI", "Bldg", "Position Desc", "Emp Status", "Hire Dt",
         "Other ID"]
    def s(nid, last, first, mi, bldg, pos, status, hired, other):
        return D([nid, last, first, mi, bldg, pos, status, hired, other], nid, last, first, bldg, status == "A")
    rows = [H(h),
            s("7734", "Goldberg", "Miriam", "R", "HS", "Teacher", "A", "08/20/2014", "550118"),
            s("7735", "Nakamura", "Kenji", "", "MS", "Teacher", "A", "08/19/2015", "550204"),
            s("7736", "Ó Súilleabháin", "Niamh", "", "EL1", "Teacher", "A", "08/16/2018", "550377"),
            s("7740", "Castellanos", "Beatriz", "M", "EL2", "Paraprofessional", "A", "01/06/2020", "550412"),
            s("7740", "Castellanos", "Beatriz", "M", "EL1", "Paraprofessional", "A", "01/06/2020", "550412"),
            s("7741", "Pruitt", "Dale", "", "HS", "Custodian", "I", "03/01/2003", "549870"),
            s("7745", "Delacroix", "Rémi", "", "MS", "Teacher", "A", "08/21/2019", "550455"),
            s("7734", "Goldberg", "Miriam", "R", "HS", "Teacher", "A", "08/20/2014", "550118"),
            s("7745", "Stone", "Renee", "", "MS", "Teacher", "A", "08/22/2022", "550601"),
            s("7750", "Haddad", "Yusuf", "", "EL2", "Teacher", "I", "08/15/2016", "550300")]
    write_delimited("skyward_skybuild_staff.csv", "Skyward SkyBuild export (district-chosen column names)",
                    rows, ",", True, ["7736", "7740", "7741"], newline="\r\n", quote_all=True)


# ---------------- R8 Genesis Level Data Export, building-name columns (comma, UTF-8) ----------------
def genesis_level():
    h = ["Teacher ID", "Last Name", "First Name", "Middle Name", "Email"] + [f"Building Name {i}" for i in range(1, 8)] + ["Status"]
    def g(tid, last, first, middle, email, buildings, status="Active"):
        cells = [tid, last, first, middle, email] + buildings + [""] * (7 - len(buildings)) + [status]
        return D(cells, tid, last, first, buildings, status == "Active")
    RB, MG, HS = "Riverbend Elementary", "Maple Grove Elementary", "Lincoln Prairie High School"
    rows = [H(h),
            g("00512", "Ferreira", "João", "", "jferreira@lp214.example", [RB]),
            g("00518", "Wiśniewska", "Katarzyna", "", "kwisniewska@lp214.example", [RB, MG, HS]),
            g("00520", "Johnson", "Tyrell", "L", "tjohnson@lp214.example", [HS]),
            g("00523", "Abernathy III", "Charles", "", "cabernathy3@lp214.example", [MG], "Inactive"),
            X(["00525", "Beaulieu", "Marc", "", "mbeaulieu@lp214.example", RB, "", "", "Active"], [RB]),
            g("00527", "Svensson", "Ebba", "", "esvensson@lp214.example", [MG]),
            g("00530", "Ibrahim", "Amina", "", "aibrahim@lp214.example", [RB, HS]),
            g("00535", "Kim", "Soo-ah", "", "skim@lp214.example", [HS], "Inactive")]
    write_delimited("genesis_level_data_export_staff.csv", "Genesis Level Data Export (staff, Building Name 1-7)",
                    rows, ",", True, ["00512", "00518", "00535"])


# ---------------- R9 Genesis benefits export, headerless (pipe, UTF-8) ----------------
def genesis_benefits():
    def b(eid, last, first, mi, bldg, plan, cov, status, eff):
        return D([eid, last, first, mi, bldg, plan, cov, status, eff], eid, last, first, bldg, status == "A")
    rows = [b("00512", "Ferreira", "João", "", "RB", "MED-PPO", "FAMILY", "A", "07/01/2024"),
            b("00512", "Ferreira", "João", "", "RB", "DEN-01", "FAMILY", "A", "07/01/2024"),
            b("00518", "Wiśniewska", "Katarzyna", "", "MG", "MED-HMO", "EMPLOYEE", "A", "07/01/2023"),
            b("00520", "Johnson", "Tyrell", "L", "HS", "MED-PPO", "EMP+SPOUSE", "A", "07/01/2022"),
            b("00520", "Johnson", "Tyrell", "L", "HS", "VIS-01", "EMP+SPOUSE", "A", "07/01/2022"),
            b("00523", "Abernathy III", "Charles", "", "MG", "MED-PPO", "EMPLOYEE", "T", "07/01/2019"),
            b("00527", "Svensson", "Ebba", "", "MG", "DEN-01", "EMPLOYEE", "A", "07/01/2021"),
            b("00527", "Svensson", "Ebba", "", "MG", "DEN-01", "EMPLOYEE", "A", "07/01/2021"),
            b("00541", "Delgado", "Marisol", "", "RB", "MED-HMO", "FAMILY", "A", "01/01/2025")]
    write_delimited("genesis_benefits_export.dat", "Genesis headerless benefits export", rows, "|", False,
                    ["00512", "00520", "00541"])


# ---------------- R10 Frontline absence management, Site 1..3 (comma, UTF-8), unclosed quote on last line ----------------
def frontline():
    h = ["Employee Identifier", "Last Name", "First Name", "Email", "Phone", "Employee Type", "Site 1", "Site 2",
         "Site 3", "Active"]
    PV, CM, HS = "Prairie View Elementary", "Central Middle School", "Lincoln Prairie High School"
    def f(eid, last, first, email, phone, typ, sites, active="Y"):
        return D([eid, last, first, email, phone, typ] + sites + [""] * (3 - len(sites)) + [active],
                 eid, last, first, sites, active == "Y")
    rows = [H(h),
            f("100023", "Ortiz", "Valentina", "vortiz@lp214.example", "217-555-0101", "Teacher", [PV]),
            f("100031", "Novák", "Tomáš", "tnovak@lp214.example", "217-555-0102", "Teacher", [CM, HS]),
            f("100035", "Bellweather", "Anne", "abellweather@lp214.example", "217-555-0103", "Paraprofessional", [PV, CM, HS]),
            f("100040", "Greene", "Marcus", "mgreene@lp214.example", "217-555-0104", "Custodian", [HS], "N"),
            f("100044", "Saint-Pierre", "Josée", "jsaintpierre@lp214.example", "217-555-0105", "Teacher", [CM]),
            f("100047", "Hollis Sr.", "Raymond", "rhollis@lp214.example", "217-555-0106", "Bus Driver", [HS]),
            X([], [PV])]
    raw = {7: '100052,"Fitzgerald,Ciara,cfitzgerald@lp214.example,217-555-0107,Teacher,Prairie View Elementary,,,Y'}
    write_delimited("frontline_absence_employees.csv", "Frontline Absence Management (Site 1..Site n)",
                    rows, ",", True, ["100031", "100040", "100044"], raw=raw)


# ---------------- R11 Tyler Munis employee master .xlsx: title rows above header, totals row below ----------------
def munis_xlsx():
    import datetime
    import subprocess
    spec = [  # (id, last, first, mi, location, job class, status, hire date | serial | None)
        ("001187", "Abara", "Ngozi", "C", "LPHS", "TCHR", "A", datetime.date(2016, 8, 15)),
        ("001192", "Lindgren", "Åsa", "", "CMS", "TCHR", "A", datetime.date(2013, 8, 19)),
        ("001195", "Marchetti", "Paolo", "R", "PVE", "ADMN", "A", datetime.date(2019, 7, 1)),
        ("001201", "Dubois-Okonkwo", "Chantal", "", "PVE", "PARA", "A", 44805),  # Excel serial: 2022-09-01
        ("001203", "Kowalski Jr.", "Stanley", "J", "LPHS", "CUST", "I", datetime.date(1998, 10, 5)),
        ("001207", "Ruiz", "Inés", "", "CMS", "TCHR", "A", None),  # last cell empty
        ("001207", "Ruiz", "Inés", "", "LPHS", "TCHR", "A", None),
        ("001210", "Thao", "Mai", "", "PVE", "TCHR", "T", datetime.date(2021, 8, 16)),
    ]
    rows = [H(["Lincoln Prairie CUSD 214"], "title"), H(["Employee Master Listing", "", "", "", "", "", "Run Date: 11/03/2026"], "title"),
            H([], "blank"), H(["Employee", "Last Name", "First Name", "MI", "Location", "Job Class", "Status", "Hire Date"])]
    rows += [D(list(s), s[0], s[1], s[2], s[4], s[6] == "A") for s in spec]
    rows.append(H(["Total Records:", len(spec)], "total"))
    with open("/work/holdout/tools/build/munis_rows.json", "w", encoding="utf-8") as fh:
        json.dump([[c.isoformat() if hasattr(c, "isoformat") else c for c in r.cells] for r in rows], fh, ensure_ascii=False)
    name = "tyler_munis_employee_master.xlsx"
    subprocess.run(["/usr/bin/python3", "/work/holdout/tools/write_xlsx.py", "/work/holdout/tools/build/munis_rows.json",
                    OUT + name], check=True)
    lines = ["\t".join(str(c) for c in r.cells) for r in rows]
    expected(name, "Tyler Munis employee master (.xlsx, title rows and totals row)", rows, True,
             ["001192", "001207", "001201"], lines)


# ---------------- R12 Tyler Munis report saved from Excel as CSV (serial dates, title and totals rows) ----------------
def munis_csv():
    def m(eid, last, first, mi, loc, job, status, hired):
        return D([eid, last, first, mi, loc, job, status, hired], eid, last, first, loc, status == "A")
    rows = [H(["Employee Master Listing - Oak Bluff CUSD 9", "", "", "", "", "", "", ""], "title"),
            H([""] * 8, "blank"),
            H(["Employee", "Last Name", "First Name", "MI", "Location", "Job Class", "Status", "Hire Date"]),
            m("5521", "Amari", "Kofi", "", "OBHS", "TCHR", "A", "41883"),
            m("5524", "Pellegrini", "Giulia", "M", "OBMS", "TCHR", "A", "43332"),
            m("5530", "Vu", "Lan", "", "OBES", "PARA", "A", "44805"),
            m("5530", "Vu", "Lan", "", "OBMS", "PARA", "A", "44805"),
            m("5533", "Brandt", "Henrik", "", "OBHS", "CUST", "I", "38565"),
            m("5538", "Mensah", "Abena", "", "OBES", "TCHR", "A", "45170"),
            m("5541", "Castillo", "Diego", "", "OBES", "SECR", "A", ""),
            H(["Total Employees:", "6", "", "", "", "", "", ""], "total")]
    write_delimited("tyler_munis_employee_master_saved_as.csv", "Tyler Munis employee master saved as CSV",
                    rows, ",", True, ["5524", "5530", "5533"], newline="\r\n")


if __name__ == "__main__":
    for fn in [clever_teachers, clever_staff, powerschool_sis, powerschool_erp, ic_header, ic_no_header, skyward,
               genesis_level, genesis_benefits, frontline, munis_xlsx, munis_csv]:
        fn()
    with open(OUT + "expected.json", "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(len(EXPECTED), "roster files")
