package org.meridian.core.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ExamplesTests {

    @Test
    void keepsTheMostCitedByNcsOfEveryKeyWithTiesByWorkId() {
        Random random = new Random(11);
        Examples examples = new Examples(3);
        Map<Long, List<ExampleWork>> offered = new HashMap<>();
        for (int i = 0; i < 150_000; i++) {
            int unit = random.nextInt(8) == 0 ? 0 : random.nextInt(20_000);
            long key = LandscapeBuilder.exampleKey(unit, random.nextInt(40));
            // few distinct NCS values, so that ties are common and the work id must order them
            ExampleWork work = new ExampleWork("W" + random.nextInt(1_000_000), 2015 + random.nextInt(8), "t",
                    random.nextInt(50), random.nextInt(6) / 2.0);
            examples.offer(key, work);
            offered.computeIfAbsent(key, k -> new ArrayList<>()).add(work);
        }

        assertThat(offered).hasSizeGreaterThan(10_000);   // the table grew many times
        offered.forEach((key, works) -> {
            List<ExampleWork> best = works.stream().sorted(Examples.ORDER).limit(3).toList();
            assertThat(examples.get(key)).as("key %d", key).isEqualTo(best);
        });
        assertThat(examples.get(LandscapeBuilder.exampleKey(20_001, 3))).isEmpty();
    }

    @Test
    void keyZeroIsAKeyLikeAnyOther() {
        Examples examples = new Examples(2);
        ExampleWork low = new ExampleWork("W1", 2020, "t", 1, 0.5);
        ExampleWork high = new ExampleWork("W2", 2020, "t", 9, 3.0);
        ExampleWork middle = new ExampleWork("W3", 2021, "t", 4, 1.0);

        assertThat(examples.get(0)).isEmpty();
        examples.offer(0, low);
        examples.offer(0, high);
        examples.offer(0, middle);

        assertThat(LandscapeBuilder.exampleKey(0, 0)).isZero();   // unit 0 in finest field 0
        assertThat(examples.get(0)).containsExactly(high, middle);
    }

    @Test
    void keyZeroKeepsItsExamplesWhenTheTableGrows() {
        Examples examples = new Examples(2);
        ExampleWork first = new ExampleWork("W1", 2020, "t", 9, 3.0);
        examples.offer(0, first);

        for (int unit = 1; unit <= 5_000; unit++) {
            examples.offer(LandscapeBuilder.exampleKey(unit, 1), new ExampleWork("W" + (unit + 1), 2020, "t", 1, 1.0));
        }

        assertThat(examples.get(0)).containsExactly(first);
    }

    @Test
    void keepsNothingWhenAskedForNoExamples() {
        Examples examples = new Examples(0);
        examples.offer(LandscapeBuilder.exampleKey(4, 2), new ExampleWork("W1", 2020, "t", 1, 1.0));

        assertThat(examples.get(LandscapeBuilder.exampleKey(4, 2))).isEmpty();
    }
}
