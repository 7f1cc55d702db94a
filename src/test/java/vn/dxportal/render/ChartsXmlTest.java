package vn.dxportal.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ChartsXmlTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void descriptionStatesEveryFigureInVietnameseFormat() throws Exception {
        String svg = Charts.bars("k", "Kinh phí", "Theo khoản.", List.of(
                new Charts.Bar("Cổng thông tin", new BigDecimal("500000000"), null, "500.000.000 đồng"),
                new Charts.Bar("Đài truyền thanh", new BigDecimal("4712000000"), null, "4.712.000.000 đồng")), null);
        Document doc = parse(svg);
        String desc = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
        assertTrue(desc.contains("Cổng thông tin: 500.000.000 đồng"), desc);
        assertTrue(desc.contains("Đài truyền thanh: 4.712.000.000 đồng"), desc);
    }

    /** Every chart the sample portal ships is well-formed XML with a title and a description naming its figures. */
    @Test
    void everyChartInTheBuiltSamplePortalParses(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        var built = vn.dxportal.build.Pipeline.build(new vn.dxportal.build.Pipeline.Options(Path.of("content"), Path.of("themes/default"), out, null, null));
        assertTrue(built.written());
        Pattern svgPattern = Pattern.compile("<svg class=\"chart\".*?</svg>", Pattern.DOTALL);
        int charts = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = svgPattern.matcher(Files.readString(p));
                while (m.find()) {
                    Document doc = parse(m.group());
                    String title = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
                    String desc = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
                    assertFalse(title.isBlank(), p.toString());
                    assertTrue(desc.contains(":"), "desc names figures: " + desc);
                    assertEquals("img", doc.getDocumentElement().getAttribute("role"));
                    charts++;
                }
            }
        }
        assertTrue(charts >= 5, "sample portal has charts: " + charts);
    }
}
