package org.meridian.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points the application under test at a fresh database. H2: a private in-memory database. PostgreSQL: a
 * private schema in the server's {@code test} database, dropped when the JVM ends, so parallel runs on one
 * server do not meet. Without a reachable server the PostgreSQL run is skipped with a clear message, unless
 * {@code meridian.test.postgres=required}, when it fails.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

    private static final String DATABASE = System.getProperty("meridian.test.database", "h2").toLowerCase(Locale.ROOT);
    private static final String POSTGRES_URL = System.getProperty("meridian.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getProperty("meridian.test.postgres.user", "postgres");
    private static final boolean POSTGRES_REQUIRED = "required".equals(System.getProperty("meridian.test.postgres"))
            || "required".equals(System.getenv("MERIDIAN_TEST_POSTGRES"));
    private static final String SCHEMA = "it_" + ProcessHandle.current().pid() + "_"
            + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

    private static Boolean postgresReachable;
    private static boolean announced;

    public static boolean onPostgres() {
        return "postgresql".equals(DATABASE);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onPostgres()) {
            return ConditionEvaluationResult.enabled("H2");
        }
        if (postgresReachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + POSTGRES_URL);
        }
        if (POSTGRES_REQUIRED) {
            throw new IllegalStateException("The PostgreSQL suite is required but no server answers at " + POSTGRES_URL);
        }
        if (!announced) {
            announced = true;
            System.out.println();
            System.out.println("*** PostgreSQL suite NOT run: no server answers at " + POSTGRES_URL
                    + " (the H2 suite ran). Start PostgreSQL or set MERIDIAN_TEST_POSTGRES=required to insist. ***");
            System.out.println();
        }
        return ConditionEvaluationResult.disabled("PostgreSQL suite not run: no server at " + POSTGRES_URL);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path dataDir = temporaryDataDir();
        String dataDirProperty = "meridian.data-dir=" + dataDir.toAbsolutePath();
        if (onPostgres()) {
            createSchema();
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, dataDirProperty,
                    "spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + SCHEMA,
                    "spring.datasource.username=" + POSTGRES_USER, "spring.datasource.password=",
                    "spring.flyway.schemas=" + SCHEMA);
        }
        else {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, dataDirProperty,
                    "spring.datasource.url=jdbc:h2:mem:" + SCHEMA
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username=sa", "spring.datasource.password=");
        }
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                "meridian.security.initial-admin-password=" + TestUsers.ADMIN_PASSWORD);
    }

    private static synchronized boolean postgresReachable() {
        if (postgresReachable == null) {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
                postgresReachable = connection.isValid(5);
            }
            catch (SQLException unreachable) {
                postgresReachable = false;
            }
        }
        return postgresReachable;
    }

    private static void createSchema() {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            connection.createStatement().execute("create schema if not exists " + SCHEMA);
        }
        catch (SQLException failure) {
            throw new IllegalStateException("cannot create the test schema " + SCHEMA, failure);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
                connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
            }
            catch (SQLException ignored) {
                // The server may already be gone; the schema name is unique, so a leftover does no harm.
            }
        }));
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("meridian-it-");
            dir.toFile().deleteOnExit();
            return dir;
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
