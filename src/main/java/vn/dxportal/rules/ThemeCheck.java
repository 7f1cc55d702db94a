package vn.dxportal.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code kind: theme}: a function the theme provides (print button, Dublin Core metadata, search…) is still there.
 * {@code file} is a theme path such as {@code templates/layout.ftlh} ({@code templates/*.ftlh} for any template);
 * the portal's {@code layouts/} copy counts instead of the theme's when there is one, so an override that drops a
 * required function is caught. Each of {@code contains} must appear in one of the files (with {@code any}: one of
 * them suffices); without {@code contains} the file only has to exist.
 */
record ThemeCheck(String file, List<String> contains, boolean any) implements Check {

    @Override
    public Result run(Subject subject, CheckContext context) {
        List<Path> files = effectiveFiles(context);
        // Joined as text: a name with '*' is not a valid path on every platform.
        String shown = context.theme().toString().replace('\\', '/') + "/" + file;
        if (files.isEmpty()) {
            return Result.of(List.of(new Gap(vn.dxportal.diag.SourcePosition.wholeFile(shown), file,
                    "giao diện không có tệp " + file + ".", "Khôi phục tệp này của giao diện mặc định hoặc thêm vào layouts/ của cổng.")));
        }
        List<String> texts = files.stream().map(ThemeCheck::read).toList();
        List<String> missing = contains.stream().filter(m -> texts.stream().noneMatch(t -> t.contains(m))).toList();
        if (missing.isEmpty() || (any && missing.size() < contains.size())) return Result.met();
        String where = files.size() == 1 ? files.get(0).toString().replace('\\', '/') : shown;
        boolean overridden = context.layouts() != null && files.stream().anyMatch(f -> f.startsWith(context.layouts()));
        String hint = overridden
                ? "Bản ghi đè trong layouts/ của cổng đã bỏ mất phần này: bổ sung lại từ giao diện mặc định hoặc xoá bản ghi đè."
                : "Giao diện đang dùng (" + context.theme().toString().replace('\\', '/') + ") chưa có chức năng này; dùng giao diện có chức năng này hoặc thêm mẫu vào layouts/ của cổng.";
        List<Gap> gaps = new ArrayList<>();
        for (String m : any ? List.of(String.join(" | ", missing)) : missing) {
            gaps.add(new Gap(vn.dxportal.diag.SourcePosition.wholeFile(where), m, "giao diện (" + file + ") không có '" + m + "'.", hint));
        }
        return Result.of(gaps);
    }

    /** The files the build would use: each name from the portal's layouts/ when present there, else from the theme. */
    private List<Path> effectiveFiles(CheckContext context) {
        int slash = file.lastIndexOf('/');
        String dir = slash < 0 ? "" : file.substring(0, slash);
        String name = file.substring(slash + 1);
        TreeSet<String> names = new TreeSet<>();
        if (name.contains("*")) {
            String glob = "glob:" + name;
            for (Path root : roots(context)) names.addAll(list(root.resolve(dir), glob));
        } else {
            names.add(name);
        }
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            Path override = context.layouts() == null ? null : context.layouts().resolve(dir).resolve(n);
            Path theme = context.theme().resolve(dir).resolve(n);
            if (override != null && Files.isRegularFile(override)) out.add(override);
            else if (Files.isRegularFile(theme)) out.add(theme);
        }
        return out;
    }

    private static List<Path> roots(CheckContext context) {
        return context.layouts() == null ? List.of(context.theme()) : List.of(context.theme(), context.layouts());
    }

    private static List<String> list(Path dir, String glob) {
        if (!Files.isDirectory(dir)) return List.of();
        var matcher = dir.getFileSystem().getPathMatcher(glob);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> matcher.matches(p.getFileName())).map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of(); // an unreadable theme folder has none of the files: reported as a gap, not a crash
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // unreadable: it contains none of the markers, which the gap then names
        }
    }
}
