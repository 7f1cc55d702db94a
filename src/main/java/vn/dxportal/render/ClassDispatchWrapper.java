package vn.dxportal.render;

import freemarker.ext.util.ModelFactory;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultNonListCollectionAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelAdapter;
import freemarker.template.TemplateModelException;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@link DefaultObjectWrapper} that decides how to wrap a value once per class instead of by a chain of
 * {@code instanceof} tests per value.
 *
 * <p>Why: on Java 17, a successful {@code instanceof} against an interface writes the class's one-entry
 * "secondary super" cache, so wrapping the same class as a {@code Collection} and then a {@code List} rewrites that
 * cache every time, and two rendering threads doing it fight over one cache line (JDK-8180450, fixed only in Java
 * 23). A national build spent 8–9 % of its CPU on two lines of {@code DefaultObjectWrapper.wrap}; on Java 25 it was
 * under 3 %. A {@link ClassValue} read writes nothing. Beans (the model's records) go straight to their model
 * factory, kept here too: the bean model's own lookup of it by class ({@code BeansModelCache}) then took 7 %.
 *
 * <p>Every value still goes down the very branch {@code DefaultObjectWrapper.wrap} would take (the same order of
 * tests, asked of the class instead of the value); the rare kinds (dates, arrays, iterators, enumerations, other
 * iterables) and any setting that changes a branch are left to the superclass.
 */
final class ClassDispatchWrapper extends DefaultObjectWrapper {

    private enum Kind { MODEL, STRING, NUMBER, LIST, OTHER_COLLECTION, MAP, BOOLEAN, BEAN, LEFT_TO_SUPER }

    /** How a class's values are wrapped; {@code beans} is the bean model's factory for {@link Kind#BEAN}. */
    private record Dispatch(Kind kind, ModelFactory beans) {
    }

    private final ClassValue<Dispatch> dispatches = new ClassValue<>() {
        @Override
        protected Dispatch computeValue(Class<?> type) {
            Kind kind = kindOf(type);
            return new Dispatch(kind, kind == Kind.BEAN ? getModelFactory(type) : null);
        }
    };

    ClassDispatchWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj == null) return super.wrap(null);
        Dispatch dispatch = dispatches.get(obj.getClass());
        switch (dispatch.kind()) {
            case MODEL: return (TemplateModel) obj;
            case STRING: return new SimpleScalar((String) obj);
            case NUMBER: return new SimpleNumber((Number) obj);
            case LIST: return DefaultListAdapter.adapt((List<?>) obj, this);
            case OTHER_COLLECTION: return DefaultNonListCollectionAdapter.adapt((Collection<?>) obj, this);
            case MAP: return DefaultMapAdapter.adapt((Map<?, ?>) obj, this);
            case BOOLEAN: return obj.equals(Boolean.TRUE) ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            case BEAN: return dispatch.beans().create(obj, this);
            default: return super.wrap(obj);
        }
    }

    /** The branch of {@code DefaultObjectWrapper.wrap} a value of this class takes, in that method's order. */
    private Kind kindOf(Class<?> type) {
        if (TemplateModel.class.isAssignableFrom(type)) return Kind.MODEL;
        if (type == String.class) return Kind.STRING;
        if (Number.class.isAssignableFrom(type)) return Kind.NUMBER;
        if (java.util.Date.class.isAssignableFrom(type) || type.isArray()) return Kind.LEFT_TO_SUPER;
        boolean adapters = getUseAdaptersForContainers();
        if (Collection.class.isAssignableFrom(type)) {
            if (!adapters) return Kind.LEFT_TO_SUPER;
            if (List.class.isAssignableFrom(type)) return Kind.LIST;
            return getForceLegacyNonListCollections() ? Kind.LEFT_TO_SUPER : Kind.OTHER_COLLECTION;
        }
        if (Map.class.isAssignableFrom(type)) return adapters ? Kind.MAP : Kind.LEFT_TO_SUPER;
        if (type == Boolean.class) return Kind.BOOLEAN;
        if (java.util.Iterator.class.isAssignableFrom(type) || java.util.Enumeration.class.isAssignableFrom(type)
                || Iterable.class.isAssignableFrom(type)) {
            return Kind.LEFT_TO_SUPER;
        }
        // What handleUnknownType and the bean model's cache would do with it, when it is not a plain bean.
        if (org.w3c.dom.Node.class.isAssignableFrom(type) || TemplateModelAdapter.class.isAssignableFrom(type)
                || type.getName().startsWith("org.python.") || getUseCache()) {
            return Kind.LEFT_TO_SUPER;
        }
        return Kind.BEAN;
    }
}
