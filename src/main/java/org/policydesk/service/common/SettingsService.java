package org.policydesk.service.common;

/** The district's settings that packets and sheets print. */
public interface SettingsService {

    /** Until someone sets it: a name that is clearly a sample. */
    String SAMPLE_DISTRICT_NAME = "Sample School District 000";

    String districtName();

    /** Sets the district name; blank text is refused. */
    void setDistrictName(String name);
}
