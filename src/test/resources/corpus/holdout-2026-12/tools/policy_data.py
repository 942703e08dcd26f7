# Invented policy texts in the style of IASB-based Illinois board policies.
# Wording is original to this corpus; numbers/titles follow the common IASB numbering.
# Body blocks: ("p", text) paragraph, ("h", text) sub-heading, ("ol", [items]) numbered list,
# ("ul", [items]) bulleted list, ("al", [items]) lettered list.
# Every body starts and ends with a paragraph so that first/last words are unambiguous.

SECTIONS = {
    "1": "School District Organization",
    "2": "School Board",
    "3": "General School Administration",
    "4": "Operational Services",
    "5": "Personnel",
    "6": "Instruction",
    "7": "Students",
    "8": "Community Relations",
}

P = {}


def pol(key, number, title, body, legal, cross, adopted, amended=()):
    P[key] = dict(number=number, title=title, section=SECTIONS[number.split(":")[0]],
                  body=body, legal=list(legal), cross=list(cross), adopted=adopted,
                  amended=list(amended))


pol("5:260", "5:260", "Student Teachers", [
    ("p", "The Superintendent may accept student teachers from approved teacher preparation programs "
          "when placing them will not disrupt the educational program of the District."),
    ("p", "A cooperating teacher must hold a valid Professional Educator License endorsed for the assignment, "
          "have completed at least three years of satisfactory service, and agree in writing to supervise "
          "the student teacher\u2019s daily work."),
    ("p", "Each student teacher must, before the first day of placement:"),
    ("ol", ["Present proof of a fingerprint-based criminal history records check and a check of the Statewide "
            "Sex Offender Database and the Statewide Murderer and Violent Offender Against Youth Database;",
            "Provide evidence of a current tuberculosis screening as required by the Illinois Department of Public Health; and",
            "Complete the District\u2019s mandated reporter and harassment prevention trainings."]),
    ("p", "A student teacher is not an employee of the District and may not be left as the sole adult "
          "responsible for students except as allowed by \u00a7 10-22.34 of the School Code. The building "
          "principal may end a placement at any time for the welfare of students."),
], ["105 ILCS 5/10-21.9, 5/10-22.34, and 5/21B-10.",
    "20 ILCS 2630/, Criminal Identification Act.",
    "23 Ill.Admin.Code 25.620."],
   ["5:30", "5:100", "5:150", "6:250"], "2016-06-13", ["2019-11-18", "2023-02-27"])

pol("7:190", "7:190", "Student Behavior", [
    ("p", "The goals and objectives of this policy are to provide effective discipline practices that ensure "
          "the safety and dignity of students and staff and keep the learning environment free of disruption."),
    ("h", "Prohibited Student Conduct"),
    ("p", "Students may be disciplined for gross disobedience or misconduct, including but not limited to:"),
    ("ol", ["Using, possessing, distributing, purchasing, or selling tobacco or nicotine materials, including electronic cigarettes.",
            "Using, possessing, distributing, purchasing, or selling alcoholic beverages.",
            "Using, possessing, controlling, or transferring a weapon in violation of policy 7:190.",
            "Disobeying rules of student conduct or directives from staff members."]),
    ("p", "Disciplinary measures are applied without regard to race, religion, sex, or disability and are "
          "recorded in each student\u2019s disciplinary file. Parents are notified of serious infractions "
          "the same day whenever possible."),
], ["105 ILCS 5/10-20.14, 5/10-22.6, and 5/24-24.", "23 Ill.Admin.Code 1.280."],
   ["2:150", "6:60", "7:130", "7:200", "7:220", "7:340"], "2017-08-21", ["2022-08-15"])

