/**
 * Where the world's research is moving: growth, recent share of highly cited works and an emergence score per
 * topic (or subfield), and the frontier of a field as its top-scoring topics.
 */
package org.meridian.core.frontier;
