package th.moralorg.documents;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The register's settings (prefix {@code moralorg.documents}).
 *
 * @param prefixes each office's letter prefix by office (a PCO by its province code), e.g. "50": "ชม ๐๐๓๓";
 *        an office not listed gets "วธ ๐๔" and its code in Thai digits [INF: the ministry's code วธ, a
 *        provincial office's own prefix differs by province, so offices set theirs]
 */
@ConfigurationProperties("moralorg.documents")
public record DocumentSettings(@DefaultValue Map<String, String> prefixes) {

    public String prefixOf(String office) {
        return prefixes.getOrDefault(office, "วธ ๐๔" + ThaiNumerals.of(office));
    }
}
