package org.policydesk;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;

/**
 * Logback's configuration, in code: logs go to files only ({@code <log dir>/policydesk.log}, rolled daily and at
 * 5 MB, 30 days and 50 MB kept), because the console belongs to the CLI's own output. Logback finds this class
 * through {@code META-INF/services} before it looks for XML; reading a {@code logback.xml} cost every command
 * about 450 classes and a tenth of a second (decision 0084). A {@code logback-test.xml} on the class path (the
 * tests) or {@code -Dlogback.configurationFile} still wins.
 */
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty(Launcher.LOG_DIR_PROPERTY);
        configure(context, dir != null ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"), "policydesk-logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends {@code context}'s INFO and above (WARN for jOOQ) to the rolled log files in {@code dir}. */
    static void configure(LoggerContext context, Path dir) {
        // Logback's own status messages (it prints warnings to the console without a listener) stay quiet.
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("policydesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("policydesk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder);
        file.start();
        context.getLogger("org.jooq").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