pol("2:220", "2:220", "Board Meeting Procedure", [
    ("p", "The Board conducts its meetings in open session unless a closed meeting is lawfully called for a "
          "purpose permitted by the Open Meetings Act."),
    ("h", "Agenda"),
    ("p", "The Board President, with the assistance of the Superintendent, prepares a proposed agenda. Any "
          "Board member may ask that an item be placed on the agenda by notifying the Superintendent at "
          "least five days before the meeting."),
    ("h", "Minutes"),
    ("p", "The Board Secretary keeps written minutes of all meetings. Minutes of open meetings are available "
          "for public inspection within 10 days after the Board approves them and are posted on the District "
          "website within the same period."),
    ("p", "Verbatim recordings of closed meetings are kept for at least 18 months and destroyed only after "
          "the Board approves the destruction and the minutes of that meeting."),
], ["5 ILCS 120/, Open Meetings Act.", "105 ILCS 5/10-6 and 5/10-16."],
   ["2:200", "2:210", "2:230", "2:240"], "2014-03-10", ["2018-09-24", "2021-05-17"])

pol("6:235", "6:235", "Access to Electronic Networks", [
    ("p", "Electronic networks, including the Internet, are a part of the District\u2019s instructional program "
          "and serve to promote educational excellence by facilitating resource sharing and communication."),
    ("p", "The Superintendent shall develop an implementation plan for this policy and appoint system "
          "administrators. The District is not responsible for any information that may be lost or damaged "
          "while using its electronic networks."),
    ("h", "Acceptable Use"),
    ("p", "All use of the District\u2019s electronic networks must be consistent with the District\u2019s "
          "goal of promoting educational excellence. General rules for behavior apply; users have no "
          "expectation of privacy in anything they create, store, send, or receive on them."),
    ("h", "Internet Safety"),
    ("p", "Each District computer with Internet access has a filtering device that blocks entry to visual "
          "depictions that are obscene, pornographic, or harmful to minors, as required by federal law."),
], ["20 U.S.C. \u00a7 7131, Elementary and Secondary Education Act.",
    "47 U.S.C. \u00a7 254(h) and (l), Children\u2019s Internet Protection Act.",
    "105 ILCS 5/22-87."],
   ["5:100", "5:170", "6:40", "6:210", "6:230", "7:130", "7:190", "7:310"],
   "2015-01-26", ["2020-03-09", "2024-04-22"])

pol("4:60", "4:60", "Purchases and Contracts", [
    ("p", "The Superintendent manages the District\u2019s purchases and contracts in accordance with the "
          "standards below and with applicable State and federal law."),
    ("ol", ["All purchases and contracts are made in the best interest of the District and without favoritism.",
            "Supplies, materials, or work costing more than the amount in the School Code are let by competitive bidding.",
            "Each contract is signed by the Board President or the Superintendent as the Board authorizes."]),
    ("p", "The Board will not contract with a vendor who has been suspended or debarred by a State or federal "
          "agency. The Superintendent keeps a list of vendors so excluded and checks it before each award."),
], ["105 ILCS 5/10-20.21 and 5/10-20.44.", "30 ILCS 500/, Illinois Procurement Code.",
    "2 C.F.R. \u00a7\u00a7 200.317-200.327."],
   ["2:100", "4:10", "4:80", "4:150"], "2012-11-19", ["2017-04-24", "2025-01-13"])

pol("3:40", "3:40", "Superintendent", [
    ("p", "The Superintendent is the executive officer of the Board and is responsible for the management of "
          "the District within the policies adopted by the Board."),
    ("p", "The Superintendent\u2019s duties include the following:"),
    ("ul", ["Serving as the Board\u2019s chief advisor on all matters of policy;",
            "Recommending the employment, assignment, and dismissal of staff;",
            "Preparing the annual budget and keeping the Board informed of the District\u2019s finances."]),
    ("p", "The Board evaluates the Superintendent at least once a year against the goals set in the "
          "Superintendent\u2019s contract."),
], ["105 ILCS 5/10-16.7, 5/10-21.4, and 5/21B-20."],
   ["2:130", "3:10", "3:50", "3:60"], "2013-07-15", ["2021-12-13"])

