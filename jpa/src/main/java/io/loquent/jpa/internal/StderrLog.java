package io.loquent.jpa.internal;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log while a model is read: warnings and errors go to standard error, everything else nowhere.
 * EclipseLink's default log writes every INFO line to standard output, which is the command's output (a script,
 * a diff), so reading a model must not use it. EclipseLink instantiates this class by name
 * ({@code eclipselink.logging.logger}), hence the public no-argument constructor.
 */
public final class StderrLog extends AbstractSessionLog {
    /** A log at WARNING. */
    public StderrLog() {
        setLevel(SessionLog.WARNING);
    }

    @Override
    public void log(SessionLogEntry entry) {
        // The level may be lowered by a persistence unit's eclipselink.logging.level; this log never goes below WARNING.
        if (entry.getLevel() < SessionLog.WARNING || !shouldLog(entry.getLevel(), entry.getNameSpace())) {
            return;
        }
        String text = entry.hasMessage() ? formatMessage(entry) : "";
        if (entry.hasException()) {
            text = text.isEmpty() ? String.valueOf(entry.getException()) : text + ": " + entry.getException();
        }
        System.err.println("EclipseLink " + (entry.getLevel() >= SessionLog.SEVERE ? "error" : "warning") + ": " + text);
    }
}
