package th.moralorg.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.organisationcase.CaseStages;
import th.moralorg.reference.DecisionStage;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.WaitingOn;
import th.moralorg.validation.FieldErrors;

/**
 * The programme dashboard (issue 16 item 1) as the page, its JSON and its exports show it: the
 * figures of {@link DashboardFigures} for what the caller may read, every figure with the
 * address of the case list /cases that lists the cases behind it. Access is the case list's
 * (docs/access.md "Who lists what"): a PCO its own provinces, DRA, managers and administrators
 * every province or one; anyone else 403.
 */
@Component
class Dashboard {

    /** What was asked: a fiscal year, a province (null: every province the caller may read), the map's figure. */
    record Request(int fiscalYear, String province, Set<String> provinces, Measure mapMeasure) {
    }

    /** A count and the address of the cases behind it. */
    record Figure(long count, String href) {
    }

    record Line(String label, Figure current, Figure previous, long change) {
        Line(String label, Figure current, Figure previous) {
            this(label, current, previous, current.count() - previous.count());
        }
    }

    record ProvinceLine(String code, String name, List<Figure> figures, Figure previousRegistered) {
    }

    record StageLine(String stage, String name, Figure current, Figure previous) {
    }

    record WaitingLine(String waitingOn, String name, Figure cases, Figure overdue, List<Figure> ageing) {
    }

    /** A square of the tile map: where it is drawn, its figure, and its colour step (0 none … 5 most; -1 not readable). */
    record Tile(String code, String name, int x, int y, Long count, String href, int step) {
    }

    /** A colour of the map and the counts it stands for ("1–4"); {@code step} as {@link Tile#step}. */
    record LegendStep(int step, String label) {
    }

    record Column(String code, String label) {
    }

    /** Cases certified by the province in a fiscal year and the days from registration (one decimal; "-" for none). */
    record TimeLine(String fiscalYearLabel, long cases, String medianDays, String meanDays) {
    }

    /** One month's registrations and decisions per step, in the order of {@code monthColumns}. */
    record MonthLine(String month, List<Long> counts) {
    }

    record View(Request request, Column map, String fiscalYearLabel, String previousYearLabel, String scopeName, String asOf,
            List<Line> summary, List<Column> provinceColumns, List<ProvinceLine> provinces, List<StageLine> stages,
            List<Column> ageingColumns, List<WaitingLine> waiting, List<Tile> tiles, List<LegendStep> legend, int mapWidth,
            int mapHeight,
            List<Line> notices, List<TimeLine> toCertification, List<Column> monthColumns, List<MonthLine> months) {
    }

    static final int TILE = 40;
    private static final int STEPS = 5;

    private final DashboardFigures figures;
    private final DashboardActivity activity;
    private final Provinces provinces;
    private final CaseStages stages;
    private final ProvinceTiles tiles;
    private final Clock clock;
    private final ZoneId zone;

