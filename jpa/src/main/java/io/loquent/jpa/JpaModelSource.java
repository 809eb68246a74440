package io.loquent.jpa;

import io.loquent.api.model.MappedModel;
import io.loquent.api.model.ModelException;
import io.loquent.api.model.ModelRequest;
import io.loquent.api.model.ModelSource;
import io.loquent.jpa.internal.ModelDeployment;
import io.loquent.jpa.internal.Platforms;
import io.loquent.jpa.internal.SchemaReader;
import io.loquent.jpa.internal.UnitSelection;
import java.util.Objects;
import org.eclipse.persistence.internal.jpa.deployment.SEPersistenceUnitInfo;

/**
 * The model source {@code jpa}: the schema an application's JPA entities map, as EclipseLink maps them on the
 * request's database, read without a connection. EclipseLink builds its descriptors for the entity classes (given,
 * found in packages, or listed by a persistence unit) with the platform the application gets on that database; its
 * own schema framework then gives the tables, columns, keys, indexes and sequences, which are reported with the
 * names EclipseLink sends (defaulted names upper-cased, explicit ones as written) and Loquent's names for what the
 * model leaves unnamed. Table generators come with the row each needs in its table.
 *
 * <p>The request's class loader must see this module's classes (be, or delegate to, the loader that loaded Loquent),
 * because EclipseLink loads its log and the entity classes through it.
 */
public final class JpaModelSource implements ModelSource {
    @Override
    public String name() {
        return "jpa";
    }

    @Override
    public MappedModel read(ModelRequest request) {
        Objects.requireNonNull(request, "request");
        requireVisible(request.classLoader());
        SEPersistenceUnitInfo unit = UnitSelection.select(request);
        String platform = Platforms.forDatabase(request.database(), unit.getProperties());
        try (ModelDeployment deployment = ModelDeployment.open(unit, platform)) {
            return SchemaReader.read(deployment.project(), request.naming());
        }
    }

    private static void requireVisible(ClassLoader loader) {
        try {
            if (Class.forName(JpaModelSource.class.getName(), false, loader) == JpaModelSource.class) {
                return;
            }
        } catch (ClassNotFoundException e) {
            // reported below
        }
        throw new ModelException("class loader '" + loader + "' does not see Loquent's JPA module as Loquent loaded"
                + " it: EclipseLink could not load its log or the entity classes consistently. Give a loader whose"
                + " parent is the one that loaded Loquent.");
    }
}
