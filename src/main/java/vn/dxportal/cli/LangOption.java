package vn.dxportal.cli;

import picocli.CommandLine.Option;
import vn.dxportal.diag.Lang;

/** {@code --lang vi|en}: the language of diagnostics and summaries; DXPORTAL_LANG sets the default. */
final class LangOption {
    @Option(names = "--lang", paramLabel = "vi|en",
            description = "Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en; biến môi trường DXPORTAL_LANG đặt mặc định. "
                    + "Language of messages: vi (default) or en.")
    String lang;

    Lang lang() { return Lang.choose(lang); }
}
