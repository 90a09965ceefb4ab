package org.meridian.core.landscape;

/** The kinds of unit a {@link Landscape} keeps output for. The world is one unit holding every work. */
public enum UnitType {
    WORLD, COUNTRY, INSTITUTION, AUTHOR
}
