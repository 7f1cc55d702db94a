package vn.dxportal.rules;

import vn.dxportal.diag.SourcePosition;

/** What one check found missing: where to add it, which field, what is wrong and how to fix it. */
public record Gap(SourcePosition at, String field, String message, String hint) {}
