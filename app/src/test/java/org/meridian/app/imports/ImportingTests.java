package org.meridian.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.app.imports.ImportOutcome.Status;
import org.meridian.app.imports.ImportProgress.Phase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** The importer against a real (in-memory H2) database and real transactions, with the toy course type. */
class ImportingTests {

    private static final String HEADER = "Code,Title,Start date,End date,Seats,Level\n";

    private CourseImport courses;
    private JdbcClient jdbc;
    private Importing importing;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        courses = new CourseImport(jdbc);
        importing = new Importing(new ImportSettings(DataSize.ofMegabytes(1), 1000, 1, 2),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    private ImportOutcome importing(String csv) {
        return importing.run(courses, csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    @Test
    void importsEveryRowOfAGoodFile() {
        ImportOutcome outcome = importing(HEADER + """
                C1,International law,2025-09-01,2026-01-15,30,master
                C2,Chinese for beginners,2025/9/8,,"1,200",本科
                C3,Data science,01/03/2026,,,
                """);
        assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
        assertThat(outcome.rows()).isEqualTo(3);
        assertThat(outcome.created()).isEqualTo(3);
        assertThat(jdbc.sql("select seats from test_course where code = 'C2'").query(Integer.class).single())
                .isEqualTo(1200);
        assertThat(jdbc.sql("select level from test_course where code = 'C2'").query(String.class).single())
                .isEqualTo("BACHELOR");
        assertThat(jdbc.sql("select starts_on from test_course where code = 'C3'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void reportsEveryProblemOfTheWholeFileAndWritesNothing() {
        ImportOutcome outcome = importing(HEADER + """
                C1,International law,2025-09-01,,30,master
                C2,,2025-02-30,,many,doctor
                C3,Data science,2025-09-01,2025-06-30,,
                C1,Again,2025-09-01,,,
                """);
        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(outcome.problems()).containsExactly(
                new ImportProblem(3, "Title", "", "import.problem.required", List.of()),
                new ImportProblem(3, "Start date", "2025-02-30", "import.problem.noSuchDate", List.of("2025-02-30")),
                new ImportProblem(3, "Seats", "many", "import.problem.number", List.of("many")),
                new ImportProblem(3, "Level", "doctor", "import.problem.oneOf",
                        List.of("doctor", "bachelor, master, 本科, 硕士")),
                new ImportProblem(4, "End date", "2025-06-30", "import.problem.endsBeforeStart", List.of()),
                new ImportProblem(5, null, null, "import.problem.duplicateKey", List.of(2)));
        assertThat(outcome.problemCount()).isEqualTo(6);
        assertThat(courses.count()).isZero();
    }

    @Test
    void reimportingTheSameFileUpdatesInsteadOfDuplicating() {
        String file = HEADER + "C1,International law,2025-09-01,,30,\nC2,Economics,2025-09-01,,20,\n";
        assertThat(importing(file).created()).isEqualTo(2);
        ImportOutcome again = importing(file.replace("Economics", "Economics and trade"));
        assertThat(again.status()).isEqualTo(Status.IMPORTED);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(courses.count()).isEqualTo(2);
        assertThat(jdbc.sql("select title from test_course where code = 'C2'").query(String.class).single())
                .isEqualTo("Economics and trade");
    }

    @Test
    void rollsBackEveryBatchWhenWritingFails() {
        ImportOutcome outcome = importing(HEADER + """
                C1,One,2025-09-01,,,
                C2,Two,2025-09-01,,,
                C3,Three,2025-09-01,,,
                BOOM,Four,2025-09-01,,,
                """);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.problems()).extracting(ImportProblem::reason).containsExactly("import.failed");
        assertThat(courses.count()).isZero();
    }

    @Test
    void acceptsChineseHeadersInAGbkFileInAnyOrder() {
        String file = "名额,开始日期,课程名称,课程代码（必填）,备注\n25,2025年9月1日,中外合作办学,C9,第一学期\n";
        ImportOutcome outcome = importing.run(courses, file.getBytes(Charset.forName("GBK")), ImportProgress.NONE);
        assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
        assertThat(outcome.ignoredColumns()).containsExactly("备注");
        assertThat(jdbc.sql("select title from test_course where code = 'C9'").query(String.class).single())
                .isEqualTo("中外合作办学");
    }

    @Test
    void namesMissingRequiredColumnsInBothLanguages() {
        ImportOutcome outcome = importing("Code,Seats\nC1,3\n");
        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(outcome.problems()).containsExactly(
                new ImportProblem(1, "Title / 课程名称", null, "import.problem.columnMissing", List.of()),
                new ImportProblem(1, "Start date / 开始日期", null, "import.problem.columnMissing", List.of()));
    }

    @Test
    void importsAnXlsxWithDateCellsAndFormulaResults() {
        byte[] content = Workbooks.xlsx(book -> book
                .row(0, "课程代码", "课程名称", "开始日期", "名额")
                .row(1, "X1", "Formula-looking title =1+1", LocalDate.of(2025, 9, 1), new Workbooks.Formula("10*3"))
                .row(2, "X2", "=HYPERLINK(\"http://example.org\")", 45901, 5));
        ImportOutcome outcome = importing.run(courses, content, ImportProgress.NONE);
        assertThat(outcome.status()).isEqualTo(Status.IMPORTED);
        assertThat(jdbc.sql("select seats from test_course where code = 'X1'").query(Integer.class).single())
                .isEqualTo(30);
        assertThat(jdbc.sql("select title from test_course where code = 'X2'").query(String.class).single())
                .isEqualTo("=HYPERLINK(\"http://example.org\")");
        assertThat(jdbc.sql("select starts_on from test_course where code = 'X2'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void reportsAnUnreadableFileAndChangesNothing() {
        ImportOutcome outcome = importing.run(courses, new byte[] { '%', 'P', 'D', 'F', '-', '1' }, ImportProgress.NONE);
        assertThat(outcome.status()).isEqualTo(Status.UNREADABLE);
        assertThat(outcome.problems()).containsExactly(
                new ImportProblem(0, null, null, "import.file.notSpreadsheet", List.of()));
        byte[] large = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1];
        assertThat(importing.run(courses, large, ImportProgress.NONE).problems().get(0).reason())
                .isEqualTo("import.file.tooLarge");
        assertThat(courses.count()).isZero();
    }

    @Test
    void reportsProgressThroughEveryPhase() {
        List<Phase> phases = new ArrayList<>();
        importing.run(courses, (HEADER + "C1,A,2025-09-01,,,\nC2,B,2025-09-01,,,\nC3,C,2025-09-01,,,\n")
                .getBytes(StandardCharsets.UTF_8), (phase, done, total) -> {
                    if (phases.isEmpty() || phases.get(phases.size() - 1) != phase) {
                        phases.add(phase);
                    }
                });
        assertThat(phases).containsExactly(Phase.READING, Phase.VALIDATING, Phase.WRITING, Phase.FINISHED);
    }
}
