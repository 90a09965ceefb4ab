package org.meridian.core.statistics;

/**
 * International students from one origin country enrolled in one host country in one year (OECD
 * {@code EDU_ENRL_MOBILE}, as cleaned by the source project).
 *
 * @param publishedSum       the file's sum over ISCED levels 5, 5T8, 6, 7, 8, which counts each student twice
 * @param tertiaryStudents   the estimate of tertiary (ISCED 5-8) students: {@code publishedSum / 2}, approximate
 *                           where the sum is odd
 */
public record StudentFlow(String hostAlpha2, String originAlpha2, int year, long publishedSum,
        double tertiaryStudents) {
}
