package th.moralorg.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.Level;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.ThaiNames;

/**
 * The public registry of certified organisations (issue 16 item 2): what the programme publishes
 * of a case that holds a level its province certified, its organisation's name, type and
 * province, the fiscal year and the level, and nothing of coordinators or heads. Certified means
 * what the certificate's page means by it (organisationcase.Certificates.CERTIFIED): status
 * PROVINCIALLY_CERTIFIED, NATIONALLY_ENDORSED or NATIONALLY_NOT_ENDORSED with a certified level
 * (docs/access.md, "The public registry"). Pages are kept for {@code moralorg.registry.cache-ttl}
 * (one node's memory; the data changes a few times a year) so that a crawl reads the database
 * once per page and minute.
 */
@Repository
class Registry {

    static final int PAGE_SIZE = 50;
    /**
     * Pages (about 30 kB each) and histories kept at most, each: some 15 MB at worst. A crawl walks
     * more pages than that; past it the cache starts again, and the database answers a page in
     * milliseconds (docs/benchmarks.md).
     */
    static final int MOST_KEPT = 500;

    /**
     * Spelled into the SQL, not bound: the partial index of V54 serves only a query whose planner
     * can see the same list.
     */
    static final String CERTIFIED = "c.status in " + CaseStatus.holdingALevelSql() + " and c.certified_level is not null";

    /** One certified organisation in one fiscal year, with every year it holds a level (its history). */
    record Entry(long organisationId, String organisationName, String organisationType, String organisationTypeName,
            String provinceCode, String provinceName, int fiscalYear, int level, String levelName, List<Year> history,
            String href) {
    }

    record Year(int fiscalYear, int level, String levelName) {
    }

    /** A page; {@code next} the key of the next page (its last entry), null on the last. */
    record Page(List<Entry> items, String next, int size) {
    }

    /** One organisation and its certified levels over the fiscal years, the oldest first. */
    record History(long organisationId, String organisationName, String organisationTypeName, String provinceName,
            List<Year> years) {
    }

    private record Row(long organisationId, String organisationName, String orgType, String provinceCode,
            String provinceName, int fiscalYear, int certifiedLevel) {
    }

    private record YearRow(long organisationId, int fiscalYear, int certifiedLevel) {
    }

    private record Kept<T>(T value, Instant until) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keep;
    private final Map<RegistrySearch, Kept<Page>> pages = new ConcurrentHashMap<>();
    private final Map<Long, Kept<Optional<History>>> histories = new ConcurrentHashMap<>();

    Registry(JdbcClient jdbc, Clock clock, @Value("${moralorg.registry.cache-ttl:60s}") Duration keep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = keep;
    }

    Page page(RegistrySearch search) {
        return kept(pages, search, () -> read(search));
    }

    Optional<History> history(long organisationId) {
        return kept(histories, organisationId, () -> readHistory(organisationId));
    }

    /** The page as the database has it now, without the cache (the benchmark measures this). */
    Page read(RegistrySearch s) {
        StringBuilder sql = new StringBuilder("""
                select c.organisation_id, o.name as organisation_name, o.org_type, c.province_code,
                       p.name_th as province_name, c.fiscal_year, c.certified_level
                  from mo.organisation_case c
                  join mo.organisation o on o.id = c.organisation_id
                  join mo.province p on p.code = c.province_code
                 where\s""").append(CERTIFIED);
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (s.name() != null) {
            // ILIKE '%…%' is what the trigram index of V52 serves; the person's % and _ are letters
            sql.append(" and o.name ilike :name");
            params.addValue("name", "%" + s.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (s.fiscalYear() != null) {
            sql.append(" and c.fiscal_year = :year");
            params.addValue("year", s.fiscalYear());
        }
        if (s.province() != null) {
            sql.append(" and c.province_code = :province");
            params.addValue("province", s.province());
        }
        if (s.level() != null) {
            sql.append(" and c.certified_level = :level");
            params.addValue("level", s.level());
        }
        if (s.organisationType() != null) {
            sql.append(" and o.org_type = :type");
            params.addValue("type", s.organisationType());
        }
        if (s.after() != null) {
            sql.append(" and ((-c.fiscal_year), c.province_code, c.organisation_id) > (:afterYear, :afterProvince, :afterId)");
            params.addValue("afterYear", -s.after().fiscalYear()).addValue("afterProvince", s.after().province())
                    .addValue("afterId", s.after().organisationId());
        }
        sql.append(" order by (-c.fiscal_year), c.province_code, c.organisation_id limit ").append(PAGE_SIZE + 1);
        List<Row> rows = jdbc.sql(sql.toString()).paramSource(params).query((rs, n) -> new Row(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7))).list();
        boolean more = rows.size() > PAGE_SIZE;
        List<Row> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        Map<Long, List<Year>> years = years(shown.stream().map(Row::organisationId).distinct().toList());
        List<Entry> items = shown.stream().map(r -> new Entry(r.organisationId(), r.organisationName(), r.orgType(),
                ThaiNames.of(OrganisationType.class, r.orgType()), r.provinceCode(), r.provinceName(), r.fiscalYear(),
                r.certifiedLevel(), ThaiNames.of(Level.class, r.certifiedLevel()),
                years.getOrDefault(r.organisationId(), List.of()), RegistryPage.organisationPath(r.organisationId())))
                .toList();
        Row last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = more ? new RegistrySearch.Key(last.fiscalYear(), last.provinceCode(), last.organisationId()).text()
                : null;
        return new Page(items, next, PAGE_SIZE);
    }

    private Optional<History> readHistory(long organisationId) {
        List<Year> years = years(List.of(organisationId)).getOrDefault(organisationId, List.of());
        if (years.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select o.id, o.name, o.org_type, p.name_th from mo.organisation o
                  join mo.province p on p.code = o.province_code where o.id = ?""").param(organisationId)
                .query((rs, n) -> new History(rs.getLong(1), rs.getString(2),
                        ThaiNames.of(OrganisationType.class, rs.getString(3)), rs.getString(4), years))
                .optional();
    }

    /** The certified years of these organisations, the oldest first (one query for a page). */
    private Map<Long, List<Year>> years(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        // one array parameter: one statement for any page, planned on the organisation's own index
        return jdbc.sql("select c.organisation_id, c.fiscal_year, c.certified_level from mo.organisation_case c"
                + " where c.organisation_id = any(?) and " + CERTIFIED + " order by c.organisation_id, c.fiscal_year")
                .param(organisationIds.toArray(Long[]::new))
                .query((rs, n) -> new YearRow(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list().stream()
                .collect(Collectors.groupingBy(YearRow::organisationId, LinkedHashMap::new, Collectors.mapping(
                        y -> new Year(y.fiscalYear(), y.certifiedLevel(), ThaiNames.of(Level.class, y.certifiedLevel())),
                        Collectors.toCollection(ArrayList::new))));
    }

    private <K, T> T kept(Map<K, Kept<T>> cache, K key, java.util.function.Supplier<T> read) {
        Instant now = clock.instant();
        Kept<T> kept = cache.get(key);
        if (kept != null && kept.until().isAfter(now)) {
            return kept.value();
        }
        if (cache.size() >= MOST_KEPT) {
            cache.values().removeIf(k -> !k.until().isAfter(now));
            if (cache.size() >= MOST_KEPT) {
                cache.clear();
            }
        }
        T value = read.get();
        cache.put(key, new Kept<>(value, now.plus(keep)));
        return value;
    }
}
