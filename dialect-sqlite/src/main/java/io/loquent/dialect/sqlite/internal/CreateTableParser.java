package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import io.loquent.dialect.sqlite.internal.SqlToken.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code CREATE TABLE} statement SQLite keeps in {@code sqlite_master} into a {@link TableDefinition},
 * following SQLite's grammar (https://www.sqlite.org/lang_createtable.html): quoted names, nested parentheses, string
 * literals and comments cannot shift a clause boundary. Each clause keeps its original text, so that what Loquent
 * does not change is written back exactly as it was.
 */
final class CreateTableParser {
    private static final Set<String> COLUMN_CLAUSES = Set.of("constraint", "primary", "not", "null", "unique",
            "check", "default", "collate", "references", "generated", "as");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("constraint", "primary", "unique", "check", "foreign");

    private final TokenCursor in;

    private CreateTableParser(String sql) {
        this.in = new TokenCursor(sql);
    }

    /**
     * The definition written by {@code sql}.
     *
     * @throws SqlSyntaxException when the text is not a {@code CREATE TABLE} statement this parser understands
     */
    static TableDefinition parse(String sql) {
        return new CreateTableParser(sql).table();
    }

    /** The condition inside {@code CHECK ( … )}, as written, from the body of a check clause or constraint. */
    static String checkCondition(String checkBody) {
        TokenCursor cursor = new TokenCursor(checkBody);
        cursor.expectKeyword("CHECK");
        List<SqlToken> inner = cursor.balanced();
        if (inner.isEmpty()) {
            throw cursor.error("expected a condition");
        }
        return checkBody.substring(inner.get(0).start(), inner.get(inner.size() - 1).end());
    }

