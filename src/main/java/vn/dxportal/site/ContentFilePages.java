package vn.dxportal.site;

import vn.dxportal.model.Image;
import vn.dxportal.model.Unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Publishes the images content refers to (the emblem, organisation charts) beside the pages, so no request
 * leaves the site. Validation has already checked that each file exists inside the content folder.
 */
final class ContentFilePages implements PageSet {
    @Override
    public void plan(PlanContext plan) {
        Path root = plan.portal().root();
        if (root == null) return;
        Image emblem = plan.portal().site().emblem();
        if (emblem != null) copy(plan, Urls.siteFilePath(emblem.src()), root.resolve(emblem.src()), Set.of("site.yaml", emblem.src()));
        for (Unit u : plan.portal().units()) {
            Image chart = u.info().structureChart();
            if (chart != null) {
                copy(plan, Urls.unitFilePath(u.slug(), chart.src()), root.resolve("units").resolve(u.slug()).resolve(chart.src()),
                        Set.of("units/" + u.slug() + "/unit.yaml", "units/" + u.slug() + "/" + chart.src()));
            }
        }
    }

    /** Publishes {@code file} at {@code path}, read when the page is written. */
    static void copy(PlanContext plan, String path, Path file, Set<String> dependsOn) {
        plan.addData(path, dependsOn, () -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the build reports it as a WRITE problem and keeps the old site
            }
        });
    }
}
