package vn.dxportal.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code kind: present}: each of {@code fields} is written, not empty, in {@code file}. With {@code inherit}, a unit
 * may rely on the nearest unit above it that has the field (a district uses its province's public-service portal).
 */
record PresentCheck(String file, List<String> fields, boolean inherit) implements Check {

    @Override
    public Result run(Subject subject, CheckContext context) {
        List<Gap> gaps = new ArrayList<>();
        Source own = subject.file(file);
        for (String field : fields) {
            if (found(subject, field)) continue;
            gaps.add(new Gap(own.at(Fields.pointer(field)), field, "thiếu '" + field + "'" + Fields.absent(own) + ".",
                    Fields.addHint(field, own.file()) + (inherit ? " Có thể ghi ở đơn vị cấp trên để các đơn vị trực thuộc dùng chung." : "")));
        }
        return Result.of(gaps);
    }

    private boolean found(Subject subject, String field) {
        for (Subject s = subject; s != null; s = inherit ? s.parent() : null) {
            if (Fields.present(Fields.get(s.file(file).root(), field))) return true;
        }
        return false;
    }
}