    /**
     * The deferral of a foreign key clause, as SQLite applies it: {@code DEFERRABLE INITIALLY DEFERRED} defers it;
     * {@code DEFERRABLE} alone or {@code INITIALLY IMMEDIATE} makes it deferrable but immediate; none, or
     * {@code NOT DEFERRABLE}, is null.
     */
    static TableConstraint.Deferral deferral(String foreignKeyBody) {
        List<SqlToken> tokens = SqlLexer.tokenize(foreignKeyBody);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isKeyword("DEFERRABLE")) {
                if (i > 0 && tokens.get(i - 1).isKeyword("NOT")) {
                    return null;
                }
                boolean deferred = i + 2 < tokens.size() && tokens.get(i + 1).isKeyword("INITIALLY")
                        && tokens.get(i + 2).isKeyword("DEFERRED");
                return deferred ? TableConstraint.Deferral.DEFERRED : TableConstraint.Deferral.IMMEDIATE;
            }
        }
        return null;
    }

    private TableDefinition table() {
        in.expectKeyword("CREATE");
        if (!in.acceptKeyword("TEMP")) {
            in.acceptKeyword("TEMPORARY");
        }
        in.expectKeyword("TABLE");
        if (in.acceptKeyword("IF")) {
            in.expectKeyword("NOT");
            in.expectKeyword("EXISTS");
        }
        String name = in.name();
        if (in.accept(".")) {
            name = in.name();
        }
        in.expect("(");
        List<ColumnDefinition> columns = new ArrayList<>();
        List<TableConstraintDefinition> constraints = new ArrayList<>();
        do {
            if (!constraints.isEmpty() || startsAny(TABLE_CONSTRAINTS)) {
                // SQLite lets table constraints follow each other without a comma
                while (startsAny(TABLE_CONSTRAINTS)) {
                    constraints.add(tableConstraint());
                }
                if (constraints.isEmpty()) {
                    throw in.error("expected a table constraint");
                }
            } else {
                columns.add(column());
            }
        } while (in.accept(","));
        in.expect(")");
        return options(new TableDefinition(name, columns, constraints, false, false));
    }

    private TableDefinition options(TableDefinition table) {
        boolean withoutRowid = false;
        boolean strict = false;
        if (!in.atEnd() && !in.peekIs(";")) {
            do {
                if (in.acceptKeyword("WITHOUT")) {
                    in.expectKeyword("ROWID");
                    withoutRowid = true;
                } else {
                    in.expectKeyword("STRICT");
                    strict = true;
                }
            } while (in.accept(","));
        }
        in.accept(";");
        if (!in.atEnd()) {
            throw in.error("unexpected text after the table definition");
        }
        return new TableDefinition(table.name(), table.columns(), table.constraints(), withoutRowid, strict);
    }

    private boolean startsAny(Set<String> keywords) {
        SqlToken t = in.peek();
        return t != null && t.type() == Type.WORD && keywords.contains(SqlToken.key(t.text()));
    }

    private ColumnDefinition column() {
        String name = in.name();
        int typeStart = -1;
        int depth = 0;
        while (!in.atEnd()) {
            SqlToken t = in.peek();
            if (depth == 0 && (t.is(",") || t.is(")") || startsAny(COLUMN_CLAUSES))) {
                break;
            }
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            typeStart = typeStart < 0 ? t.start() : typeStart;
            in.next();
        }
        String type = typeStart < 0 ? "" : in.textFrom(typeStart);
        List<ColumnClause> clauses = new ArrayList<>();
        while (startsAny(COLUMN_CLAUSES)) {
            ColumnClause clause = columnClause();
            if (clause != null) {
                clauses.add(clause);
            }
        }
        return new ColumnDefinition(name, type, clauses);
    }

    /** One column clause; null for a {@code CONSTRAINT name} that names nothing, which SQLite accepts. */
    private ColumnClause columnClause() {
        String name = null;
        if (in.acceptKeyword("CONSTRAINT")) {
            name = in.name();
            if (!startsAny(COLUMN_CLAUSES) || in.peekKeyword("CONSTRAINT")) {
                return null;
            }
        }
        int start = in.peek().start();
        String keyword = SqlToken.key(in.next().text());
        Kind kind = switch (keyword) {
            case "primary" -> {
                in.expectKeyword("KEY");
                if (!in.acceptKeyword("ASC")) {
                    in.acceptKeyword("DESC");
                }
                onConflict();
                in.acceptKeyword("AUTOINCREMENT");
                yield Kind.PRIMARY_KEY;
            }
            case "not" -> {
                in.expectKeyword("NULL");
                onConflict();
                yield Kind.NOT_NULL;
            }
            case "null" -> {
                onConflict();
                yield Kind.NULL;
            }
            case "unique" -> {
                onConflict();
                yield Kind.UNIQUE;
            }
            case "check" -> {
                in.balanced();
                yield Kind.CHECK;
            }
            case "default" -> {
                defaultValue();
                yield Kind.DEFAULT;
            }
            case "collate" -> {
                in.name();
                yield Kind.COLLATE;
            }
            case "references" -> {
                references();
                yield Kind.REFERENCES;
            }
            case "generated" -> {
                in.expectKeyword("ALWAYS");
                in.expectKeyword("AS");
                generated();
                yield Kind.GENERATED;
            }
            default -> { // "as"
                generated();
                yield Kind.GENERATED;
            }
        };
        return new ColumnClause(kind, name, in.textFrom(start));
    }

    private TableConstraintDefinition tableConstraint() {
        String name = in.acceptKeyword("CONSTRAINT") ? in.name() : null;
        if (in.atEnd()) {
            throw in.error("expected a table constraint");
        }
        int start = in.peek().start();
        String keyword = SqlToken.key(in.next().text());
        TableConstraint.Kind kind;
        List<String> columns = List.of();
        switch (keyword) {
            case "primary", "unique" -> {
                if (keyword.equals("primary")) {
                    in.expectKeyword("KEY");
                }
                kind = keyword.equals("primary") ? TableConstraint.Kind.PRIMARY_KEY : TableConstraint.Kind.UNIQUE;
                columns = indexedColumns(in.balanced());
                onConflict();
            }
            case "check" -> {
                kind = TableConstraint.Kind.CHECK;
                in.balanced();
                onConflict();
            }
            case "foreign" -> {
                kind = TableConstraint.Kind.FOREIGN_KEY;
                in.expectKeyword("KEY");
                columns = indexedColumns(in.balanced());
                in.expectKeyword("REFERENCES");
                references();
            }
            default -> throw in.error("expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY");
        }
        return new TableConstraintDefinition(kind, name, columns, in.textFrom(start));
    }

    /** The column names of {@code a COLLATE x DESC, b}: the first token of each item. */
    private List<String> indexedColumns(List<SqlToken> inner) {
        List<String> names = new ArrayList<>();
        for (List<SqlToken> item : TokenCursor.splitTopLevel(inner)) {
            if (item.isEmpty() || !item.get(0).isName()) {
                throw in.error("expected a column name in a key");
            }
            names.add(item.get(0).value());
        }
        return names;
    }

    private void onConflict() {
        if (in.peekKeyword("ON") && in.peek(1) != null && in.peek(1).isKeyword("CONFLICT")) {
            in.next();
            in.next();
            in.next();
        }
    }

    private void defaultValue() {
        if (in.peekIs("(")) {
            in.balanced();
            return;
        }
        if (in.accept("+") || in.accept("-")) {
            in.next();
            return;
        }
        in.next();
    }

    private void generated() {
        in.balanced();
        if (!in.acceptKeyword("STORED")) {
            in.acceptKeyword("VIRTUAL");
        }
    }

    /** What follows REFERENCES: the parent, its columns, actions, MATCH and deferral, in any order. */
    private void references() {
        in.name();
        if (in.peekIs("(")) {
            in.balanced();
        }
        while (!in.atEnd()) {
            if (in.peekKeyword("ON") && !(in.peek(1) != null && in.peek(1).isKeyword("CONFLICT"))) {
                in.next();
                in.next(); // DELETE or UPDATE
                if (in.acceptKeyword("SET") || in.acceptKeyword("NO")) {
                    in.next(); // NULL, DEFAULT or ACTION
                } else {
                    in.next(); // CASCADE or RESTRICT
                }
            } else if (in.acceptKeyword("MATCH")) {
                in.name();
            } else if (in.peekKeyword("NOT") && in.peek(1) != null && in.peek(1).isKeyword("DEFERRABLE")) {
                in.next();
                deferrable();
            } else if (in.peekKeyword("DEFERRABLE")) {
                deferrable();
            } else {
                return;
            }
        }
    }

    private void deferrable() {
        in.expectKeyword("DEFERRABLE");
        if (in.acceptKeyword("INITIALLY")) {
            in.next();
        }
    }
}
