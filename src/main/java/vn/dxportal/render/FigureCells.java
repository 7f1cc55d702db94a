package vn.dxportal.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import vn.dxportal.metrics.Figure;
import vn.dxportal.metrics.Status;
import vn.dxportal.model.PeriodKind;

/**
 * One figure as a row of a figure table shows it, every cell already formatted: what {@code fmt.cells(f)} gives
 * templates. A missing cell (no scope, no numerator and denominator, no previous period, no stated status) is
 * missing ({@code c.scope??} is false); the others are strings, "" when there is nothing to show.
 *
 * <p>Why: a national portal draws about 160,000 figure rows (period, unit and indicator pages). Read through the bean
 * model, a row's twenty-odd reads ({@code f.indicator.name}, {@code fmt.value(f)}, {@code figure.status().css()}…)
 * each went through reflection and a new wrapper, and the table was about half the time of a period page. Here a
 * row is one call and a few lookups in a switch.
 */
public final class FigureCells implements TemplateHashModel {
    /** The cells a template may read, in the order the error for an unknown one lists them. */
    static final String NAMES = "id, name, scope, fraction, value, target, difference, change, previousPeriod, statusCss, statusLabel, statedStatus";

    private final String id;
    private final String name;
    private final String scope;
    private final String fraction;
    private final String value;
    private final String target;
    private final String difference;
    private final String change;
    private final String previousPeriod;
    private final String statusCss;
    private final String statusLabel;
    private final String statedStatus;

    FigureCells(Figure f, Helpers fmt) {
        id = f.indicator().id();
        name = f.indicator().name();
        scope = f.scope();
        fraction = f.observation().numerator() != null && f.observation().denominator() != null
                ? Formats.number(f.observation().numerator()) + "/" + Formats.number(f.observation().denominator()) : null;
        value = fmt.value(f);
        target = fmt.target(f);
        difference = fmt.difference(f);
        change = fmt.change(f);
        previousPeriod = f.previousPeriod() == null ? null : PeriodKind.labelVi(f.previousPeriod());
        statusCss = f.status().css();
        statusLabel = f.status().vi();
        // With no target to compute a status against, the report's own word is shown instead, marked as such.
        statedStatus = f.status() == Status.NO_TARGET ? f.observation().stated().status() : null;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        String cell = switch (key) {
            case "id" -> id;
            case "name" -> name;
            case "scope" -> scope;
            case "fraction" -> fraction;
            case "value" -> value;
            case "target" -> target;
            case "difference" -> difference;
            case "change" -> change;
            case "previousPeriod" -> previousPeriod;
            case "statusCss" -> statusCss;
            case "statusLabel" -> statusLabel;
            case "statedStatus" -> statedStatus;
            default -> throw new TemplateModelException("fmt.cells(f) has no cell \"" + key + "\"; it has " + NAMES
                    + ". Read anything else from the figure itself (f." + key + ").");
        };
        return cell == null ? null : new SimpleScalar(cell);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
