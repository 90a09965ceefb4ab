/**
 * Gap analysis of a home unit against the world and the frontier: strengths, weaknesses, gaps, fast-growing
 * intersections and fields in demand, each with its reason in numbers; demand lists with their sources.
 */
package org.meridian.core.gaps;
