package io.loquent.core;

import io.loquent.api.LoquentException;
import java.util.List;

/**
 * A revision script that cannot be used: it does not compile, has no valid {@code @Revision}, or cannot be
 * instantiated. {@link #problems()} lists each as {@code file:line: message}; nothing was applied. The message's first
 * line names the first problem and what to do; further problems follow, one an indented line.
 */
public class ScriptException extends LoquentException {
    private static final long serialVersionUID = 1L;
    /** How many problems beyond the first the message lists; {@link #problems()} has them all. */
    public static final int LISTED = 20;
    private final List<String> problems;

    public ScriptException(List<String> problems, String advice) {
        super(summary(problems, advice));
        this.problems = List.copyOf(problems);
    }

    public ScriptException(String problem, String advice, Throwable cause) {
        super(summary(List.of(problem), advice), cause);
        this.problems = List.of(problem);
    }

    /**
     * One line for the first problem and the advice, so that an {@code ERROR:} line stands alone; the other problems
     * follow on lines of their own, indented, at most {@value #LISTED} of them.
     */
    private static String summary(List<String> problems, String advice) {
        StringBuilder sb = new StringBuilder(problems.get(0));
        int more = problems.size() - 1;
        if (more > 0) {
            sb.append(" (and ").append(more).append(" more, below)");
        }
        sb.append(". ").append(advice);
        problems.stream().skip(1).limit(LISTED).forEach(p -> sb.append("\n  ").append(p));
        if (more > LISTED) {
            sb.append("\n  and ").append(more - LISTED).append(" more");
        }
        return sb.toString();
    }

    /** Each problem as {@code file:line: message}. */
    public List<String> problems() {
        return problems;
    }
}
