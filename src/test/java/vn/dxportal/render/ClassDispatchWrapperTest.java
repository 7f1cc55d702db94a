package vn.dxportal.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The per-class dispatch must wrap every kind of value exactly as FreeMarker's own wrapper does. */
class ClassDispatchWrapperTest {

    public record Sample(String name, int count) {
    }

    private static DefaultObjectWrapperBuilder configuration() {
        return new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    }

    @Test
    void everyKindOfValueGetsTheModelFreeMarkerWouldGiveIt() throws Exception {
        ObjectWrapper reference = configuration().build();
        ObjectWrapper dispatching = new ClassDispatchWrapper(configuration());
        SimpleScalar already = new SimpleScalar("x");
        List<Object> values = List.of("chuỗi", 42, 4.5, new BigDecimal("1.50"), 7L, Boolean.TRUE, Boolean.FALSE,
                new ArrayList<>(List.of(1, 2)), List.of("a"), new LinkedHashSet<>(Set.of("s")),
                new LinkedHashMap<>(Map.of("k", "v")), Map.of("k", 1), new Sample("Hà Nội", 3), LocalDate.of(2024, 6, 1),
                new Date(0), new int[] {1, 2}, List.of(1).iterator(), already);
        for (Object value : values) {
            // Twice: the second call takes the remembered dispatch for the class.
            for (int round = 0; round < 2; round++) {
                TemplateModel expected = reference.wrap(value);
                TemplateModel actual = dispatching.wrap(value);
                assertEquals(expected.getClass(), actual.getClass(), "model class for " + value.getClass());
            }
        }
        assertSame(already, dispatching.wrap(already));
        assertSame(TemplateBooleanModel.TRUE, dispatching.wrap(Boolean.TRUE));
        assertSame(TemplateBooleanModel.FALSE, dispatching.wrap(Boolean.FALSE));
        assertEquals(reference.wrap(null), dispatching.wrap(null));
    }

    @Test
    void wrappedValuesReadTheSame() throws Exception {
        ObjectWrapper dispatching = new ClassDispatchWrapper(configuration());
        TemplateHashModel bean = (TemplateHashModel) dispatching.wrap(new Sample("Đà Nẵng", 5));
        assertEquals("Đà Nẵng", ((TemplateScalarModel) bean.get("name")).getAsString());
        TemplateSequenceModel list = (TemplateSequenceModel) dispatching.wrap(List.of("một", "hai"));
        assertEquals(2, list.size());
        assertEquals("hai", ((TemplateScalarModel) list.get(1)).getAsString());
        TemplateHashModel map = (TemplateHashModel) dispatching.wrap(Map.of("khóa", "giá trị"));
        assertEquals("giá trị", ((TemplateScalarModel) map.get("khóa")).getAsString());
    }
}
