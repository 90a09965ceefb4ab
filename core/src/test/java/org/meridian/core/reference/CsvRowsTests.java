package org.meridian.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "name,country\r\n\"Fashion, interior \"\"and\"\" design\",CN\r\n\"two\nlines\",\r\nplain,DE\n";
        List<CsvRows.Row> rows = CsvRows.readAll(new StringReader(csv));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("name")).isEqualTo("Fashion, interior \"and\" design");
        assertThat(rows.get(0).get("country")).isEqualTo("CN");
        assertThat(rows.get(1).get("name")).isEqualTo("two\nlines");
        assertThat(rows.get(1).get("country")).isEmpty();
        assertThat(rows.get(2).get("name")).isEqualTo("plain");
        assertThat(rows.get(2).number()).isEqualTo(3);
    }

    @Test
    void answersEmptyForAMissingColumnAndSkipsBlankLines() {
        List<CsvRows.Row> rows = CsvRows.readAll(new StringReader("\uFEFFa,b\n1\n\n2,3\n"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("a")).isEqualTo("1");
        assertThat(rows.get(0).get("b")).isEmpty();
        assertThat(rows.get(1).get("zzz")).isEmpty();
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvRows.readAll(new StringReader("a\n\"open\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
