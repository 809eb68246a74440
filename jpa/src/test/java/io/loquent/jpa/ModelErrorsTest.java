package io.loquent.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.model.ModelException;
import io.loquent.api.model.ModelRequest;
import io.loquent.jpa.fixtures.baddefinition.Odd;
import io.loquent.jpa.fixtures.broken.NoKey;
import io.loquent.jpa.fixtures.edge.Car;
import io.loquent.jpa.fixtures.edge.Dial;
import io.loquent.jpa.fixtures.edge.Garage;
import io.loquent.jpa.fixtures.edge.Vehicle;
import io.loquent.jpa.fixtures.edge.Widget;
import io.loquent.jpa.fixtures.mappedby.Clerk;
import io.loquent.jpa.fixtures.mappedby.Shop;
import io.loquent.jpa.fixtures.plain.Plain;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way a model cannot be read, and the one-line message that says where and what to do. */
class ModelErrorsTest {
    private final JpaModelSource source = new JpaModelSource();

    @Test
    void aGivenClassThatIsNotAnEntityIsNamed() {
        assertThatThrownBy(() -> source.read(LibraryModels.classes("postgresql", Plain.class)))
                .isInstanceOf(ModelException.class)
                .hasMessage("class 'io.loquent.jpa.fixtures.plain.Plain' is not an entity: it is not annotated"
                        + " @Entity, @Embeddable, @MappedSuperclass or @Converter. Give only the model's classes, or"
                        + " scan their package.");
    }

    @Test
    void aPackageWithoutEntitiesNamesThePackageAndWhereItWasSearched() {
        assertThatThrownBy(() -> source.read(LibraryModels.packages("postgresql", "io.loquent.jpa.fixtures.plain")))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("package 'io.loquent.jpa.fixtures.plain' holds no @Entity class: searched [file:")
                .hasMessageContaining("test-classes/io/loquent/jpa/fixtures/plain] (1 classes)")
                .hasMessageEndingWith(". Name the package of the entity classes, or put their classes on the class path.");
    }

    @Test
    void aPackageNotOnTheClassPathSaysSo() {
        assertThatThrownBy(() -> source.read(LibraryModels.packages("postgresql", "com.example.nowhere")))
                .isInstanceOf(ModelException.class)
                .hasMessage("package 'com.example.nowhere' holds no @Entity class: searched the class path, where no"
                        + " folder or jar has it. Name the package of the entity classes, or put their classes on the"
                        + " class path.");
    }

    @Test
    void aMissingPersistenceUnitListsTheUnitsFound() {
        assertThatThrownBy(() -> source.read(LibraryModels.unit("postgresql", "shop")))
                .isInstanceOf(ModelException.class)
                .hasMessage("persistence unit 'shop' is not in any META-INF/persistence.xml on the class path: found"
                        + " 'library', 'library-on-mysql'. Name one of the units found, or put the application's"
                        + " persistence.xml on the class path.");
    }

    @Test
    void anEntityWithoutKeyIsRejectedNamingTheClass() {
        assertThatThrownBy(() -> source.read(LibraryModels.classes("postgresql", NoKey.class)))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("entity class 'io.loquent.jpa.fixtures.broken.NoKey' is rejected by EclipseLink:"
                        + " Entity class [class io.loquent.jpa.fixtures.broken.NoKey] has no primary key specified.")
                .hasMessageEndingWith(" Fix that mapping, then read the model again.")
                .hasNoSuppressedExceptions()
                .cause().isNotNull();
    }

    @Test
    void aRelationEclipseLinkRejectsNamesTheClassAndField() {
        assertThatThrownBy(() -> source.read(LibraryModels.classes("postgresql", Shop.class, Clerk.class)))
                .isInstanceOf(ModelException.class)
                .hasMessage("field 'clerks' of entity class 'io.loquent.jpa.fixtures.mappedby.Shop' is rejected by"
                        + " EclipseLink: The attribute [clerks] in entity class [class"
                        + " io.loquent.jpa.fixtures.mappedby.Shop] has a mappedBy value of [store] which does not exist"
                        + " in its owning entity class [class io.loquent.jpa.fixtures.mappedby.Clerk]. If the owning"
                        + " entity class is a @MappedSuperclass, this is invalid, and your attribute should reference"
                        + " the correct subclass. Fix that mapping, then read the model again.")
                .cause().isNotNull();
    }

    @Test
    void aConverterLeftOutOfTheGivenClassesNamesTheFieldThatUsesIt() {
        assertThatThrownBy(() -> source.read(LibraryModels.classes("postgresql", Garage.class, Vehicle.class,
                Car.class, Widget.class, Dial.class)))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("field 'parkedFor' of entity class 'io.loquent.jpa.fixtures.edge.Garage' is"
                        + " rejected by EclipseLink: The converter class [io.loquent.jpa.fixtures.edge.MinutesConverter]"
                        + " specified on the mapping attribute [parkedFor] from the class"
                        + " [io.loquent.jpa.fixtures.edge.Garage] was not found.");
    }

    @Test
    void anUnknownColumnDefinitionTypeNamesTheClassAndField() {
        assertThatThrownBy(() -> source.read(LibraryModels.classes("postgresql", Odd.class)))
                .isInstanceOf(ModelException.class)
                .hasMessage("column definition 'GEOMETRY(POINT, 4326) NOT NULL' of column 'PLACE' of table 'ODD'"
                        + " (field 'place' of entity class 'io.loquent.jpa.fixtures.baddefinition.Odd') starts with a"
                        + " type Loquent cannot compare. Start it with a standard SQL type (VARCHAR(n), INTEGER, BIGINT,"
                        + " NUMERIC(p,s), TIMESTAMP, ...), or leave columnDefinition out.");
    }

    @Test
    void aClassLoaderThatDoesNotSeeLoquentIsRefused() throws IOException {
        try (URLClassLoader isolated = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> source.read(new ModelRequest(isolated, List.of(), List.of("a.b"), null,
                    new TestNaming(), "postgresql")))
                    .isInstanceOf(ModelException.class)
                    .hasMessage("class loader '" + isolated + "' does not see Loquent's JPA module as Loquent loaded it:"
                            + " EclipseLink could not load its log or the entity classes consistently. Give a loader"
                            + " whose parent is the one that loaded Loquent.");
        }
    }

    @Test
    void anUnknownDatabaseListsTheSupportedOnes() {
        assertThatThrownBy(() -> source.read(LibraryModels.classes("oracle", Shop.class)))
                .isInstanceOf(ModelException.class)
                .hasMessage("database 'oracle' has no EclipseLink platform in Loquent's JPA model source: use"
                        + " postgresql, mysql, mariadb or sqlite, or set eclipselink.target-database in the persistence"
                        + " unit.");
    }
}
