package org.meridian.app.insight.bringin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.meridian.app.insight.bringin.TenantRecords.IscedDemand;
import org.meridian.core.gaps.RecordedDemand;
import org.meridian.core.landscape.FieldLevel;
import org.meridian.core.landscape.Taxonomy;

/**
 * Turns the demand recorded per ISCED-F code into demand per field of the gap analysis: an ISCED code maps to
 * OpenAlex fields ({@link IscedOpenAlexFields}); every field of the analysed level that lies in one of them
 * (its ancestor at field level) receives the code's counts. A code without a mapping is not guessed at: it is
 * returned as unmapped, and the caller says so.
 */
final class RecordedDemandMapping {

    private RecordedDemandMapping() {
    }

    static Mapped map(List<IscedDemand> demand, IscedOpenAlexFields mapping, Taxonomy taxonomy, FieldLevel level) {
        Map<String, RecordedDemand> byField = new LinkedHashMap<>();
        List<UnmappedDemand> unmapped = new ArrayList<>();
        for (IscedDemand recorded : demand) {
            Optional<List<String>> fields = mapping.openAlexFields(recorded.iscedCode());
            if (fields.isEmpty()) {
                unmapped.add(new UnmappedDemand(recorded.iscedCode(), recorded.outboundMobilities(), recorded.agreements(),
                        "ISCED-F " + recorded.iscedCode() + " has no OpenAlex field mapped; its "
                                + recorded.outboundMobilities() + " outbound mobilities and " + recorded.agreements()
                                + " agreements are not counted as demand"));
                continue;
            }
            for (String fieldId : taxonomy.ids(level)) {
                String ancestor = level == FieldLevel.FIELD ? fieldId : taxonomy.ancestorId(level, fieldId, FieldLevel.FIELD);
                if (fields.get().contains(ancestor)) {
                    byField.merge(fieldId, new RecordedDemand(fieldId, recorded.outboundMobilities(), recorded.agreements()),
                            (a, b) -> new RecordedDemand(fieldId, a.outboundMobilities() + b.outboundMobilities(),
                                    a.agreements() + b.agreements()));
                }
            }
        }
        return new Mapped(List.copyOf(byField.values()), List.copyOf(unmapped));
    }

    /** Demand per analysed field, and the codes left out for want of a mapping. */
    record Mapped(List<RecordedDemand> demand, List<UnmappedDemand> unmapped) {
    }
}
