package org.policydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store is taken as current without Flyway only when its history lists every migration this build ships;
 * a store an older PolicyDesk left is still migrated.
 */
class SchemaHistoryTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dir;

    @Test
    void latestIsTheNewestMigrationShipped() throws Exception {
        Path migrations = Path.of(SchemaHistoryTest.class.getResource("/db/migration").toURI());
        java.util.List<Integer> shipped;
        try (Stream<Path> files = Files.list(migrations)) {
            shipped = files.map(f -> MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        }
        int newest = shipped.get(shipped.size() - 1);
        assertThat(SchemaHistory.SHIPPED).as("SchemaHistory.SHIPPED must list every migration").isEqualTo(shipped);
        assertThat(SchemaHistory.LATEST)
                .as("SchemaHistory.LATEST must name the newest migration, or a store would skip it").isEqualTo(newest);
    }

    @Test
    void aStoreAnOlderVersionLeftIsNotCurrentAndOpeningMigratesIt() {
        Path store = dir.toAbsolutePath().normalize();
        Flyway.configure().dataSource(Database.url(store, false), "sa", "")
                .locations("classpath:db/migration").target(String.valueOf(SchemaHistory.SHIPPED.get(SchemaHistory.SHIPPED.size() - 2))).load().migrate();
        try (var pool = new Pool(store)) {
            assertThat(SchemaHistory.isCurrent(pool.dsl())).isFalse();
        }

        Database.open(store).close();

        try (var pool = new Pool(store)) {
            assertThat(SchemaHistory.isCurrent(pool.dsl())).isTrue();
        }
        assertThat(StoreBackups.backups(store)).singleElement()
                .satisfies(b -> assertThat(b.reason()).isEqualTo("before-update"));
    }

    @Test
    void aDatabaseWithoutFlywaysHistoryIsNotCurrent() {
        try (var pool = new Pool(dir.toAbsolutePath().normalize())) {
            assertThat(SchemaHistory.isCurrent(pool.dsl())).isFalse();
        }
    }

    /** The store's H2 file through jOOQ, without Database (which would migrate it). */
    private record Pool(org.h2.jdbcx.JdbcConnectionPool connections) implements AutoCloseable {
        Pool(Path store) {
            this(org.h2.jdbcx.JdbcConnectionPool.create(Database.url(store, false), "sa", ""));
        }

        org.jooq.DSLContext dsl() {
            return org.jooq.impl.DSL.using(connections, org.jooq.SQLDialect.H2);
        }

        @Override
        public void close() {
            connections.dispose();
        }
    }
}
