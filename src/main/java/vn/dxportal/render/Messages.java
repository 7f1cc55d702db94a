package vn.dxportal.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Interface strings per language, Hugo-style: the theme's {@code i18n/<lang>.properties}, with any key
 * overridden by the portal's {@code layouts/i18n/<lang>.properties}. A key missing in a language falls back
 * to Vietnamese, then to the key itself, so a half-translated theme still renders.
 */
public final class Messages {
    static final String FALLBACK = "vi";
    private final Map<String, Map<String, String>> byLang = new HashMap<>();

    public Messages(Path themeDir, Path layoutsDir) throws IOException {
        for (String lang : List.of("vi", "en")) {
            Map<String, String> strings = new HashMap<>();
            load(themeDir.resolve("i18n").resolve(lang + ".properties"), strings);
            if (layoutsDir != null) load(layoutsDir.resolve("i18n").resolve(lang + ".properties"), strings);
            byLang.put(lang, strings);
        }
    }

    private static void load(Path file, Map<String, String> into) throws IOException {
        if (!Files.exists(file)) return;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
    }

    public String get(String lang, String key, Object... args) {
        String pattern = byLang.getOrDefault(lang, Map.of()).get(key);
        if (pattern == null) pattern = byLang.get(FALLBACK).getOrDefault(key, key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The {@code t("key", args…)} function templates call, bound to one page's language. */
    TemplateMethodModelEx forLanguage(String lang) {
        return arguments -> {
            if (arguments.isEmpty()) throw new TemplateModelException("t(key) needs a message key");
            Object[] rest = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) rest[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
            return get(lang, String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))), rest);
        };
    }
}
