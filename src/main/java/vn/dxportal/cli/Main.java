package vn.dxportal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dxportal} command: build, check, serve. */
@Command(name = "dxportal", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Dựng cổng thông tin chuyển đổi số tĩnh từ dữ liệu YAML và bài viết Markdown.%n"
                + "Builds a static digital-transformation portal from YAML data and Markdown narratives.",
        subcommands = {BuildCommand.class, CheckCommand.class, GenerateCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // An unexpected failure is our bug: say so plainly, keep the trace for a bug report only when asked.
            cmd.getErr().println("dxportal: lỗi nội bộ: " + ex);
            if (System.getenv("DXPORTAL_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 3;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
