package vn.dxportal.model;

/** The kind of a period id, for labels and for comparing like with like (year with year, half with half). */
public enum PeriodKind {
    YEAR, HALF, QUARTER, NINE_MONTHS;

    public static PeriodKind of(String id) {
        if (id.length() == 4) return YEAR;
        String suffix = id.substring(5);
        if (suffix.startsWith("h")) return HALF;
        if (suffix.startsWith("q")) return QUARTER;
        return NINE_MONTHS;
    }

    /** Vietnamese label of a period id: "Năm 2022", "6 tháng đầu năm 2022", "Quý III/2022", "9 tháng năm 2022". */
    public static String labelVi(String id) {
        String year = id.substring(0, 4);
        if (id.length() == 4) return "Năm " + year;
        return switch (id.substring(5)) {
            case "h1" -> "6 tháng đầu năm " + year;
            case "h2" -> "6 tháng cuối năm " + year;
            case "q1" -> "Quý I/" + year;
            case "q2" -> "Quý II/" + year;
            case "q3" -> "Quý III/" + year;
            case "q4" -> "Quý IV/" + year;
            default -> "9 tháng năm " + year;
        };
    }

    public static String labelEn(String id) {
        String year = id.substring(0, 4);
        if (id.length() == 4) return "Year " + year;
        return switch (id.substring(5)) {
            case "h1" -> "First half of " + year;
            case "h2" -> "Second half of " + year;
            case "q9m", "9m" -> "First nine months of " + year;
            default -> id.substring(5).toUpperCase() + " " + year;
        };
    }
}
