package vn.dxportal.validate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import vn.dxportal.model.NewsPost;

import java.time.LocalDate;
import java.util.List;

/** Maps schema-valid YAML trees onto the model records (snake_case keys → record components). */
final class ModelMapper {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private ModelMapper() {}

    static <T> T map(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (Exception e) {
            // Only reachable if a schema lets through what a record cannot hold: a bug of ours, not the user's.
            throw new IllegalStateException("content passed the schema but does not fit " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The front matter of a news post, before it is joined with its slug and body. */
    record NewsFront(String title, LocalDate date, String author, String source, String category, List<String> tags,
                     String summary, NewsPost.Image image, Boolean draft, String period) {}

    /** The front matter of a post's translation ({@code <slug>.en.md}). */
    record TranslationFront(String title, String author, String source, String category, List<String> tags, String summary,
                            String imageAlt) {}
}
