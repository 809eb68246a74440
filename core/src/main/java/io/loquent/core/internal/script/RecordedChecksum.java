package io.loquent.core.internal.script;

import io.loquent.api.MigrationScript;
import io.loquent.api.Revision;
import io.loquent.core.internal.dsl.DataAccess;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.dsl.OperationRecorder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The checksum of a revision compiled by the application's build: what it does, not how it was compiled. Its
 * {@code upgrade} and {@code downgrade} run against a recording {@link OperationRecorder} that touches no database,
 * and the checksum ({@code ops1:} and a SHA-256) is taken over the {@link CanonicalForm} of the operations they
 * record, with the revision's id, parents and dependencies. Comments, javac's {@code -g}/{@code -parameters} flags,
 * another JDK or an IDE's compiler change none of it; a changed column length does. The message and the branch
 * labels are left out: they describe a revision without changing what it does.
 *
 * <ul>
 *   <li>A method that throws is recorded as the operations before the throw and the exception's type, so an
 *       irreversible downgrade ({@code throw new UnsupportedOperationException()}) has a stable checksum.</li>
 *   <li>Each method is recorded twice and what differs between the two (a {@code UUID.randomUUID()}, a counter, a
 *       nanosecond timestamp in a string) is left out, so a value that changes on every run never raises a false
 *       alarm. Date and time values are left out in any case (see {@link CanonicalForm}).</li>
 *   <li>A script that reads or writes rows ({@code op.query}, {@code op.update}) is recorded with each statement and
 *       its parameters; a query reads no row here, so the checksum covers what the script does when the tables are
 *       empty. {@code op.connection()} throws here, and is recorded as that throw.</li>
 *   <li>A script that cannot even be instantiated fails here with the error any run of it would give.</li>
 * </ul>
 */
final class RecordedChecksum {
    /** The prefix, versioned: a new definition takes a new prefix and recognises this one as earlier. */
    static final String PREFIX = "ops1:";
    /** Names as the defaults give them, never cut: the checksum must not depend on a dialect's identifier limit. */
    private static final NamingConvention NAMING = NamingConvention.defaults(io.loquent.api.dialect.IdentifierLimit.NONE);

    private RecordedChecksum() {
    }

    /** The checksum of {@code type}, instantiated by {@code scripts} for each recording. */
    static String of(Class<? extends MigrationScript> type, Supplier<MigrationScript> scripts) {
        Revision revision = type.getAnnotation(Revision.class);
        TreeMap<String, Object> tree = new TreeMap<>();
        tree.put("id", revision.id());
        tree.put("down", sorted(revision.down()));
        tree.put("dependsOn", sorted(revision.dependsOn()));
        tree.put("upgrade", CanonicalForm.merge(record(scripts, true), record(scripts, true)));
        tree.put("downgrade", CanonicalForm.merge(record(scripts, false), record(scripts, false)));
        return PREFIX + Checksums.sha256(CanonicalForm.text(tree).getBytes(StandardCharsets.UTF_8))
                .substring(Checksums.SHA256.length());
    }

    private static List<String> sorted(String[] ids) {
        return Stream.of(ids).sorted().toList();
    }

    /** The canonical forms of what one run of upgrade or downgrade records, ending in {@code throws:…} if it threw. */
    private static List<Object> record(Supplier<MigrationScript> scripts, boolean upgrade) {
        List<Object> operations = new ArrayList<>();
        MigrationScript script = scripts.get();
        DataAccess data = DataAccess.recordingOnly((kind, sql, params) -> {
            TreeMap<String, Object> call = new TreeMap<>();
            call.put("data", kind);
            call.put("sql", sql);
            call.put("params", CanonicalForm.of(params));
            operations.add(call);
        }, "while Loquent computes the revision's checksum");
        OperationRecorder op = new OperationRecorder(o -> operations.add(CanonicalForm.of(o)), NAMING, Runnable::run,
                data);
        try {
            op.play(script, upgrade);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // what the script does includes failing, whatever it throws
            operations.add("throws:" + e.getClass().getName());
        }
        return operations;
    }
}