pol("8:30", "8:30", "Visitors to and Conduct on School Property", [
    ("p", "All visitors, including parents and siblings, must enter a school building through its main entrance "
          "and sign in at the office, where they receive a visitor badge to wear in plain view."),
    ("p", "No person on school property or at a school event may threaten or harm another person, damage "
          "property, use abusive language, or disrupt any school activity."),
    ("p", "Any person who violates this policy may be ordered to leave school property and may be denied "
          "permission to attend school events for up to one calendar year."),
], ["105 ILCS 5/10-20.5b and 5/24-24.", "720 ILCS 5/21-5, Criminal Trespass to State Supported Land."],
   ["5:240", "7:190", "8:20"], "2018-02-12", ["2024-10-28"])

pol("1:20", "1:20", "District Organization, Operations, and Cooperative Agreements", [
    ("p", "The District is organized and operated as a unit school district serving students in pre-kindergarten "
          "through grade 12, as provided by the School Code."),
    ("p", "The Board may enter into joint agreements with other school boards or governmental units to "
          "provide programs or services when doing so serves the District\u2019s students better than "
          "acting alone. Every such agreement is in writing and approved at an open meeting."),
], ["105 ILCS 5/10-22.31 and 5/11E-135.", "5 ILCS 220/, Intergovernmental Cooperation Act."],
   ["1:10", "2:10", "4:175"], "2011-05-09", ["2019-06-24"])

pol("5:100", "5:100", "Staff Development Program", [
    ("p", "The Superintendent or designee shall implement a staff development program for all employees. "
          "The program\u2019s goal is to update and improve the skills and knowledge of staff members so "
          "that they can achieve and maintain high levels of productivity and expertise in their assigned "
          "positions. Programs are planned with the participation of teachers, support staff, and "
          "administrators, and they are reviewed each year against the District\u2019s improvement goals, "
          "the results of student assessments, and the needs that staff members themselves identify "
          "through surveys and conversations with their supervisors. When the program is designed, "
          "attention is given to adult learning principles, to sustained rather than single-session "
          "activities, and to follow-up coaching in the classroom, because short workshops alone rarely "
          "change practice in a lasting way."),
    ("p", "Each building principal works with the building leadership team to identify the professional "
          "learning that will best serve the students of that building. The principal submits a building "
          "plan to the Superintendent each spring, describing the activities proposed for the next school "
          "year, the staff members who will take part, the time and resources that will be needed, and "
          "the evidence that will be used to decide whether the activities made a difference for students. "
          "The Superintendent combines the building plans into a District plan and presents a summary of "
          "it to the Board at a regular meeting before the start of the school year."),
    ("p", "The staff development program shall, at a minimum, provide all staff members with training on "
          "the following topics at the intervals required by State law:"),
    ("ol", ["Educator ethics, teacher-student conduct, and school employee-student conduct, including the "
            "boundaries that protect students and staff alike;",
            "Recognizing and reporting child abuse and neglect, as required by the Abused and Neglected Child "
            "Reporting Act, together with the District\u2019s own reporting procedure;",
            "Health conditions of students, including the administration of medication, anaphylaxis, "
            "diabetes, seizure disorders, and the use of an automated external defibrillator;",
            "Warning signs of suicidal behavior in adolescents and teens and the appropriate interventions "
            "and referrals that staff members should make when they notice such signs;",
            "Domestic and sexual violence and the needs of expectant and parenting students, including the "
            "supports the District offers and the persons to whom a student may be referred;",
            "Resource guides on trauma-informed practices and on the social and emotional development of "
            "students, with attention to restorative approaches to student discipline;",
            "Harassment prevention, including sexual harassment and the reporting of harassment by any "
            "person, and the procedures for investigating and responding to such reports;",
            "Safe use of the District\u2019s electronic networks, student data privacy, and the handling of "
            "student records in accordance with State and federal law."]),
    ("p", "Staff members are encouraged to take part in professional organizations and in activities that "
          "lead to advanced degrees or additional endorsements. Reimbursement for tuition and related costs "
          "is provided only as stated in an applicable collective bargaining agreement or as approved in "
          "advance by the Superintendent. Staff members who attend a conference or course at District expense "
          "share what they learned with their colleagues at a building meeting or through a written summary "
          "posted for staff, so that the investment benefits more than one classroom. Records of each "
          "staff member\u2019s completed training are kept "
          "in the personnel file, and the Superintendent reports the completion rates for required training "
          "to the Board each year so that the Board can confirm that the District meets its legal duties."),
], ["105 ILCS 5/2-3.62, 5/10-20.61, 5/10-22.39, and 5/21B-45.", "23 Ill.Admin.Code 25.800-25.875.",
    "325 ILCS 5/4, Abused and Neglected Child Reporting Act."],
   ["2:265", "3:40", "5:10", "5:20", "5:90", "5:120", "6:235", "7:290"],
   "2010-09-20", ["2015-10-19", "2020-08-10", "2025-06-16"])

