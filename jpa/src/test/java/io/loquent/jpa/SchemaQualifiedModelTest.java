package io.loquent.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Schema;
import org.junit.jupiter.api.Test;

/** {@code @Table(schema = "s")} maps to the table {@code s.name}, as revisions name it. */
class SchemaQualifiedModelTest {
    private static final Schema MODEL = new JpaModelSource()
            .read(LibraryModels.packages("postgresql", "io.loquent.jpa.fixtures.schemas")).schema();

    @Test
    void anEntityWithASchemaIsATableOfThatSchemaAndItsKeysReferenceIt() {
        assertThat(MODEL.tableNames()).containsExactlyInAnyOrder("loquent_schemas_app.owners",
                "loquent_schemas_app.pets", "visits");
        assertThat(SchemaText.of(MODEL, "loquent_schemas_app.pets")).contains(
                "pk pk_pets [ID]",
                "fk fk_pets_OWNER_ID_owners [OWNER_ID] -> loquent_schemas_app.owners [ID]",
                "index ix_pets_NAME [NAME]");
        assertThat(SchemaText.of(MODEL, "visits"))
                .contains("fk fk_visits_PET_ID_pets [PET_ID] -> loquent_schemas_app.pets [ID]");
    }
}
