package org.meridian.app.insight.bringin;

/** A field of the OpenAlex taxonomy by id and name. */
public record FieldRef(String id, String name) {
}
