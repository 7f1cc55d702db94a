package vn.dxportal.rules;

import java.util.List;

/**
 * One way of deciding whether a subject (the portal or a unit) meets a rule. Rule sets name checks by kind
 * ({@code present}, {@code items}, {@code fresh}, {@code theme}) with parameters; {@link Checks} makes them.
 */
public interface Check {

    Result run(Subject subject, CheckContext context);

    /**
     * The gaps found (none: met), or that the check could not be judged ({@code reason}), for example freshness
     * when the build has no date or the content states none.
     */
    record Result(List<Gap> gaps, String notEvaluated) {
        public static Result met() { return new Result(List.of(), null); }

        public static Result of(List<Gap> gaps) { return new Result(List.copyOf(gaps), null); }

        public static Result notEvaluated(String reason) { return new Result(List.of(), reason); }

        public boolean evaluated() { return notEvaluated == null; }
    }
}
