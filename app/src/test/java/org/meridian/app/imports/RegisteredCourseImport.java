package org.meridian.app.imports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The toy course import as a bean of the application under test, so that integration and browser tests can
 * drive the import pages before any capability offers an import of its own.
 */
@Component
class RegisteredCourseImport extends CourseImport {

    RegisteredCourseImport(JdbcClient jdbc) {
        super(jdbc);
    }
}
