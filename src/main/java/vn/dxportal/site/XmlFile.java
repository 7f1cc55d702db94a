package vn.dxportal.site;

import org.apache.commons.io.output.StringBuilderWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.nio.charset.StandardCharsets;

/** An XML file (a feed, a sitemap) written by the JDK's StAX writer: declaration, body, a final newline. */
final class XmlFile {
    /** What goes between the declaration and the end of the document. */
    interface Body { void write(XMLStreamWriter x) throws XMLStreamException; }

    private XmlFile() {}

    /** The file's UTF-8 bytes; {@code what} names it in the error no one should see (writing to memory cannot fail). */
    static byte[] write(String what, Body body) {
        // Written as text and encoded once at the end: given a byte stream, the StAX writer encodes and stores one
        // character at a time, which made feeds (a post's whole HTML in each entry) costly to write.
        StringBuilderWriter out = new StringBuilderWriter(16 * 1024);
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            body.write(x);
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing " + what + " to memory failed", e);
        }
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
