package org.meridian.app.imports;

/** What writing a batch did: records created and records updated (matched by their natural key). */
public record Written(int created, int updated) {

    public static final Written NOTHING = new Written(0, 0);

    public Written plus(Written other) {
        return new Written(created + other.created, updated + other.updated);
    }
}
