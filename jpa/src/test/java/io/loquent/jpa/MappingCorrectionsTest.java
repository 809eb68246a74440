package io.loquent.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Schema;
import org.junit.jupiter.api.Test;

/**
 * Where the schema differs from what EclipseLink's own table generator writes, and why, and how JPA's text lists of
 * column names are matched to the columns.
 */
class MappingCorrectionsTest {
    private static final Schema EDGE = new JpaModelSource()
            .read(LibraryModels.packages("postgresql", "io.loquent.jpa.fixtures.edge")).schema();

    @Test
    void aJoinedSubclassKeyIsNotAnIdentityColumnThoughItsRootIs() {
        assertThat(SchemaText.of(EDGE, "VEHICLE")).startsWith("ID big_integer not null auto");
        assertThat(SchemaText.of(EDGE, "cars")).containsExactly(
                "ID big_integer not null",
                "DOORS integer not null",
                "pk pk_cars [ID]",
                "fk fk_cars_ID_VEHICLE [ID] -> VEHICLE [ID]");
    }

    @Test
    void aSingleTableSubclassLeavesItsPrimitiveAndRequiredColumnsNullable() {
        assertThat(SchemaText.of(EDGE, "WIDGET")).containsExactly(
                "ID big_integer not null",
                "DTYPE string(31)",
                "SIZE integer not null",
                "TURNS integer",
                "VEHICLE_ID big_integer",
                "pk pk_WIDGET [ID]",
                "fk fk_WIDGET_VEHICLE_ID_VEHICLE [VEHICLE_ID] -> VEHICLE [ID]");
    }

    @Test
    void foreignKeysFollowTheirAnnotationsAndConvertedColumnsTheirConverters() {
        // EclipseLink's generator would keep only fk_garage_owner: a named key makes a table's keys user-defined.
        // A converted duration is the converter's integer; one without a converter is serialised to bytes.
        assertThat(SchemaText.of(EDGE, "garages")).containsExactly(
                "ID big_integer not null",
                "code string(10)",
                "LABEL string(30)",
                "PARKEDFOR integer",
                "WASHEVERY binary",
                "ZONE string(4)",
                "car_id big_integer",
                "owner_id big_integer not null",
                "WIDGET_ID big_integer",
                "pk pk_garages [ID]",
                "unique uq_garage_code [code, ZONE]",
                "fk fk_garage_owner [owner_id] -> VEHICLE [ID] on delete CASCADE on update NO ACTION",
                "fk fk_garages_WIDGET_ID_WIDGET [WIDGET_ID] -> WIDGET [ID]",
                "unique index ix_garages_LABEL [LABEL]");
    }

    @Test
    void aModelWithoutGeneratorsHasNoSequencesAndNoSeedRows() {
        var model = new JpaModelSource().read(LibraryModels.packages("postgresql", "io.loquent.jpa.fixtures.edge"));
        assertThat(model.schema().sequences()).isEmpty();
        assertThat(model.seedRows()).isEmpty();
        assertThat(model.schema().tableNames()).containsExactly("VEHICLE", "cars", "WIDGET", "garages");
    }
}
