package vn.dxportal.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleHash;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import vn.dxportal.diag.Diagnostic;
import vn.dxportal.diag.Msg;
import vn.dxportal.diag.SourcePosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Freemarker with Hugo-style theme lookup: a template in the portal's {@code layouts/templates/} replaces the
 * theme's template of the same relative path, and only that one. Templates end in {@code .ftlh}, so every
 * value is HTML-escaped unless a template explicitly marks trusted markup with {@code ?no_esc}.
 */
public final class Templates {
    private final Configuration config;
    private final Path themeDir;
    private final Path layoutsDir;
    private final Messages messages;
    /** The theme's {@code <@cached>} blocks drawn so far in this build (see {@link Fragments}). */
    private final Fragments fragments = new Fragments();

    public Templates(Path themeDir, Path layoutsDir) throws IOException {
        this.themeDir = themeDir;
        this.layoutsDir = layoutsDir;
        this.messages = new Messages(themeDir, layoutsDir);
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (layoutsDir != null && Files.isDirectory(layoutsDir.resolve("templates"))) loaders.add(new FileTemplateLoader(layoutsDir.resolve("templates").toFile()));
        loaders.add(new FileTemplateLoader(themeDir.resolve("templates").toFile()));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
        // Templates read model records like beans (unit.info.name) and may still call unit.hasEnded().
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(new ClassDispatchWrapper(wrapper));
        config.setLocale(java.util.Locale.forLanguageTag("vi-VN"));
        config.setWhitespaceStripping(true);
        config.setSharedVariable("contentSecurityPolicy", new freemarker.template.SimpleScalar(SecurityPolicy.META));
        config.setSharedVariable("cached", fragments);
    }

    /**
     * Starts a new run of pages: the blocks templates cached with {@code <@cached>} are drawn again, as the site data
     * they read may have changed since (the live preview draws many runs with one Templates).
     */
    public void newRun() {
        fragments.clear();
    }

    /** Renders one page; a template problem (most likely in a portal's own override) becomes a diagnostic. */
    public String render(String template, Map<String, Object> model) throws TemplateProblem {
        return draw(template, model, PageBuffer::text);
    }

    /** {@link #render}, as the UTF-8 bytes of the page's file. */
    public byte[] renderUtf8(String template, Map<String, Object> model) throws TemplateProblem {
        return draw(template, model, PageBuffer::utf8);
    }

    /** Draws the page into this thread's buffer and takes it out as {@code taken} says. */
    private <T> T draw(String template, Map<String, Object> model, java.util.function.Function<PageBuffer, T> taken) throws TemplateProblem {
        PageBuffer page = PageBuffer.take();
        try {
            draw(template, model, page);
            return taken.apply(page);
        } finally {
            page.release();
        }
    }

    private void draw(String template, Map<String, Object> model, PageBuffer page) throws TemplateProblem {
        try {
            Template t = config.getTemplate(template);
            // The page's variables as a SimpleHash, which keeps each value once wrapped: a plain Map is wrapped as an
            // adapter that wraps a value anew at every use, and a period page names fmt, urls and site hundreds of
            // times, each time a new wrapper that looked its methods up again.
            SimpleHash root = new SimpleHash(model, config.getObjectWrapper());
            String lang = String.valueOf(model.getOrDefault("lang", Messages.FALLBACK));
            root.put("lang", lang);
            root.put("t", messages.forLanguage(lang));
            t.process(root, page.writer());
        } catch (ParseException e) {
            throw new TemplateProblem(Diagnostic.error(Msg.TEMPLATE_SYNTAX, new SourcePosition(locate(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
                    firstLine(e.getEditorMessage())));
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw new TemplateProblem(Diagnostic.error(Msg.TEMPLATE_ERROR, new SourcePosition(locate(e.getTemplateSourceName()), line == null ? 0 : line, col == null ? 0 : col),
                    firstLine(e.getMessageWithoutStackTop()),
                    e.getBlamedExpressionString() == null ? "" : " [" + e.getBlamedExpressionString() + "]"));
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new TemplateProblem(Diagnostic.error(Msg.TEMPLATE_MISSING, SourcePosition.wholeFile(themeDir.resolve("templates").resolve(template).toString()), template));
        } catch (IOException e) {
            throw new TemplateProblem(Diagnostic.error(Msg.TEMPLATE_READ, SourcePosition.wholeFile(template), e.getMessage()));
        }
    }

    /** The file a template name came from: the portal's override when there is one, else the theme's. */
    private String locate(String name) {
        if (name == null) return "?";
        if (layoutsDir != null && Files.exists(layoutsDir.resolve("templates").resolve(name))) return layoutsDir.resolve("templates").resolve(name).toString();
        return themeDir.resolve("templates").resolve(name).toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** A rendering failure carried as a diagnostic. */
    public static final class TemplateProblem extends Exception {
        private final Diagnostic diagnostic;

        TemplateProblem(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() { return diagnostic; }
    }
}
