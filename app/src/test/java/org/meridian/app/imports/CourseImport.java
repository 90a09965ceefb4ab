package org.meridian.app.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A toy import type for the tests of the machinery: courses with a code (the natural key), a title, a start
 * date, a number of seats and a level, written to a table {@code test_course}. Refuses a course that ends
 * before it starts, and fails while writing the code {@code BOOM}, to prove the rollback.
 */
class CourseImport implements ImportType<CourseImport.Course> {

    record Course(String code, String title, LocalDate startsOn, LocalDate endsOn, Long seats, String level) {
    }

    private final JdbcClient jdbc;

    CourseImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                create table if not exists test_course (
                  code varchar(20) primary key, title varchar(200) not null, starts_on date not null,
                  ends_on date, seats integer, level varchar(20))
                """).update();
    }

    @Override
    public String name() {
        return "courses";
    }

    @Override
    public String titleKey() {
        return "import.type.courses";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("code", "Code", "课程代码", ValueParser.TEXT),
                ImportColumn.required("title", "Title", "课程名称", ValueParser.TEXT),
                ImportColumn.required("startsOn", "Start date", "开始日期", ValueParser.DATE),
                ImportColumn.optional("endsOn", "End date", "结束日期", ValueParser.DATE),
                ImportColumn.optional("seats", "Seats", "名额", ValueParser.INTEGER),
                ImportColumn.optional("level", "Level", "层次", ValueParser.oneOf(Map.of(
                        "bachelor", "BACHELOR", "本科", "BACHELOR", "master", "MASTER", "硕士", "MASTER"))));
    }

    @Override
    public Course parse(ImportRow row) {
        LocalDate startsOn = row.value("startsOn");
        LocalDate endsOn = row.value("endsOn");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            row.reject("endsOn", "import.problem.endsBeforeStart");
            return null;
        }
        return new Course(row.value("code"), row.value("title"), startsOn, endsOn, row.value("seats"),
                row.value("level"));
    }

    @Override
    public String naturalKey(Course course) {
        return course.code().toUpperCase();
    }

    @Override
    public Written write(List<Course> batch) {
        int created = 0;
        int updated = 0;
        for (Course course : batch) {
            if (course.code().equals("BOOM")) {
                throw new IllegalStateException("the database refused BOOM");
            }
            int changed = jdbc.sql("""
                    update test_course set title = :title, starts_on = :startsOn, ends_on = :endsOn, seats = :seats,
                    level = :level where code = :code
                    """).paramSource(course).update();
            if (changed == 0) {
                jdbc.sql("""
                        insert into test_course (code, title, starts_on, ends_on, seats, level)
                        values (:code, :title, :startsOn, :endsOn, :seats, :level)
                        """).paramSource(course).update();
                created++;
            }
            else {
                updated++;
            }
        }
        return new Written(created, updated);
    }

    long count() {
        return jdbc.sql("select count(*) from test_course").query(Long.class).single();
    }
}
