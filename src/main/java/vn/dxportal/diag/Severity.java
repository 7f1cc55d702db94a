package vn.dxportal.diag;

/** How bad a finding is: errors stop {@code build} and fail {@code check}; warnings fail only {@code check --strict}. */
public enum Severity { ERROR, WARNING }
