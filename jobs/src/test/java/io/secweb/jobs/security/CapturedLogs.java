package io.secweb.jobs.security;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Captures every log line (message and stack trace) of this JVM at INFO and above for Kafka, Flink and secweb
 * while open, raising their levels from the test defaults for that time; restores them on close.
 */
final class CapturedLogs extends AbstractAppender implements AutoCloseable {
    private static final String[] LOGGERS = {"org.apache.kafka", "kafka", "org.apache.flink", "io.secweb", "co.elastic"};
    private final StringBuffer text = new StringBuffer();
    private final Map<String, Level> previous = new HashMap<>();
    private int lines;

    CapturedLogs() {
        super("captured", null, null, true, Property.EMPTY_ARRAY);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        start();
        config.getRootLogger().addAppender(this, Level.ALL, null);
        for (String name : LOGGERS) {
            LoggerConfig lc = config.getLoggerConfig(name);
            if (lc.getName().equals(name)) {
                previous.put(name, lc.getLevel());
                lc.setLevel(Level.INFO);
            } else {
                LoggerConfig added = new LoggerConfig(name, Level.INFO, true);
                config.addLogger(name, added);
                previous.put(name, null);
            }
        }
        ctx.updateLoggers();
    }

    @Override
    public synchronized void append(LogEvent event) {
        lines++;
        text.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                .append(event.getMessage().getFormattedMessage()).append('\n');
        if (event.getThrown() != null) {
            StringWriter w = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(w));
            text.append(w).append('\n');
        }
    }

    String text() {
        return text.toString();
    }

    synchronized int lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getRootLogger().removeAppender(getName());
        previous.forEach((name, level) -> {
            if (level == null) {
                config.removeLogger(name);
            } else {
                config.getLoggerConfig(name).setLevel(level);
            }
        });
        ctx.updateLoggers();
        stop();
    }
}
