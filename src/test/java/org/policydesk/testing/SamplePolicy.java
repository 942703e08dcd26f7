package org.policydesk.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A policy as a district would publish it, in parts, so that test corpora can lay it out any way a site or a
 * printer would: the same facts rendered as PRESS text, a web page, a PDF page.
 */
public record SamplePolicy(String number, String title, String section, List<String> paragraphs,
                           List<String> listItems, List<String> legalRefs, String crossRefs,
                           List<String> crossNumbers, String history, List<String> dates) {

    /** Every word of the body (paragraphs and list items), in order. */
    public List<String> bodyWords() {
        List<String> words = new ArrayList<>();
        for (String p : paragraphs) {
            words.addAll(List.of(p.split("\\s+")));
        }
        for (String i : listItems) {
            words.addAll(List.of(i.split("\\s+")));
        }
        return words;
    }

    /** Some IASB-shaped policies; bodies are short but have paragraphs, a list, references and history. */
    public static List<SamplePolicy> library() {
        return List.of(
                new SamplePolicy("5:260", "Student Teachers", "Personnel", List.of(
                        "The Superintendent may enter into agreements with colleges and universities to provide"
                                + " student teaching experiences in the District.",
                        "Student teachers shall be supervised by a cooperating teacher who holds a valid"
                                + " professional educator license and who has at least three years of experience."),
                        List.of("complete the training required by the college;",
                                "follow all District policies and procedures; and",
                                "be subject to a criminal history records check before the placement begins."),
                        List.of("105 ILCS 5/10-22.34, 5/10-22.34b, and 5/24-14.5.", "23 Ill.Admin.Code 25.620."),
                        "5:30 (Hiring Process and Criteria), 5:250 (Leaves of Absence)", List.of("5:30", "5:250"),
                        "Adopted: June 21, 2023", List.of("ADOPTED 2023-06-21")),
                new SamplePolicy("7:190", "Student Behavior", "Students", List.of(
                        "The goals and objectives of this policy are to provide effective discipline that maintains"
                                + " a safe learning environment and teaches students responsible behavior.",
                        "Prohibited student conduct includes any behavior that disrupts the educational process."),
                        List.of("Using, possessing, distributing, or selling tobacco or nicotine materials.",
                                "Using, possessing, or selling alcohol.",
                                "Engaging in teen dating violence."),
                        List.of("105 ILCS 5/10-20.5, 5/10-20.14, and 5/10-22.6.", "Ill. Const. art. 1, sec. 2."),
                        "2:240 (Board Policy Development), 7:130 (Student Rights and Responsibilities),"
                                + " 7:140 (Search and Seizure)", List.of("2:240", "7:130", "7:140"),
                        "Adopted: May 12, 2015; Amended: October 18, 2021",
                        List.of("ADOPTED 2015-05-12", "AMENDED 2021-10-18")),
                new SamplePolicy("2:110", "Qualifications, Term, and Duties of Board Officers", "School Board",
                        List.of("The officers of the Board are the President, Vice President, and Secretary.",
                                "The Board President presides at all meetings and ensures that the Board meets its"
                                        + " obligations under the law."),
                        List.of("Signing official documents requiring the President's signature.",
                                "Calling special meetings of the Board."),
                        List.of("105 ILCS 5/10-1, 5/10-5, 5/10-7, and 5/10-13."),
                        "2:80 (Board Member Oath and Conduct), 2:220 (Board Meeting Procedure)",
                        List.of("2:80", "2:220"), "Adopted: March 3, 2009; Revised: January 17, 2019",
                        List.of("ADOPTED 2009-03-03", "REVISED 2019-01-17")),
                new SamplePolicy("4:60", "Purchases and Contracts", "Operational Services", List.of(
                        "The Superintendent manages the District's purchases and contracts in accordance with the"
                                + " standards set forth in this policy and State law.",
                        "All purchases and contracts shall be made in accordance with the bidding rules of the"
                                + " School Code when the amount exceeds the statutory threshold."),
                        List.of("Purchases are made for the District's benefit only.",
                                "Contracts are reviewed by the District's attorney when needed."),
                        List.of("105 ILCS 5/10-20.21.", "30 ILCS 500/."),
                        "4:10 (Fiscal and Business Management), 4:80 (Accounting and Audits)",
                        List.of("4:10", "4:80"), "Adopted: August 14, 2017; Reviewed: September 20, 2022",
                        List.of("ADOPTED 2017-08-14", "REVIEWED 2022-09-20")),
                new SamplePolicy("8:30", "Visitors to and Conduct on School Property", "Community Relations", List.of(
                        "The following definitions apply to this policy: school property means school buildings"
                                + " and grounds as well as vehicles used for school purposes.",
                        "All visitors to school property are required to report to the building office and"
                                + " receive permission to remain on school property."),
                        List.of("Strike, injure, or harm another person;", "Damage or threaten to damage property."),
                        List.of("105 ILCS 5/10-20.5b, 5/24-24, and 5/24-25."),
                        "8:20 (Community Use of School Facilities)", List.of("8:20"),
                        "Adopted: November 9, 2016", List.of("ADOPTED 2016-11-09")),
                new SamplePolicy("3:40", "Superintendent", "General School Administration", List.of(
                        "The Superintendent is the District's chief executive officer and shall have charge of the"
                                + " administration of the schools under the direction of the Board.",
                        "The Superintendent is responsible for the management of the District's operations."),
                        List.of("Serving as the Board's chief advisor.", "Directing all District personnel."),
                        List.of("105 ILCS 5/10-21.4 and 5/21B-20."),
                        "3:50 (Administrative Personnel Other Than the Superintendent)", List.of("3:50"),
                        "Adopted: February 11, 2010; Amended: April 19, 2018",
                        List.of("ADOPTED 2010-02-11", "AMENDED 2018-04-19")));
    }
}
