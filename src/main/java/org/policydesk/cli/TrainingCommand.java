package org.policydesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.policydesk.model.Employee;
import org.policydesk.model.PolicyNumber;
import org.policydesk.model.Recurrence;
import org.policydesk.model.RowProblem;
import org.policydesk.model.SignInResult;
import org.policydesk.model.TrainingSession;
import org.policydesk.model.TrainingType;

@Command(name = "training", description = "Training types, sessions and attendance.")
final class TrainingCommand extends CommandGroup {

    TrainingCommand(CliContext context) {
        super(context);
    }

    @Command(name = "add-type", description = "Add or change a training type.")
    static final class AddType extends StoreCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        static final class Recurs {
            @Option(names = "--every-school-year", required = true)
            boolean schoolYear;
            @Option(names = "--every-years", paramLabel = "N", required = true)
            Integer years;
            @Option(names = "--within-days-of-hire", paramLabel = "N", required = true)
            Integer days;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Recurs recurs;
        @Option(names = "--grace-days", paramLabel = "N", defaultValue = "30",
                description = "Days a new hire has (default ${DEFAULT-VALUE}).")
        int graceDays;
        @Option(names = "--policy", paramLabel = "NUMBER", description = "A policy the training covers (repeatable;"
                + " replaces the ones it had). New sessions of the type start with these.")
        List<String> policies = new ArrayList<>();
        @Option(names = "--no-policies", description = "The training covers no policies (removes the ones it had).")
        boolean noPolicies;

        @Override
        public Integer call() throws Exception {
            if (noPolicies && !policies.isEmpty()) {
                throw new CliFailure("give --policy or --no-policies, not both");
            }
            // Without either option a changed type keeps the policies it covers.
            List<PolicyNumber> covered = noPolicies ? List.of() : policies.isEmpty() ? null : numbers(policies);
            return withWorkspace(w -> {
                TrainingType t = recurs.schoolYear
                        ? w.training().saveType(name, Recurrence.SCHOOL_YEAR, null, graceDays, covered)
                        : recurs.years != null
                        ? w.training().saveType(name, Recurrence.EVERY_N_YEARS, recurs.years, graceDays, covered)
                        : w.training().saveType(name, Recurrence.AT_HIRE, recurs.days, graceDays, covered);
                context.out.println(describe(t));
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    /** "Annual awareness: every school year; covers 5:125, 6:235". */
    static String describe(TrainingType t) {
        return t.name() + ": " + t.describeRecurrence()
                + (t.policies().isEmpty() ? "" : "; covers " + t.describePolicies());
    }

    static List<PolicyNumber> numbers(List<String> texts) {
        return texts.stream().map(StoreCommand::policyNumber).toList();
    }

    @Command(name = "types", description = "List training types.")
    static final class Types extends StoreCommand {
        @Override
        public Integer call() throws Exception {
            return withWorkspace(w -> {
                for (TrainingType t : w.training().types()) {
                    context.out.println(describe(t));
                }
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "add-session", description = "Record a held session; prints its number.")
    static final class AddSession extends StoreCommand {
        @Option(names = "--type", paramLabel = "NAME", required = true)
        String type;
        @Option(names = "--date", paramLabel = "DATE", required = true)
        String date;
        @Option(names = "--building", paramLabel = "CODE", description = "Omit for district-wide.")
        String building;
        @Option(names = "--presenter", paramLabel = "NAME")
        String presenter;
        @Option(names = "--policy", paramLabel = "NUMBER", description = "A policy the session covered (repeatable;"
                + " without it, the policies its training type covers).")
        List<String> policies = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<PolicyNumber> numbers = policies.isEmpty() ? null : numbers(policies);
            LocalDate held = CliDates.parse("--date", date);
            return withWorkspace(w -> {
                TrainingSession s = w.training().addSession(type, held, building, presenter, numbers);
                context.out.println(s.id());
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "sessions", description = "List sessions, newest first.")
    static final class Sessions extends StoreCommand {
        @Option(names = "--type", paramLabel = "NAME")
        String type;

        @Override
        public Integer call() throws Exception {
            return withWorkspace(w -> {
                for (TrainingSession s : w.training().sessions(type)) {
                    context.out.printf("%-5d %s %-10s %-40s %d attended%s%n", s.id(), s.heldOn(),
                            s.buildingCode() == null ? "district" : s.buildingCode(), s.trainingTypeName(),
                            s.attendeeCount(), s.policies().isEmpty() ? "" : "; covers " + String.join(", ",
                                    s.policies().stream().map(PolicyNumber::toString).toList()));
                }
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "attend", description = "Mark staff present at a session by employee ID.")
    static final class Attend extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SESSION")
        long session;
        @Parameters(index = "1..*", paramLabel = "EMPLOYEE_ID", arity = "1..*")
        List<String> employees;

        @Override
        public Integer call() throws Exception {
            return withWorkspace(w -> {
                int n = w.training().markAttendance(session, employees);
                context.out.println(n + " marked present");
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "attendees", description = "List who attended a session.")
    static final class Attendees extends StoreCommand {
        @Parameters(paramLabel = "SESSION")
        long session;

        @Override
        public Integer call() throws Exception {
            return withWorkspace(w -> {
                for (Employee e : w.training().attendees(session)) {
                    context.out.println(e.employeeNo() + " " + e.displayName());
                }
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }

    @Command(name = "sign-in", description = "Import a sign-in sheet (CSV/XLSX with employee IDs or names).")
    static final class SignIn extends StoreCommand {
        @Parameters(index = "0", paramLabel = "SESSION")
        long session;
        @Parameters(index = "1", paramLabel = "FILE")
        Path file;
        @Option(names = "--dry-run")
        boolean dryRun;
        @Option(names = "--accept-valid-rows")
        boolean acceptValidRows;

        @Override
        public Integer call() throws Exception {
            return withWorkspace(w -> {
                SignInResult r = w.training().importSignIn(session, file, dryRun, acceptValidRows);
                context.out.printf("%d rows: %d staff found (%d already marked), %d newly marked, %d errors%n",
                        r.rows(), r.matched(), r.alreadyPresent(), r.recorded(), r.problems().size());
                for (RowProblem p : r.problems()) {
                    context.out.println("  error " + p);
                }
                if (!dryRun && !r.problems().isEmpty() && !acceptValidRows) {
                    context.err.println("policydesk: nothing was written (fix the sheet, or use --accept-valid-rows)");
                    return PolicyDeskCli.EXIT_FAILURE;
                }
                return PolicyDeskCli.EXIT_OK;
            });
        }
    }
}
