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
    }

    private final List<Mismatch> mismatches;

    public ChecksumMismatchException(List<Mismatch> mismatches) {
        super(message(mismatches));
        this.mismatches = List.copyOf(mismatches);
    }

    private static String message(List<Mismatch> list) {
        Mismatch m = list.get(0);
        String more = list.size() == 1 ? "" : " (and " + (list.size() - 1) + " more: "
                + String.join(", ", list.stream().skip(1).map(Mismatch::revision).toList()) + ")";
        return "revision " + m.revision() + " (" + m.source() + ") has changed since it was applied (applied "
                + shortSum(m.applied()) + ", now " + shortSum(m.current()) + ")" + more
                + ". Restore the script as it was, run 'loquent stamp " + m.revision()
                + "' to accept it as it is, or pass --ignore-checksums";
    }

    private static String shortSum(String checksum) {
        int colon = checksum.indexOf(':');
        return checksum.substring(0, Math.min(checksum.length(), colon + 13));
    }

    public List<Mismatch> mismatches() {
        return mismatches;
    }
}
