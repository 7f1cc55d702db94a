package vn.dxportal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dxportal.render.Formats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * {@code kind: fresh}: the date at {@code field} in {@code file} is no older than the allowed age (site.yaml
 * {@code rules.max_age_days}, else the rule set's). Not judged when the run has no date (a build without
 * SOURCE_DATE_EPOCH stays byte-identical from day to day) or the content states no date: a {@code present} rule
 * asks for the date itself.
 */
record FreshCheck(String file, String field) implements Check {

    @Override
    public Result run(Subject subject, CheckContext context) {
        Source source = subject.file(file);
        JsonNode node = Fields.get(source.root(), field);
        if (!Fields.present(node)) return Result.notEvaluated("chưa có '" + field + "' trong " + source.file());
        if (context.today() == null) return Result.notEvaluated("lần dựng này không có ngày (đặt SOURCE_DATE_EPOCH để đánh giá)");
        LocalDate date;
        try {
            date = LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return Result.notEvaluated("'" + field + "' không phải ngày YYYY-MM-DD"); // validation reports the date itself
        }
        long days = ChronoUnit.DAYS.between(date, context.today());
        var at = source.at(Fields.pointer(field));
        if (days < 0) {
            return Result.of(java.util.List.of(new Gap(at, field, "'" + field + "' là " + Formats.date(date) + ", sau ngày kiểm tra "
                    + Formats.date(context.today()) + ".", "Ghi ngày cập nhật thật, không ghi ngày trong tương lai.")));
        }
        if (days <= context.maxAgeDays()) return Result.met();
        return Result.of(java.util.List.of(new Gap(at, field, "cập nhật lần cuối " + Formats.date(date) + ", đã " + days
                + " ngày (quá " + context.maxAgeDays() + " ngày).",
                "Rà soát thông tin trong " + source.file() + " rồi ghi ngày rà soát vào '" + field + "'; đổi ngưỡng bằng rules.max_age_days trong site.yaml.")));
    }
}
