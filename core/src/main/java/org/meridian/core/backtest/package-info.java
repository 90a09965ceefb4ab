/**
 * Evidence that partner recommendations come true: recommend from the past, compare with the new
 * co-publications that followed, against simple baselines.
 */
package org.meridian.core.backtest;
