/**
 * Publication indicators in the manner of the CWTS Leiden Ranking, computed from {@link
 * org.meridian.core.scholarly.Work}s: {@link org.meridian.core.indicators.WorkTable#of(Iterable)} holds the works
 * column by column, {@link org.meridian.core.indicators.IndicatorEngine} turns an
 * {@link org.meridian.core.indicators.IndicatorQuery} into {@link org.meridian.core.indicators.IndicatorRow}s,
 * {@link org.meridian.core.indicators.IndicatorCsv} and {@link org.meridian.core.indicators.IndicatorJson} write
 * them.
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li>Units: institutions (OpenAlex ids), countries (ISO alpha-2; Hong Kong and Macao count as China unless kept
 * apart), country groups (named sets of countries given with the query) and the world (every work).</li>
 * <li>Fields: all, or the domain, field, subfield or topic of the work's primary topic. Works without a primary
 * topic or publication year are left out and counted. Period: publication years, inclusive. Types: article and
 * review unless chosen otherwise.</li>
 * <li>Counting (n authorships, authorship a with institutions I_a and countries C_a, C_a being the authorship's
 * countries, else its institutions' country codes): full counting gives 1 to every unit on the work; fractional
 * counting gives institution I Σ_a [I ∈ I_a]/(n·|I_a|) and country C Σ_a [C ∈ C_a]/(n·|C_a|); an authorship with
 * an empty set gives nothing. A group gets the sum of its members' weights, at most 1 under full counting. The
 * world gets 1 per work.</li>
 * <li>p = Σ weight; p_collab over works with ≥ 2 distinct institutions or ≥ 2 distinct countries; p_int_collab
 * over works with ≥ 2 distinct countries; p_industry over works with an institution of type {@code company};
 * pp_x = p_x / p.</li>
 * <li>Citation groups g = (primary subfield, publication year) among all held works of the selected types;
 * e_g = mean citation count; NCS = c / e_g, or 1 where e_g = 0. tcs = Σ weight·c, mcs = tcs/p, tncs = Σ
 * weight·NCS, mncs = tncs/p.</li>
 * <li>Top 10%: in g of N works, a work with A works cited more and B cited equally gets
 * min(1, max(0, (0.1·N − A)/B)); p_top10 = Σ weight·share, pp_top10 = p_top10/p.</li>
 * <li>pp_int_collab_led: among the unit's internationally co-authored works, counted fully, the share where one
 * of the unit's authorships is corresponding; empty without such works.</li>
 * <li>activity_index = (p(unit, f)/p(unit, all)) / (p(world, f)/p(world, all)).</li>
 * <li>Stability intervals: 2.5th and 97.5th percentiles over bootstrap resamples of the unit's works.</li>
 * </ul>
 *
 * <h2>References</h2>
 * <ul>
 * <li>Waltman, L., Calero-Medina, C., Kosten, J., Noyons, E. C. M., Tijssen, R. J. W., van Eck, N. J., van Leeuwen,
 * T. N., van Raan, A. F. J., Visser, M. S., &amp; Wouters, P. (2012). The Leiden Ranking 2011/2012: Data collection,
 * indicators, and interpretation. Journal of the American Society for Information Science and Technology, 63(12),
 * 2419–2432.</li>
 * <li>Waltman, L., &amp; Schreiber, M. (2013). On the calculation of percentile-based bibliometric indicators.
 * Journal of the American Society for Information Science and Technology, 64(2), 372–379.</li>
 * </ul>
 */
package org.meridian.core.indicators;
