package org.meridian.core.scholarly;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Work ids kept as their numbers ({@code W2741809807} as 2741809807), the form the analytics store keeps;
 * read as a list they are the ids again. The reader gives a work's {@code referenced_works} this way, so that
 * a work's forty-odd references cost one array rather than forty strings. Immutable.
 */
public final class WorkIds extends AbstractList<String> implements RandomAccess {

    private final long[] numbers;

    private WorkIds(long[] numbers) {
        this.numbers = numbers;
    }

    /** The first {@code count} numbers of {@code numbers}, copied. */
    public static WorkIds copyOf(long[] numbers, int count) {
        return new WorkIds(Arrays.copyOf(numbers, count));
    }

    /** The number of the id at {@code index}. */
    public long number(int index) {
        return numbers[index];
    }

    /** All numbers, in order (a copy). */
    public long[] numbers() {
        return numbers.clone();
    }

    @Override
    public String get(int index) {
        return "W" + numbers[index];
    }

    @Override
    public int size() {
        return numbers.length;
    }
}