    Dashboard(DashboardFigures figures, DashboardActivity activity, Provinces provinces, CaseStages stages,
            ProvinceTiles tiles, Clock clock) {
        this.figures = figures;
        this.activity = activity;
        this.provinces = provinces;
        this.stages = stages;
        this.tiles = tiles;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * Reads {@code fiscalYear} (default: the current one), {@code province} and {@code map};
     * 403 for a caller who reads no province or asks for one not theirs, 400 (Thai, per
     * parameter) for what is not understood.
     */
    Request read(Map<String, String[]> params, ApiCaller caller) {
        boolean national = caller.readsEveryProvince();
        if (!national && caller.provinces().isEmpty()) {
            throw ApiProblem.forbidden("ภาพรวมโครงการเปิดให้เจ้าหน้าที่ สวจ. กรมการศาสนา และผู้บริหารเท่านั้น");
        }
        FieldErrors errors = new FieldErrors();
        String year = one(params, "fiscalYear");
        Integer fiscalYear = year == null ? Integer.valueOf(FiscalYear.containing(LocalDate.now(clock)).buddhistYear())
                : FiscalYear.read("fiscalYear", year, errors);
        if (fiscalYear != null && fiscalYear <= 2500) {
            errors.add("fiscalYear", "ปีงบประมาณต้องหลังปี พ.ศ. 2500 เพื่อเทียบกับปีก่อนหน้าได้");
        }
        String province = one(params, "province");
        if (province != null) {
            provinces.read("province", province, errors);
        }
        String map = one(params, "map");
        Measure mapMeasure = map == null ? Measure.REGISTERED
                : Measure.find(map).filter(Measure.PER_PROVINCE::contains).orElse(null);
        if (mapMeasure == null) {
            errors.add("map", "ตัวเลขที่ใช้ระบายสีแผนที่ไม่ใช่ตัวเลือกที่มีให้");
        }
        errors.throwIfInvalid();
        Set<String> scope;
        if (province != null) {
            if (!national && !caller.provinces().contains(province)) {
                throw ApiProblem.forbidden("ไม่มีสิทธิ์ดูภาพรวมของจังหวัดรหัส " + province);
            }
            scope = Set.of(province);
        } else {
            scope = national ? null : new TreeSet<>(caller.provinces());
        }
        return new Request(fiscalYear, province, scope, mapMeasure);
    }

    View view(Request request) {
        DashboardFigures.Figures f = figures.of(request.fiscalYear(), request.provinces());
        DashboardActivity.Activity activity = this.activity.of(request.fiscalYear(), request.provinces(), zone);
        DashboardFigures.Year now = f.current();
        DashboardFigures.Year before = f.previous();
        Map<String, Province> byCode = new LinkedHashMap<>();
        provinces.findAll().forEach(p -> byCode.put(p.code(), p));
        Links current = new Links(request, request.fiscalYear());
        Links previous = new Links(request, request.fiscalYear() - 1);

        List<Line> summary = new ArrayList<>();
        for (Measure m : Measure.PER_PROVINCE) {
            summary.add(new Line(m.label(), current.figure(now.total(), m, Map.of()),
                    previous.figure(before.total(), m, Map.of())));
        }

        List<ProvinceLine> provinceLines = new ArrayList<>();
        for (Province p : byCode.values()) {
            if (request.provinces() != null && !request.provinces().contains(p.code())) {
                continue;
            }
            Map<String, List<String>> here = Map.of("province", List.of(p.code()));
            DashboardFigures.Counts counts = now.provinces().getOrDefault(p.code(), DashboardFigures.Counts.NONE);
            provinceLines.add(new ProvinceLine(p.code(), p.nameTh(),
                    Measure.PER_PROVINCE.stream().map(m -> current.figure(counts, m, here)).toList(),
                    previous.figure(before.provinces().getOrDefault(p.code(), DashboardFigures.Counts.NONE),
                            Measure.REGISTERED, here)));
        }

        // the stages of the model in its order, then any other a case of these years stands at
        Map<String, String> names = stages.names();
        Set<String> stageIds = new java.util.LinkedHashSet<>(names.keySet());
        Set<String> seen = new TreeSet<>(now.stages().keySet());
        seen.addAll(before.stages().keySet());
        stageIds.retainAll(seen);
        seen.stream().filter(s -> !names.containsKey(s)).forEach(stageIds::add);
        List<StageLine> stageLines = stageIds.stream().map(id -> {
            // a stage of an older model version cannot be asked of the case list: no link
            Function<Figure, Figure> known = fig -> names.containsKey(id) ? fig : new Figure(fig.count(), null);
            Map<String, List<String>> at = Map.of("stage", List.of(id));
            return new StageLine(id, names.getOrDefault(id, id),
                    known.apply(current.figure(now.stages().getOrDefault(id, DashboardFigures.Counts.NONE), Measure.REGISTERED, at)),
                    known.apply(previous.figure(before.stages().getOrDefault(id, DashboardFigures.Counts.NONE), Measure.REGISTERED, at)));
        }).toList();

        List<WaitingLine> waiting = new ArrayList<>();
        for (WaitingOn w : WaitingOn.values()) {
            if (w == WaitingOn.NOBODY) {
                continue;
            }
            DashboardFigures.Counts counts = now.waitingOn().getOrDefault(w.name(), DashboardFigures.Counts.NONE);
            Map<String, List<String>> on = Map.of("waitingOn", List.of(w.name()));
            waiting.add(new WaitingLine(w.name(), w.thai(), current.figure(counts, Measure.OPEN, on),
                    current.figure(counts, Measure.OVERDUE, on),
                    Measure.AGEING.stream().map(m -> current.figure(counts, m, on)).toList()));
        }
        waiting.add(new WaitingLine("", "รวมทุกเรื่องที่ยังไม่ปิด", current.figure(now.total(), Measure.OPEN, Map.of()),
                current.figure(now.total(), Measure.OVERDUE, Map.of()),
                Measure.AGEING.stream().map(m -> current.figure(now.total(), m, Map.of())).toList()));

        String scopeName = request.province() != null ? byCode.get(request.province()).nameTh()
                : request.provinces() == null ? "ทั้งประเทศ"
                : "จังหวัดของฉัน (" + String.join(", ", request.provinces().stream().map(c -> byCode.get(c).nameTh()).toList()) + ")";
        return new View(request, column(request.mapMeasure()), new FiscalYear(request.fiscalYear()).label(), new FiscalYear(request.fiscalYear() - 1).label(),
                scopeName, ThaiDates.dateTime(f.asOf(), zone),
                summary, columns(Measure.PER_PROVINCE), provinceLines,
                stageLines, columns(Measure.AGEING), waiting,
                tiles(request, now, byCode, current), legend(request, now), tiles.columns() * TILE, tiles.rows() * TILE,
                notices(activity, request.fiscalYear()), List.of(time(activity, request.fiscalYear()),
                        time(activity, request.fiscalYear() - 1)), MONTH_COLUMNS,
                activity.months().stream().map(m -> new MonthLine(ThaiDates.month(m.month()),
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(m.registered()),
                                m.decisions().values().stream()).toList())).toList());
    }

