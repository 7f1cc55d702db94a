package vn.dxportal.model;

import java.time.LocalDate;
import java.util.List;

/** {@code units/<slug>/unit.yaml} as written. */
public record UnitInfo(String name, String nameEn, String shortName, Level level, String parent, LocalDate started,
                       LocalDate ended, String endedNote, List<String> successors, LocalDate updated, Agency agency,
                       String functions, String functionsEn, List<OrgUnit> structure, Image structureChart,
                       List<Person> contacts, List<Link> links, List<Link> publicServices, List<Channel> feedback,
                       AccessInfo accessToInformation) {
    public UnitInfo {
        successors = successors == null ? List.of() : List.copyOf(successors);
        structure = structure == null ? List.of() : List.copyOf(structure);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        links = links == null ? List.of() : List.copyOf(links);
        publicServices = publicServices == null ? List.of() : List.copyOf(publicServices);
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }

    public String displayShortName() { return shortName != null ? shortName : name; }

    /** The unit's name for a page in {@code lang}: the English name on English pages when unit.yaml gives one. */
    public String nameIn(String lang) { return "en".equals(lang) && nameEn != null ? nameEn : name; }

    /** Whether {@link #nameIn} gives a name in {@code lang} itself (else it is the Vietnamese name, to be marked lang="vi"). */
    public boolean hasNameIn(String lang) { return !"en".equals(lang) || nameEn != null; }
}
