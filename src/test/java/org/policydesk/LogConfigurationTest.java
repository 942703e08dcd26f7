package org.policydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

/** The log configuration in code writes what logback.xml used to write, where it used to write it. */
class LogConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void infoAndAboveGoToTheLogFileAndJooqOnlyFromWarn() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's provider does for its own context
        LogConfiguration.configure(context, dir.resolve("logs"));

        context.getLogger("org.policydesk.service.Workspaces").info("Loaded {} sample files", 2);
        context.getLogger("org.policydesk.service.Workspaces").debug("not this");
        context.getLogger("org.jooq.Constants").info("nor the jOOQ logo");
        context.getLogger("org.jooq.impl.DSL").warn("but a jOOQ warning");
        context.stop();

        List<String> lines = Files.readAllLines(dir.resolve("logs/policydesk.log"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[.+] INFO  "
                + "org\\.policydesk\\.service\\.Workspaces - Loaded 2 sample files");
        assertThat(lines.get(1)).endsWith("WARN  org.jooq.impl.DSL - but a jOOQ warning");
    }

    @Test
    void aLogbackTestXmlOnTheClassPathWins() {
        LoggerContext context = new LoggerContext();
        LogConfiguration configuration = new LogConfiguration();
        configuration.setContext(context);

        assertThat(configuration.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger("org.policydesk").iteratorForAppenders().hasNext()).isFalse();
    }
}
