package org.meridian.app.mobility;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.meridian.core.mobility.Gender;

/**
 * The mobile person: personal data, kept apart from the mobility record and shown only to officers and
 * administrators of the tenant. Minimal on purpose.
 *
 * @param familyName       family name (surname) as in the passport
 * @param givenName        given name(s); absent for persons with one name only
 * @param gender           as declared; absent when undisclosed
 * @param nationality      ISO 3166 alpha-2 code of the citizenship
 * @param birthDate        date of birth, optional
 * @param email            e-mail address, optional
 * @param personIdentifier student or staff number at the institution that keeps the record, optional
 */
public record MobilityPerson(String familyName, String givenName, Gender gender, String nationality,
        LocalDate birthDate, String email, String personIdentifier) {

    /** The names of the fields whose values differ between this person and {@code other} (null: all set fields). */
    List<String> fieldsDifferingFrom(MobilityPerson other) {
        return Arrays.stream(MobilityPerson.class.getRecordComponents())
                .filter(component -> !Objects.equals(value(component, this), other == null ? null : value(component, other)))
                .map(RecordComponent::getName).toList();
    }

    private static Object value(RecordComponent component, MobilityPerson person) {
        try {
            return component.getAccessor().invoke(person);
        }
        catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
