package io.loquent.jpa;

import io.loquent.jpa.internal.SqliteConversions;
import io.loquent.jpa.internal.SqliteValues;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.persistence.internal.helper.ConversionManager;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * The EclipseLink platform for SQLite, which EclipseLink does not ship. An application that runs EclipseLink on SQLite
 * sets {@code eclipselink.target-database} to this class; Loquent's JPA model source reads the model for
 * {@code sqlite} with it, so the schema it compares is the one this platform uses.
 *
 * <p>What differs from EclipseLink's generic {@link DatabasePlatform}, and why:
 * <ul>
 *   <li>outer joins are written in SQL-92 syntax: the generic platform writes JDBC's {@code {oj ...}} escape, which
 *       SQLite's driver does not understand, so every query over a joined hierarchy or with a left join fails;</li>
 *   <li>identity columns are supported: a key is a rowid alias and is read back with {@code last_insert_rowid()} on
 *       the inserting connection. Without this, EclipseLink turns {@code IDENTITY} and {@code SEQUENCE} generation
 *       into a sequence table that the application must create and seed;</li>
 *   <li>a {@link UUID} is bound as its text, which is how Loquent declares it on SQLite ({@code VARCHAR(36)}):
 *       EclipseLink's generic platform binds its 16 bytes, which SQLite stores as a blob that no text compares
 *       with. Reading accepts both;</li>
 *   <li>dates, times and timestamps are bound as the text SQLite's date functions write (timestamps with a zone in
 *       UTC, like {@code CURRENT_TIMESTAMP}), and read from that text or from epoch milliseconds, by the attribute's
 *       type (see {@link SqliteValues}): sqlite-jdbc would write epoch milliseconds and fail to read the text a
 *       column default or a script writes;</li>
 *   <li>no {@code FOR UPDATE}: SQLite has none (a writer locks the whole database), so a pessimistic lock reads
 *       the row without a lock clause instead of failing.</li>
 * </ul>
 */
public class SqlitePlatform extends DatabasePlatform {
    private static final long serialVersionUID = 1L;

    private final ConversionManager conversions = new SqliteConversions();

    /** The platform EclipseLink instantiates from {@code eclipselink.target-database}. */
    public SqlitePlatform() {
        super();
    }

    /** SQLite's conversions, whatever a previous platform's settings EclipseLink copies into this one. */
    @Override
    public ConversionManager getConversionManager() {
        return conversions;
    }

    /**
     * Never: every value is read with {@code getObject} and converted by the attribute's type, because sqlite-jdbc's
     * typed getters guess from the declared type, and its {@code getTimestamp} fails on SQLite's own timestamp text.
     */
    @Override
    public boolean shouldOptimizeDataConversion() {
        return false;
    }

    @Override
    public boolean shouldUseJDBCOuterJoinSyntax() {
        return false;
    }

    @Override
    public boolean supportsIdentity() {
        return true;
    }

    @Override
    public ValueReadQuery buildSelectQueryForIdentity() {
        return new ValueReadQuery("SELECT last_insert_rowid()");
    }

    @Override
    public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index,
                                                AbstractSession session) throws SQLException {
        String text = SqliteValues.text(parameter);
        if (text != null) {
            statement.setString(index, text);
        } else {
            super.setParameterValueInDatabaseCall(parameter, statement, index, session);
        }
    }

    @Override
    public String getSelectForUpdateString() {
        return "";
    }
}
