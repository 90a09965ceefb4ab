package org.meridian.core.landscape;

import java.util.Set;

/**
 * How {@link WorkTally} reads works.
 *
 * @param types                     work types counted (issue 4 default: article and review)
 * @param finestLevel               field level of the output rows (coarser levels are rolled up from it)
 * @param hongKongMacaoAsChina      count HK and MO as CN in country sets, as the Leiden Ranking does
 * @param maxAuthorshipsForTies     works with more authorships than this create no ties (a consortium paper
 *                                  with hundreds of authors says little about a working relation)
 * @param examplesPerField          example works kept per unit and finest field
 * @param authors                   also tally authors (output, ties, examples), for talent recommendation
 */
public record TallySettings(Set<String> types, FieldLevel finestLevel, boolean hongKongMacaoAsChina,
        int maxAuthorshipsForTies, int examplesPerField, boolean authors) {

    public TallySettings {
        types = Set.copyOf(types);
    }

    /** Articles and reviews, subfields, HK/MO as CN, ties from works of up to 50 authorships, 3 examples, authors. */
    public static TallySettings defaults() {
        return new TallySettings(Set.of("article", "review"), FieldLevel.SUBFIELD, true, 50, 3, true);
    }

    public TallySettings withFinestLevel(FieldLevel level) {
        return new TallySettings(types, level, hongKongMacaoAsChina, maxAuthorshipsForTies, examplesPerField, authors);
    }

    public TallySettings withAuthors(boolean tallyAuthors) {
        return new TallySettings(types, finestLevel, hongKongMacaoAsChina, maxAuthorshipsForTies, examplesPerField,
                tallyAuthors);
    }
}
