package vn.dxportal.generate;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;
import java.util.SortedMap;

/**
 * A portal's data in the neutral benchmark fixture's shape (see ../shared/bench/README.md): the indicator catalogue,
 * the provinces with their districts' slugs, and one district at a time with its narratives and news, so a national
 * portal never has to sit in memory whole. Both the neutral fixture on disk ({@link FixtureSource}) and the built-in
 * presets ({@link Synthesizer}) provide it, and {@link ContentMapper} turns either into dxportal content.
 */
interface NeutralSource {
    /** indicators.json: id, name, unit, kind, pillar, direction, definition, source, numerator/denominator labels. */
    List<JsonNode> indicators();

    /** provinces.json: slug, name, full_name, type, region, districts (slugs), in order. */
    List<JsonNode> provinces();

    /** Hands each district over in province order. */
    void eachDistrict(DistrictSink sink) throws IOException;

    /**
     * One district: unit.json (identity, agency, communes, periods with observations and tasks), each period's
     * narrative by period id, and the news posts by file name.
     */
    record District(JsonNode unit, SortedMap<String, String> narratives, SortedMap<String, String> news) {}

    interface DistrictSink {
        void accept(District district) throws IOException;
    }
}
