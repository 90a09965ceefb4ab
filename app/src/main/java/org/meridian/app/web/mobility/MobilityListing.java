package org.meridian.app.web.mobility;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.meridian.app.InputCheck;
import org.meridian.app.mobility.MobilityFilter;
import org.meridian.app.mobility.MobilityQuery;
import org.meridian.app.web.ListView;
import org.meridian.core.mobility.AcademicYear;

/**
 * The mobility list as the URL describes it. Filters: {@code direction}, {@code category}, {@code country},
 * {@code region} (UN M49 code), {@code funding}, {@code iscedField}, {@code status}, and the academic years in
 * which records start, {@code yearFrom} and {@code yearTo} (the calendar year in which each begins:
 * {@code yearFrom=2021&yearTo=2025} is 1 September 2021 to 31 August 2026). The dashboard links here with
 * the same parameters, so a figure and its list count the same records.
 */
final class MobilityListing {

    static final List<String> FILTERS = List.of("direction", "category", "country", "region", "funding",
            "iscedField", "status", "yearFrom", "yearTo");
    private static final Set<String> SORTABLE = Set.of("startDate", "endDate", "country", "direction", "category",
            "academicYear", "funding");

    private MobilityListing() {
    }

    static ListView view(HttpServletRequest request, boolean personal) {
        Set<String> sortable = new HashSet<>(SORTABLE);
        if (personal) {
            sortable.add("familyName");
        }
        return ListView.of(request, FILTERS, sortable);
    }

    /** The records filter of a view; {@code InvalidInput} for a value that is no code, date or year. */
    static MobilityFilter filter(ListView view) {
        InputCheck check = new InputCheck();
        AcademicYear from = year(check, "yearFrom", view.filter("yearFrom"));
        AcademicYear to = year(check, "yearTo", view.filter("yearTo"));
        check.throwIfInvalid();
        return new MobilityQuery(view.filter("direction"), view.filter("category"), view.filter("country"),
                view.filter("region"), null, null, view.filter("iscedField"), view.filter("funding"), null, null,
                null, view.filter("status"), view.search(), from == null ? null : from.firstDay().toString(),
                to == null ? null : to.lastDay().toString()).filter();
    }

    private static AcademicYear year(InputCheck check, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new AcademicYear(Integer.parseInt(value));
        }
        catch (IllegalArgumentException notAYear) {
            check.reject(field, "must be a year such as 2025");
            return null;
        }
    }
}
