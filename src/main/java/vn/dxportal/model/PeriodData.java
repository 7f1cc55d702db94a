package vn.dxportal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code units/<slug>/periods/<id>.yaml} as written. */
public record PeriodData(String title, String titleEn, Report report, String summary, List<Observation> indicators,
                         MoneyGroup budget, List<Task> tasks, Teams teams, List<ServiceRow> services,
                         List<String> strengths, List<String> weaknesses, List<String> proposals) {
    public PeriodData {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        services = services == null ? List.of() : List.copyOf(services);
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        weaknesses = weaknesses == null ? List.of() : List.copyOf(weaknesses);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    public record Report(String number, LocalDate date, String issuer, String recipient, String source) {}

    public record MoneyGroup(BigDecimal total, List<Part> items, List<Part> sources, String text) {
        public MoneyGroup {
            items = items == null ? List.of() : List.copyOf(items);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public record Task(String name, String kind, String status, BigDecimal progress, String document, String note) {
        public boolean isPlan() { return "plan".equals(kind); }
    }

    public record Teams(BigDecimal count, BigDecimal members, List<Part> parts, String text) {
        public Teams { parts = parts == null ? List.of() : List.copyOf(parts); }
    }

    public record ServiceRow(String level, BigDecimal received, BigDecimal online, BigDecimal resolved, BigDecimal onTime,
                             BigDecimal late, BigDecimal statedOnlinePercent, String text) {}
}
