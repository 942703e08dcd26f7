package org.policydesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LauncherTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                        | true
            --db /tmp/x               | true
            --db=/tmp/x --open 5:125  | true
            list                      | false
            --db /tmp/x list          | false
            --version                 | false
            --help                    | false
            """)
    void opensTheWindowOnlyWhenNoCommandIsGiven(String args, boolean window) {
        String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
        assertThat(Launcher.isWindowStart(argv)).isEqualTo(window);
    }
}