    /** The monthly table's columns: registrations, then decisions at each step. */
    private static final List<Column> MONTH_COLUMNS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(new Column("REGISTERED", "ลงทะเบียน")),
            java.util.Arrays.stream(DecisionStage.values()).map(s -> new Column(s.name(), s.thai()))).toList();

    private static List<Line> notices(DashboardActivity.Activity activity, int fiscalYear) {
        return DashboardActivity.NOTICES.stream().map(kind -> new Line(kind.thai(),
                new Figure(activity.notices().getOrDefault(fiscalYear, Map.of()).getOrDefault(kind.code(), 0L), null),
                new Figure(activity.notices().getOrDefault(fiscalYear - 1, Map.of()).getOrDefault(kind.code(), 0L), null)))
                .toList();
    }

    private static TimeLine time(DashboardActivity.Activity activity, int fiscalYear) {
        DashboardActivity.ToCertification t = activity.toCertification().getOrDefault(fiscalYear,
                DashboardActivity.ToCertification.NONE);
        return new TimeLine(new FiscalYear(fiscalYear).label(), t.cases(), days(t.medianDays()), days(t.meanDays()));
    }

    private static String days(Double days) {
        return days == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", days);
    }

    static Column column(Measure measure) {
        return new Column(measure.code(), measure.label());
    }

    static List<Column> columns(List<Measure> measures) {
        return measures.stream().map(Dashboard::column).toList();
    }

    private static long most(Request request, DashboardFigures.Year now) {
        return now.provinces().values().stream().mapToLong(c -> c.of(request.mapMeasure())).max().orElse(0);
    }

    /** What each colour of the map means: step k holds the counts c with ceil(STEPS * c / most) = k. */
    private static List<LegendStep> legend(Request request, DashboardFigures.Year now) {
        long most = most(request, now);
        List<LegendStep> legend = new ArrayList<>();
        legend.add(new LegendStep(0, "0"));
        for (int step = 1; step <= STEPS; step++) {
            long from = most * (step - 1) / STEPS + 1;
            long to = most * step / STEPS;
            if (from <= to) {
                legend.add(new LegendStep(step, from == to ? Long.toString(from) : from + "–" + to));
            }
        }
        if (request.provinces() != null) {
            legend.add(new LegendStep(-1, "จังหวัดอื่น (ไม่อยู่ในสิทธิ์ที่เห็น)"));
        }
        return legend;
    }

    private List<Tile> tiles(Request request, DashboardFigures.Year now, Map<String, Province> byCode, Links links) {
        Measure m = request.mapMeasure();
        long most = most(request, now);
        List<Tile> result = new ArrayList<>();
        for (ProvinceTiles.Tile t : tiles.all()) {
            Province p = byCode.get(t.provinceCode());
            boolean readable = request.provinces() == null || request.provinces().contains(t.provinceCode());
            if (!readable) {
                result.add(new Tile(t.provinceCode(), p.nameTh(), t.column() * TILE, t.row() * TILE, null, null, -1));
                continue;
            }
            Figure fig = links.figure(now.provinces().getOrDefault(t.provinceCode(), DashboardFigures.Counts.NONE), m,
                    Map.of("province", List.of(t.provinceCode())));
            int step = fig.count() == 0 || most == 0 ? 0 : (int) Math.max(1, Math.ceil(STEPS * (double) fig.count() / most));
            result.add(new Tile(t.provinceCode(), p.nameTh(), t.column() * TILE, t.row() * TILE, fig.count(), fig.href(), step));
        }
        result.sort(Comparator.comparing(Tile::code));
        return result;
    }

    /** Addresses of the case list for one fiscal year and the request's province. */
    private static final class Links {
        private final Request request;
        private final int fiscalYear;

        Links(Request request, int fiscalYear) {
            this.request = request;
            this.fiscalYear = fiscalYear;
        }

        Figure figure(DashboardFigures.Counts counts, Measure measure, Map<String, List<String>> more) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cases").queryParam("fiscalYear", fiscalYear);
            if (request.province() != null && !more.containsKey("province")) {
                uri.queryParam("province", request.province());
            }
            Map<String, List<String>> all = new java.util.TreeMap<>(measure.caseListFilter());
            all.putAll(more);
            all.forEach((key, values) -> values.forEach(v -> uri.queryParam(key, v)));
            return new Figure(counts.of(measure), uri.encode().build().toUriString());
        }
    }

    private static String one(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }
}
