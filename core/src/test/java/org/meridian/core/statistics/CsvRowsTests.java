package org.meridian.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvRowsTests {

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaks() {
        CsvRows rows = new CsvRows(new StringReader("\uFEFFa,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3\n"));

        assertThat(rows.column("a")).isZero();
        assertThat(rows.next()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(rows.line()).isEqualTo(2);
        assertThat(rows.next()).containsExactly("1", "", "3");
        assertThat(rows.line()).isEqualTo(4);
        assertThat(rows.next()).isNull();
    }
}
