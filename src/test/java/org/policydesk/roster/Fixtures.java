package org.policydesk.roster;

/** Roster files shaped like real HR exports, with the mistakes real exports have. */
public final class Fixtures {

    /**
     * A payroll CSV: "Last, First MI" names, two building columns, US dates. Line 5 has an impossible date,
     * line 6 no ID, line 7 a missing field, line 8 repeats line 2, lines 9–10 disagree about 000422, and
     * line 11 opens a quote that only closes on line 12.
     */
    public static final String PAYROLL = """
            Employee ID,Employee Name,Position,Email,Building,Building 2,Hire Date,Status
            000417,"Nguyen, Thi B",Teacher,tnguyen@d.org,0150,,08/15/2019,Active
            000418,"O'Brien, Sean",Principal,sobrien@d.org,0150,,2015-07-01,Active
            000419,"Smith, Jane A",Counselor,jsmith@d.org,0150,0230,8/20/21,A
            000420,"Lee, Ann",Teacher,alee@d.org,0230,,13/45/2020,Active
            ,"Doe, John",Custodian,jdoe@d.org,0230,,2020-01-01,Active
            000421,"Park, Min",Teacher,mpark@d.org,0230,2020-01-01,Active
            000417,"Nguyen, Thi B",Teacher,tnguyen@d.org,0150,,08/15/2019,Active
            000422,"Garcia, Luis",Aide,lgarcia@d.org,0230,,2022-09-01,Active
            000422,"Garcia, Luis",Teacher,lgarcia@d.org,0230,,2022-09-01,Active
            000423,"Brown, Al,Teacher,abrown@d.org,0230,,2022-09-01,Active
            000424,"Kim, Ok",Teacher,okim@d.org,0230,,2022-09-01,Active
            000425,"Ross, Bo",Librarian,bross@d.org,0230,,2025-09-15,Active
            """;

    /** Last year's clean roster of the same district: 000419 was a teacher at 0150 only, 000300 has since left. */
    public static final String LAST_YEAR = """
            Employee ID,Employee Name,Position,Email,Building,Building 2,Hire Date,Status
            000418,"O'Brien, Sean",Principal,sobrien@d.org,0150,,2015-07-01,Active
            000419,"Smith, Jane A",Teacher,jsmith@d.org,0150,,8/20/21,A
            000420,"Lee, Ann",Teacher,alee@d.org,0230,,2020-08-01,Active
            000300,"Old, Timer",Teacher,otimer@d.org,0230,,1990-08-01,Active
            """;

    private Fixtures() {
    }
}
