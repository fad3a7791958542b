package th.moralorg.documents;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The register's settings (prefix {@code moralorg.documents}).
 *
 * @param prefixes each office's letter prefix by office (a PCO by its province code), e.g. "50": "ชม ๐๐๓๓";
 *        an office not listed gets "วธ ๐๔" and its code in Thai digits (DRA, office "DRA": "วธ ๐๔๐๑") [INF: the ministry's code วธ, a
 *        provincial office's own prefix differs by province, so offices set theirs]
 */
@ConfigurationProperties("moralorg.documents")
public record DocumentSettings(@DefaultValue Map<String, String> prefixes) {

    /** DRA's office in the register: its letters and national certificates. */
    public static final String DRA = "DRA";

    public String prefixOf(String office) {
        // DRA's prefix unless configured [INF: วธ ๐๔๐๑, the ministry's code and a DRA division's number]
        return prefixes.getOrDefault(office, DRA.equals(office) ? "วธ ๐๔๐๑" : "วธ ๐๔" + ThaiNumerals.of(office));
    }
}
