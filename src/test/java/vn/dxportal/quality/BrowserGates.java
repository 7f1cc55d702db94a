package vn.dxportal.quality;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JUnit extension for the browser gates. It gives tests the one {@link Browser} and the one {@link Nginx} of the
 * run (started on first use, kept in the root context's store and closed by JUnit when the whole run ends), and
 * skips the tests with a visible reason when chromium, chromedriver or nginx is missing, unless {@code CI=true}:
 * there a missing program fails every browser test, because CI must never pass by skipping its gates.
 */
final class BrowserGates implements ExecutionCondition, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserGates.class);
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Tools.missing().isEmpty() || Tools.onCi()) return ConditionEvaluationResult.enabled("browser tools present or CI");
        String reason = "SKIPPED: " + Tools.missingReason();
        if (TOLD.compareAndSet(false, true)) System.err.println("[quality gates] " + reason); // visible even under mvn -q
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == Nginx.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (!Tools.missing().isEmpty()) {
            throw new ParameterResolutionException("CI=true and " + Tools.missingReason() + ": a missing browser is a failure in CI");
        }
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        Class<?> type = parameter.getParameter().getType();
        if (type == Browser.class) return store.getOrComputeIfAbsent(Browser.class, k -> startBrowser(), Browser.class);
        return store.getOrComputeIfAbsent(Nginx.class, k -> startNginx(), Nginx.class);
    }

    private static Browser startBrowser() {
        try {
            return Browser.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + Tools.CHROMIUM + " with " + Tools.CHROMEDRIVER, e);
        }
    }

    private static Nginx startNginx() {
        try {
            SiteUnderTest.get(); // the site must be there before anything is served
            return Nginx.start(Tools.nginx().orElseThrow(), SiteUnderTest.WWW);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start nginx", e);
        }
    }
}
