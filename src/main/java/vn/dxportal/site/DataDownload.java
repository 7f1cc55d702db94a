package vn.dxportal.site;

/** One downloadable data set as listed on the data page (paths from the site root). */
public record DataDownload(String title, String csvPath, String jsonPath, int rows) {}