# --- Section 7 manual (five policies) ---
pol("7:10", "7:10", "Equal Educational Opportunities", [
    ("p", "Equal educational and extracurricular opportunities shall be available to all students without "
          "regard to race, color, nationality, sex, sexual orientation, gender identity, ancestry, age, "
          "religious beliefs, physical or mental disability, status as homeless, or actual or potential "
          "marital or parental status."),
    ("p", "Any student may file a discrimination grievance by using the Uniform Grievance Procedure. The "
          "Superintendent shall insure that the District\u2019s programs comply with this policy."),
], ["42 U.S.C. \u00a7 2000d et seq., Title VI of the Civil Rights Act of 1964.",
    "20 U.S.C. \u00a7 1681 et seq., Title IX of the Education Amendments of 1972.",
    "105 ILCS 5/10-20.12 and 5/10-22.5."],
   ["2:260", "7:20", "7:50", "7:60"], "2013-04-22", ["2022-01-24"])

pol("7:20", "7:20", "Harassment of Students Prohibited", [
    ("p", "No person, including a District employee or agent, or student, shall harass, intimidate, or "
          "bully a student on the basis of actual or perceived race, color, national origin, sex, or any "
          "other protected characteristic."),
    ("p", "Students who believe they are victims of harassment are encouraged to report it promptly to any "
          "staff member. The Nondiscrimination Coordinator investigates each report and takes action that "
          "is reasonably calculated to end the harassment."),
], ["105 ILCS 5/10-20.69 and 5/27-23.7.", "775 ILCS 5/1-103, Illinois Human Rights Act."],
   ["2:260", "5:20", "7:10", "7:180", "7:190"], "2013-04-22", ["2020-02-24", "2023-08-14"])

pol("7:40", "7:40", "Nonpublic School Students, Including Parochial and Home-Schooled Students", [
    ("p", "A student who attends a nonpublic school, including a home school, may enroll in District courses "
          "on a part-time basis if space is available and the student meets the course prerequisites."),
    ("p", "The building principal decides each request, and enrollment is limited to the courses that the "
          "student\u2019s nonpublic program does not offer."),
], ["105 ILCS 5/10-20.24 and 5/14-6.01."],
   ["6:170", "6:310", "7:50"], "2013-04-22", [])

pol("7:70", "7:70", "Attendance and Truancy", [
    ("p", "The parent or guardian of a child between the ages of 6 and 17 years must ensure that the child "
          "attends the school in which the child is enrolled on each day that school is in session."),
    ("p", "Absences are excused for illness, mental or behavioral health of the student, observance of a "
          "religious holiday, death in the immediate family, or another reason the Superintendent approves."),
    ("p", "The Superintendent develops diagnostic procedures to identify the causes of unexcused absenteeism "
          "and supportive services for truant or chronically truant students."),
], ["105 ILCS 5/26-1 through 5/26-16.", "23 Ill.Admin.Code 1.242."],
   ["6:150", "7:80", "7:190"], "2013-04-22", ["2021-11-08"])

