package org.meridian.app.mobility;

import org.meridian.core.mobility.AcademicYear;
import org.meridian.core.mobility.Direction;
import org.meridian.core.mobility.Funding;
import org.meridian.core.mobility.IscedLevel;
import org.meridian.core.mobility.MobilityCategory;
import org.meridian.core.mobility.MobilityPeriod;

/** A mobility whose every field has been checked, ready to be stored; {@code naturalKey} is its digest. */
record ValidMobility(Direction direction, MobilityCategory category, IscedLevel iscedLevel, Long partnerId,
        String country, Long agreementId, String iscedField, MobilityPeriod period, AcademicYear academicYear,
        String programme, Funding funding, String fundingBody, boolean cancelled, MobilityPerson person,
        String naturalKey) {
}
