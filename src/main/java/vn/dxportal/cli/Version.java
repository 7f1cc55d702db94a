package vn.dxportal.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), so --version never drifts from the build. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[]{"dxportal " + (v == null ? "dev" : v)};
    }
}
