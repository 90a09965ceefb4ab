/**
 * Bringing in: the home unit's gap map against the world's frontier, explained partner and talent
 * recommendations, a backtest of the recommendations, and the step from a recommendation to a Partner record
 * or a draft Agreement. The landscape is tallied from the analytics store's works and kept until the store
 * changes ({@link org.meridian.app.insight.bringin.LandscapeCache}). Its commands are exposed to the command line
 * as the named interface {@code bringin}.
 */
@NamedInterface("bringin")
package org.meridian.app.insight.bringin;

import org.springframework.modulith.NamedInterface;
