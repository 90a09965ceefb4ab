package org.meridian.core.landscape;

/** Two fields of one level, {@code first} before {@code second} in the taxonomy's order. */
public record FieldPair(String first, String second) {
}
