package vn.dxportal.quality;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process on files. The HTML schema is
 * loaded once (it is the slow part, a few seconds), then pages are checked one after another with it.
 * Only errors count; the checker's warnings and info messages are advice, not invalid HTML.
 */
final class HtmlChecker {
    /** One error, located in its file. */
    record Error(Path file, int line, int column, String message) {
        @Override public String toString() { return file + ":" + line + ":" + column + ": " + message; }
    }

    private static HtmlChecker instance;

    private final SimpleDocumentValidator validator;
    private final List<Error> errors = new ArrayList<>();
    private Path current;

    private HtmlChecker() throws Exception {
        // Leave log4j alone (its own setup would turn on debug logging for the whole test JVM; our
        // log4j.properties keeps it off), load no remote entities, detect no languages: all in-process.
        validator = new SimpleDocumentValidator(false, false, false);
        ErrorHandler handler = new ErrorHandler() {
            @Override public void warning(SAXParseException e) { /* advice only */ }
            @Override public void error(SAXParseException e) { record(e); }
            @Override public void fatalError(SAXParseException e) { record(e); }
        };
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
    }

    static synchronized HtmlChecker get() {
        if (instance == null) {
            try {
                instance = new HtmlChecker();
            } catch (Exception e) {
                throw new IllegalStateException("could not set up the Nu HTML Checker", e);
            }
        }
        return instance;
    }

    private void record(SAXParseException e) {
        errors.add(new Error(current, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }

    /** Every error the checker finds in one HTML file. */
    synchronized List<Error> check(Path file) {
        errors.clear();
        current = file;
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (IOException | org.xml.sax.SAXException e) {
            errors.add(new Error(file, -1, -1, "could not be checked: " + e));
        }
        return List.copyOf(errors);
    }
}
