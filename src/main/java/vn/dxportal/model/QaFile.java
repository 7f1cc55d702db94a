package vn.dxportal.model;

import java.time.LocalDate;
import java.util.List;

/** {@code units/<slug>/qa.yaml}: questions from citizens and the answers the agency has published. */
public record QaFile(LocalDate updated, List<Question> questions) {
    public QaFile { questions = questions == null ? List.of() : List.copyOf(questions); }

    /** One question; {@code answer} is Markdown and may be missing while the question awaits an answer. */
    public record Question(String question, String answer, String topic, LocalDate asked, LocalDate answered, String answeredBy) {}
}