pol("7:340", "7:340", "Student Records", [
    ("p", "School student records are confidential. Information from them may not be released except as "
          "provided by State or federal law."),
    ("p", "A parent or eligible student may inspect and copy the student\u2019s school records within 10 "
          "business days of a request, and may challenge the accuracy of any entry."),
    ("p", "The Superintendent designates a records custodian for each building, who keeps a record of every "
          "release of information other than to the parent or to District staff with a legitimate interest."),
], ["20 U.S.C. \u00a7 1232g, Family Educational Rights and Privacy Act.",
    "105 ILCS 10/, Illinois School Student Records Act.", "23 Ill.Admin.Code 375."],
   ["5:100", "7:220", "7:345"], "2013-04-22", ["2019-09-23", "2024-09-09"])

pol("4:170", "4:170", "Safety", [
    ("p", "All District operations, including the education program, shall be conducted in a manner that "
          "promotes the safety of everyone in District buildings and on District grounds."),
    ("h", "School Safety Drills"),
    ("p", "Each school conducts the following drills during the school year, with the dates recorded in "
          "the building log:"),
    ("ol", ["At least three school evacuation drills, one of which involves the local fire department;",
            "At least one bus evacuation drill;",
            "At least one severe weather and shelter-in-place drill; and",
            "At least one law enforcement lockdown drill."]),
    ("h", "Emergency Plans"),
    ("p", "The Superintendent maintains a comprehensive safety and security plan that addresses bomb threats, "
          "fire, weather, and other emergencies. The plan is reviewed each year with local first responders, "
          "and the Board receives a written report confirming that the annual review took place."),
    ("p", "Employees report every accident on District property to the building office on the day it occurs."),
], ["105 ILCS 128/, School Safety Drill Act.", "105 ILCS 5/10-20.2.", "29 Ill.Admin.Code 1500."],
   ["2:150", "4:110", "4:175", "5:30", "7:180"], "2014-08-18", ["2019-04-15", "2026-01-26"])

pol("2:120", "2:120", "Board Member Development", [
    ("p", "The Board regards the training of its members as a continuing duty, because informed members "
          "make better decisions for the students and taxpayers of the District."),
    ("p", "Each member completes the mandatory training in open meetings, professional development "
          "leadership, and evaluation of certified staff within the time required by law. The Board "
          "Secretary records the completion of each training in the Board\u2019s minutes."),
    ("p", "The Board budgets each year for membership in the Illinois Association of School Boards and for "
          "attendance at its conferences and workshops."),
], ["5 ILCS 120/1.05, Open Meetings Act.", "105 ILCS 5/10-16a and 5/24A-3."],
   ["2:80", "2:125", "2:240"], "2015-12-14", ["2022-03-28"])

pol("6:60", "6:60", "Curriculum Content", [
    ("p", "The curriculum shall be consistent with the Illinois Learning Standards and with the District\u2019s "
          "educational philosophy as adopted by the Board."),
    ("p", "The curriculum of each grade includes the subjects required by the School Code, among them "
          "consumer education, financial literacy, Black history, and the history of the Holocaust."),
    ("p", "Teachers may not alter the content of an approved course without the approval of the "
          "Superintendent."),
], ["105 ILCS 5/27-3 through 5/27-24.", "23 Ill.Admin.Code 1.420 and 1.440."],
   ["6:40", "6:50", "6:65", "6:70"], "2013-10-21", ["2018-01-22", "2025-03-10"])

