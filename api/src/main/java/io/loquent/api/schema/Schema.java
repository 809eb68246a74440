package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A schema: its tables, each by a distinct name. What a database holds (reflected by its dialect), what the revision
 * history builds (replayed), and what an application's entities map are all this record, so that any two compare.
 * Changed through the {@code with…} methods, which return a new schema.
 *
 * @param tables    the tables, in the order they were read or created
 * @param sequences the sequences, where the database has them
 * @param views     the views
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<View> views) {
    /** A schema without tables. */
    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        views = List.copyOf(views);
        Set<String> seen = new HashSet<>();
        for (Table t : tables) {
            if (!seen.add(t.name())) {
                throw new DefinitionException("the schema holds table '" + t.name() + "' twice");
            }
        }
        Set<String> seenSequences = new HashSet<>();
        for (Sequence s : sequences) {
            if (!seenSequences.add(s.name())) {
                throw new DefinitionException("the schema holds sequence '" + s.name() + "' twice");
            }
        }
        Set<String> seenViews = new HashSet<>();
        for (View v : views) {
            if (!seenViews.add(v.name())) {
                throw new DefinitionException("the schema holds view '" + v.name() + "' twice");
            }
        }
    }

    /** A schema of tables and sequences, and no views. */
    public Schema(List<Table> tables, List<Sequence> sequences) {
        this(tables, sequences, List.of());
    }

    /** A schema of tables and no sequences. */
    public Schema(List<Table> tables) {
        this(tables, List.of());
    }

    /** The sequence called {@code sequence}. */
    public Optional<Sequence> sequence(String sequence) {
        return sequences.stream().filter(s -> s.name().equals(sequence)).findFirst();
    }

    /** The view called {@code view}. */
    public Optional<View> view(String view) {
        return views.stream().filter(v -> v.name().equals(view)).findFirst();
    }

    /** The table called {@code table}. */
    public Optional<Table> table(String table) {
        return tables.stream().filter(t -> t.name().equals(table)).findFirst();
    }

    /** The tables' names, in order. */
    public List<String> tableNames() {
        return tables.stream().map(Table::name).toList();
    }

    /** This schema with {@code table} in place of the table of the same name, or added at the end. */
    public Schema withTable(Table table) {
        return new Schema(Table.replaced(tables, table, Table::name), sequences, views);
    }

    /** This schema without the table called {@code table}. */
    public Schema withoutTable(String table) {
        return new Schema(tables.stream().filter(t -> !t.name().equals(table)).toList(), sequences, views);
    }

    /** This schema with {@code sequence} in place of the sequence of the same name, or added at the end. */
    public Schema withSequence(Sequence sequence) {
        return new Schema(tables, Table.replaced(sequences, sequence, Sequence::name), views);
    }

    /** This schema without the sequence called {@code sequence}. */
    public Schema withoutSequence(String sequence) {
        return new Schema(tables, sequences.stream().filter(s -> !s.name().equals(sequence)).toList(), views);
    }

    /** This schema with {@code view} in place of the view of the same name, or added at the end. */
    public Schema withView(View view) {
        return new Schema(tables, sequences, Table.replaced(views, view, View::name));
    }

    /** This schema without the view called {@code view}. */
    public Schema withoutView(String view) {
        return new Schema(tables, sequences, views.stream().filter(v -> !v.name().equals(view)).toList());
    }
}
