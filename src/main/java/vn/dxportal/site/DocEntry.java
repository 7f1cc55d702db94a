package vn.dxportal.site;

import vn.dxportal.content.Slugs;
import vn.dxportal.model.DocumentItem;
import vn.dxportal.model.Unit;

import java.util.Comparator;

/** A document with the unit whose library holds it: one row of a document list. */
public record DocEntry(Unit unit, DocumentItem doc) {
    /** Newest issued first (undated last), then by unit and id: the same order on every build. */
    static final Comparator<DocEntry> NEWEST_FIRST = Comparator
            .comparing((DocEntry e) -> e.doc().issued(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.unit().slug()).thenComparing(e -> e.doc().id());

    /** The year of issue as text, or null when the document's date is not known. */
    public String year() { return doc.issued() == null ? null : String.valueOf(doc.issued().getYear()); }

    public String formSlug() { return Slugs.slugify(doc.form()); }

    public String issuerSlug() { return doc.issuer() == null ? null : Slugs.slugify(doc.issuer()); }
}