pol("8:70", "8:70", "Accommodating Individuals with Disabilities", [
    ("p", "Individuals with disabilities shall be given an opportunity to participate in all District-sponsored "
          "services, programs, or activities on an equal basis with those without disabilities."),
    ("p", "The Superintendent appoints a Nondiscrimination Coordinator who receives requests for "
          "accommodation and answers each within ten school days."),
], ["42 U.S.C. \u00a7 12101 et seq., Americans with Disabilities Act.", "29 U.S.C. \u00a7 794, Rehabilitation Act of 1973."],
   ["2:260", "4:150", "6:120"], "2016-03-14", ["2023-05-08"])

# --- plain-text layouts ---
pol("5:30", "5:30", "Hiring Process and Criteria", [
    ("p", "The Superintendent recommends candidates for employment to the Board. Each candidate must meet "
          "the qualifications in the job description and hold any license the position requires."),
    ("p", "Before a candidate begins work, the District completes a fingerprint-based criminal history "
          "records check and the database checks required by the School Code."),
    ("p", "No candidate is hired who has been convicted of an offense that bars employment under State law."),
], ["105 ILCS 5/10-21.9, 5/21B-80, and 5/24-1.", "820 ILCS 40/, Personnel Record Review Act."],
   ["5:10", "5:20", "5:40", "5:50"], "2014-05-19", ["2020-11-16"])

pol("6:15", "6:15", "School Accountability", [
    ("p", "The Board expects each school to meet or exceed the performance standards of the Illinois State "
          "Board of Education."),
    ("p", "The Superintendent reports each school\u2019s performance to the Board every fall, together with "
          "the improvement plan of any school that is not meeting its targets."),
], ["105 ILCS 5/2-3.25a through 5/2-3.25f.", "23 Ill.Admin.Code 1.20 and 1.85."],
   ["2:10", "3:60", "6:30"], "2016-10-24", ["2021-04-12"])

pol("5:185", "5:185", "Family and Medical Leave", [
    ("p", "An eligible employee may take unpaid leave of up to 12 weeks in a 12-month period for a reason "
          "listed in the Family and Medical Leave Act of 1993."),
    ("p", "An employee must give 30 days\u2019 notice of foreseeable leave, or as much notice as is "
          "practicable when the need for leave is not foreseeable."),
    ("p", "During leave, the District keeps up the employee\u2019s group health insurance on the same terms "
          "as if the employee had continued to work."),
], ["29 U.S.C. \u00a7 2601 et seq., Family and Medical Leave Act of 1993.", "29 C.F.R. Part 825."],
   ["5:180", "5:250", "5:330"], "2013-02-11", ["2017-06-26", "2022-10-17"])

pol("7:50", "7:50", "School Admissions and Student Transfers To and From Non-District Schools", [
    ("p", "To be eligible for admission, a child must be 5 years old on or before September 1 of that school "
          "term for kindergarten, or 6 years old on or before September 1 for first grade."),
    ("p", "A student transferring from a non-District school must present a transcript from that school. "
          "The building principal decides the student\u2019s placement after reviewing it."),
], ["105 ILCS 5/10-20.12, 5/10-22.5a, and 5/26-2.", "23 Ill.Admin.Code 1.240."],
   ["7:10", "7:60", "7:100"], "2015-07-13", ["2023-06-12"])

pol("4:110", "4:110", "Transportation", [
    ("p", "The District provides free transportation for any student who lives one and one-half miles or "
          "more from the school of attendance, or who lives closer but must cross a serious safety hazard."),
    ("p", "Bus drivers must hold a valid school bus driver permit and complete the training required by the "
          "Secretary of State before driving a route."),
    ("p", "The Superintendent reviews bus routes each summer and publishes them before the first day of school."),
], ["105 ILCS 5/29-3 and 5/29-3.1.", "625 ILCS 5/6-106.1, Illinois Vehicle Code."],
   ["4:170", "5:100", "7:220"], "2014-09-15", ["2019-12-16", "2024-02-26"])

