package io.loquent.core;

import io.loquent.api.LoquentException;
import java.util.List;

/** Scripts that the database has applied have changed since. */
public class ChecksumMismatchException extends LoquentException {
    private static final long serialVersionUID = 1L;

    /**
     * One changed script.
     *
     * @param revision the revision id
     * @param source   its file or class
     * @param applied  the checksum recorded when it was applied
     * @param current  the checksum of the script now
     */
    public record Mismatch(String revision, String source, String applied, String current) {
        /** {@code revision ae10 (file) has changed since it was applied (applied sha256:…, now sha256:…)}. */
        public String describe() {
            return "revision " + revision + " (" + source + ") has changed since it was applied (applied "
                    + shortSum(applied) + ", now " + shortSum(current) + ")";
        }
    }

    /** What to do about changed scripts. */
    public static final String ADVICE = "Restore the script as it was, run 'loquent stamp current' to accept the"
            + " scripts as they are now, or pass --ignore-checksums";

    private final List<Mismatch> mismatches;

    public ChecksumMismatchException(List<Mismatch> mismatches) {
        super(message(mismatches));
        this.mismatches = List.copyOf(mismatches);
    }

    private static String message(List<Mismatch> list) {
        String more = list.size() == 1 ? "" : " (and " + (list.size() - 1) + " more: "
                + String.join(", ", list.stream().skip(1).map(Mismatch::revision).toList()) + ")";
        return list.get(0).describe() + more + ". " + ADVICE;
    }

    private static String shortSum(String checksum) {
        int colon = checksum.indexOf(':');
        return checksum.substring(0, Math.min(checksum.length(), colon + 13));
    }

    public List<Mismatch> mismatches() {
        return mismatches;
    }
}
