package vn.dxportal.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@cached key=[…]>…</@cached>} directive, Hugo's {@code partialCached} for themes: the first page of a
 * build that reaches the block with a key renders it; every later page with the same key gets the same text without
 * running it. The key is a list of strings, and it must name everything the block reads that differs between pages
 * (the language, where the page's links start: {@code urls.linkContext()}, the active menu item, …); what is the same
 * for every page of a build (site.yaml, the interface strings, the build date) need not be in it, as the cache lasts
 * one build: a build makes its own {@link Templates}, and the live preview clears it before each run
 * ({@link Templates#newRun}).
 *
 * <p>Why: every page draws the same header and footer, about sixty expressions and a dozen links; on a national portal
 * (44,793 pages) that was about an eighth of the time spent in templates.
 */
final class Fragments implements TemplateDirectiveModel {
    /** Each block as UTF-8 bytes, copied as they are into a page (which is drawn as bytes). */
    private final Map<String, byte[]> drawn = new ConcurrentHashMap<>();

    /** Forgets every block: a new build (or the live preview's next run) may read different site data. */
    void clear() {
        drawn.clear();
    }

    @Override
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body) throws TemplateException, IOException {
        if (body == null) return;
        if (params.size() != 1 || !(params.get("key") instanceof TemplateSequenceModel key)) {
            throw new TemplateModelException("@cached takes exactly one parameter, key=[…], a list of strings naming what the block depends on");
        }
        String name = keyOf(key);
        byte[] block = drawn.get(name);
        if (block == null) {
            // Two threads may draw the same block at once; both draw the same text, so either may be kept.
            StringWriter out = new StringWriter(4096);
            body.render(out);
            block = out.toString().getBytes(StandardCharsets.UTF_8);
            drawn.putIfAbsent(name, block);
        }
        // Inside a capture (<#assign x>…</#assign>) the output is not the page's: it takes the text.
        if (env.getOut() instanceof PageBuffer.Utf8Writer page) page.writeUtf8(block);
        else env.getOut().write(new String(block, StandardCharsets.UTF_8));
    }

    /** The key's strings joined by a character no text holds, so that ["a,b"] and ["a", "b"] stay apart. */
    private static String keyOf(TemplateSequenceModel key) throws TemplateModelException {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            if (!(key.get(i) instanceof TemplateScalarModel part)) {
                throw new TemplateModelException("@cached: key item " + (i + 1) + " is not a string; give strings, e.g. key=[lang, urls.linkContext()]");
            }
            name.append(part.getAsString()).append('\u0000');
        }
        return name.toString();
    }
}