pol("8:110", "8:110", "Public Suggestions and Concerns", [
    ("p", "Every resident of the District is welcome to offer suggestions or raise concerns about the schools "
          "with the staff member most directly involved. A concern that is not resolved at that level may "
          "be brought to the building principal and then to the Superintendent. The Board hears a concern "
          "only after these steps have been taken."),
], ["105 ILCS 5/10-16."],
   ["2:140", "2:230", "8:10"], "2012-04-23", ["2018-06-11"])

pol("5:280", "5:280", "Duties and Qualifications", [
    ("p", "The Superintendent or designee shall develop a job description for each educational support "
          "personnel position that lists the qualifications, duties, and supervisor of the position."),
    ("p", "Paraprofessionals working with students must hold an Educator License with Stipulations endorsed "
          "for paraprofessional educator."),
    ("p", "The job descriptions are reviewed every three years and updated when the duties of a position change."),
], ["105 ILCS 5/10-22.34 and 5/21B-20.", "23 Ill.Admin.Code 25.510."],
   ["5:30", "5:250", "5:290"], "2013-12-16", ["2021-09-20"])

pol("3:50", "3:50", "Administrative Personnel Other Than the Superintendent", [
    ("p", "The Board employs administrators other than the Superintendent on the Superintendent\u2019s "
          "recommendation, and each administrator reports to the person named in the job description."),
    ("p", "Administrators are evaluated each year by the Superintendent or designee using criteria the "
          "Board has approved."),
], ["105 ILCS 5/10-21.4a, 5/10-23.8a, and 5/24A-15."],
   ["3:40", "3:60", "5:20"], "2013-07-15", ["2020-06-22"])

pol("2:240", "2:240", "Board Policy Development", [
    ("p", "The Board governs using written policies. Written policies ensure legal compliance, establish "
          "Board processes, and articulate District ends."),
    ("p", "Anyone may propose a new policy or a change to a policy by writing to the Superintendent, who "
          "brings the proposal to the Board with a recommendation."),
    ("p", "A policy is adopted after a first reading at one meeting and a vote at a later meeting, except "
          "in an emergency declared by the Board."),
], ["105 ILCS 5/10-20.5."], ["2:140", "2:220", "2:250"], "2019-03-08", ["2021-10-14"])

pol("1:10", "1:10", "School District Legal Status", [
    ("p", "The District is a body politic and corporate created by the Illinois General Assembly and governed "
          "by a seven-member Board of Education elected by the voters of the District."),
    ("p", "The District may sue and be sued, own property, and enter into contracts in its corporate name."),
], ["105 ILCS 5/10-1 and 5/10-2.", "Ill. Const. Art. X, Sec. 1."], ["1:20", "2:10", "2:20"],
   "2010-01-11", ["2022-05-09"])

pol("5:10", "5:10", "Equal Employment Opportunity and Minority Recruitment", [
    ("p", "The District shall provide equal employment opportunities to all persons regardless of their race, "
          "color, creed, religion, national origin, sex, sexual orientation, age, ancestry, marital status, "
          "or disability."),
    ("p", "The Superintendent or designee shall pursue a program of recruiting minority staff members, "
          "consistent with the District\u2019s needs, and report on its progress to the Board each year."),
], ["42 U.S.C. \u00a7 2000e et seq., Title VII of the Civil Rights Act of 1964.",
    "775 ILCS 5/2-102, Illinois Human Rights Act.", "105 ILCS 5/10-20.7 and 5/24-4."],
   ["2:260", "5:20", "5:30", "5:40"], "2023-06-21", [])

pol("6:150", "6:150", "Home and Hospital Instruction", [
    ("p", "A student who is absent from school, or whose physician expects an absence, for at least two "
          "consecutive weeks or ongoing intermittent absences because of a medical condition may be eligible "
          "for instruction at home or in a hospital."),
    ("p", "Instruction begins no later than five school days after the District receives the physician\u2019s "
          "written statement."),
], ["105 ILCS 5/14-13.01.", "23 Ill.Admin.Code 226.300."], ["6:120", "7:70"], "2014-11-17", ["2020-10-19"])
