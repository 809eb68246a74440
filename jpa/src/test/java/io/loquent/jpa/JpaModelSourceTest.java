package io.loquent.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.model.MappedModel;
import io.loquent.api.model.ModelSource;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The library fixture's schema as the model source reads it for each database: every table, column, key and index on
 * PostgreSQL, and, on the others, exactly what their platforms generate differently (an identity column where
 * PostgreSQL has a sequence), with the sequences and the rows of the sequence tables.
 */
class JpaModelSourceTest {
    private static final List<Map<String, Object>> SEQUENCE_ROWS = List.of(
            Map.of("SEQ_NAME", "payment_gen", "SEQ_COUNT", 0L),
            Map.of("SEQ_NAME", "SEQ_GEN", "SEQ_COUNT", 0L),
            Map.of("SEQ_NAME", "SEQ_GEN_TABLE", "SEQ_COUNT", 0L));
    private static final List<Sequence> SEQUENCES = List.of(new Sequence("SEQ_GEN_SEQUENCE", 50, 50),
            new Sequence("book_seq", 109, 10));

    @Test
    void isFoundByServiceLoaderAsJpa() {
        assertThat(ServiceLoader.load(ModelSource.class).stream().map(p -> p.get().name())).containsExactly("jpa");
    }

    @Test
    void postgresqlHasEveryTableColumnKeyAndIndexOfTheModel() {
        assertTables(LibraryModels.of("postgresql").schema(), LibraryTables.POSTGRESQL);
    }

    @Test
    void postgresqlDrawsSequenceGeneratorsFromSequencesAndTableGeneratorsFromSeededTables() {
        MappedModel model = LibraryModels.of("postgresql");
        assertThat(model.schema().sequences()).containsExactlyElementsOf(SEQUENCES);
        assertSeedRows(model);
    }

    @Test
    void mysqlTurnsSequenceGenerationIntoIdentityColumns() {
        MappedModel model = LibraryModels.of("mysql");
        assertTables(model.schema(), withUuidBytes(withIdentity(LibraryTables.POSTGRESQL, "books", "ITEM")));
        assertThat(model.schema().sequences()).isEmpty();
        assertSeedRows(model);
    }

    @Test
    void mariadbHasSequenceObjectsLikePostgresql() {
        MappedModel model = LibraryModels.of("mariadb");
        assertTables(model.schema(), withUuidBytes(LibraryTables.POSTGRESQL));
        assertThat(model.schema().sequences()).containsExactlyElementsOf(SEQUENCES);
        assertSeedRows(model);
    }

    @Test
    void sqliteTurnsSequenceGenerationIntoRowidKeys() {
        MappedModel model = LibraryModels.of("sqlite");
        assertTables(model.schema(), withIdentity(LibraryTables.POSTGRESQL, "books", "ITEM"));
        assertThat(model.schema().sequences()).isEmpty();
        assertSeedRows(model);
    }

    @Test
    void anAbstractTablePerClassRootHasNoTable() {
        assertThat(LibraryModels.of("postgresql").schema().tableNames()).doesNotContain("PAYMENT")
                .contains("CARDPAYMENT", "CASHPAYMENT");
    }

    private static void assertSeedRows(MappedModel model) {
        assertThat(model.seedRows()).containsOnlyKeys("SEQUENCE", "id_gen");
        assertThat(model.seedRows().get("SEQUENCE")).containsExactlyElementsOf(SEQUENCE_ROWS);
        assertThat(model.seedRows().get("id_gen")).containsExactly(Map.of("gen_name", "tag", "gen_value", 999L));
        assertThat(model.seedRows().get("id_gen").get(0).keySet()).containsExactly("gen_name", "gen_value");
    }

    private static void assertTables(Schema schema, Map<String, List<String>> expected) {
        assertThat(schema.tableNames()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((table, lines) -> assertThat(SchemaText.of(schema, table)).as(table)
                .containsExactlyElementsOf(lines));
    }

    /**
     * {@code tables} with each UUID column {@code binary(16)}, as MySQL's and MariaDB's platforms bind a UUID: its 16
     * bytes (their own DDL type for it is {@code BINARY(16)}).
     */
    private static Map<String, List<String>> withUuidBytes(Map<String, List<String>> tables) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        tables.forEach((table, lines) -> result.put(table,
                lines.stream().map(l -> l.replaceFirst("^(\\S+) uuid\\b", "$1 binary(16)")).toList()));
        assertThat(result.get("loans")).contains("REFERENCE binary(16)");
        assertThat(result.get("member_cards")).contains("ID binary(16) not null");
        return result;
    }

    /** {@code tables} with the key column {@code ID} of each of {@code identity} an identity column. */
    private static Map<String, List<String>> withIdentity(Map<String, List<String>> tables, String... identity) {
        Map<String, List<String>> result = new LinkedHashMap<>(tables);
        for (String table : identity) {
            List<String> lines = new ArrayList<>(tables.get(table));
            lines.replaceAll(l -> l.equals("ID big_integer not null") ? "ID big_integer not null auto" : l);
            assertThat(lines).as(table).isNotEqualTo(tables.get(table));
            result.put(table, lines);
        }
        return result;
    }
}
