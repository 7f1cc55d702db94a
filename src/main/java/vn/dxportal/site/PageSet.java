package vn.dxportal.site;

/**
 * A family of pages (the unit pages, the indicator pages, the news section…). Each adds its pages to the plan;
 * a new kind of page is a new PageSet registered in {@link Planner}, without touching the others.
 */
public interface PageSet {
    void plan(PlanContext plan);
}
