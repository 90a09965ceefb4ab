package org.meridian.core.statistics;

import java.util.List;

/**
 * The national view of one country from the shipped statistics, with the caveats that apply to it.
 *
 * @param mobility                 inbound, outbound and net flow of mobile students per year (UIS)
 * @param inboundStudentPartners   origins of the students the country hosts (OECD flows 2013–2019)
 * @param outboundStudentPartners  hosts of the country's students among the OECD reporting hosts
 * @param coauthorship             internationally co-authored works and co-author countries per year (OpenAlex)
 * @param notes                    what the data cannot say for this country, in plain words, each with its message code
 */
public record NationalProfile(Country country, List<MobilityYear> mobility, List<PartnerYear> inboundStudentPartners,
        List<PartnerYear> outboundStudentPartners, List<CoauthorshipYear> coauthorship, List<NationalNote> notes) {

    public NationalProfile {
        mobility = List.copyOf(mobility);
        inboundStudentPartners = List.copyOf(inboundStudentPartners);
        outboundStudentPartners = List.copyOf(outboundStudentPartners);
        coauthorship = List.copyOf(coauthorship);
        notes = List.copyOf(notes);
    }
}
