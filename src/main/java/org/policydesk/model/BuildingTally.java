package org.policydesk.model;

/** The numbers of one building in a roster check. {@code staff = done + inGrace + missing + overdue}. */
public record BuildingTally(String buildingCode, String buildingName, int staff, int done, int inGrace, int missing,
                            int overdue) {

    /** Done as a share of staff, 0–100; 100 for a building without staff. */
    public double percentDone() {
        return staff == 0 ? 100.0 : 100.0 * done / staff;
    }
}
