package vn.dxportal.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers typed as text in a sheet, the way Vietnamese reports write them: "6.322" (dot between thousands),
 * "89,64" or "89,64%" (decimal comma), as well as plain "6322" and "89.64".
 */
final class Numbers {
    private static final Pattern THOUSANDS_DOT = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Numbers() {}

    /** @return the number, or null when the text is not one */
    static BigDecimal parse(String text) {
        String s = text.strip().replace("\u00a0", "").replace(" ", "");
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1);
        if (s.startsWith("+")) s = s.substring(1);
        String plain;
        if (PLAIN.matcher(s).matches() && !THOUSANDS_DOT.matcher(s).matches()) plain = s;
        else if (THOUSANDS_DOT.matcher(s).matches()) plain = s.replace(".", "").replace(',', '.');
        else if (DECIMAL_COMMA.matcher(s).matches()) plain = s.replace(',', '.');
        else if (THOUSANDS_COMMA.matcher(s).matches()) plain = s.replace(",", "");
        else return null;
        return new BigDecimal(plain).stripTrailingZeros();
    }
}
