import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/prod-jar's load client (issue 14 item 4), run as a single source file (java ProdJarLoad.java):
 * against a running production jar, makes an officer of Chiang Mai per client, registers {@code cases}
 * organisations through the public API, then {@code clients} officers' clients claim and complete
 * the intent reviews (reviewIntent, seed 5.1.3) through /engine-rest as Tasklist's REST clients
 * would, and prints completions per second and the p50 / p95 of one claim + complete.
 * Arguments: base URL, admin id, admin password, fiscal year, cases, clients.
 */
public class ProdJarLoad {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static String base;

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
        }
        // the clients' pool threads would keep the JVM, and bench/prod-jar waiting on it, alive
        System.exit(failed ? 1 : 0);
    }

    static volatile boolean failed = true;

    static void run(String[] args) throws Exception {
        base = args[0];
        String admin = basic(args[1], args[2]);
        int year = Integer.parseInt(args[3]);
        int cases = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);

        // one officer per client, as each officer of a province works from their own account
        List<String> officerIds = new ArrayList<>();
        List<String> officers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String id = "bench.officer." + c + "." + UUID.randomUUID().toString().substring(0, 6);
            String password = "Bench-Officer-9" + UUID.randomUUID().toString().substring(0, 4);
            expect(204, send("POST", "/engine-rest/user/create", admin, "{\"profile\":{\"id\":\"" + id
                    + "\",\"firstName\":\"ทดสอบ\",\"lastName\":\"ภาระงาน\",\"email\":\"" + id
                    + "@bench.example.org\"},\"credentials\":{\"password\":\"" + password + "\"}}"));
            expect(204, send("PUT", "/engine-rest/group/pco-50/members/" + id, admin, null));
            officerIds.add(id);
            officers.add(basic(id, password));
        }
        String officer = officers.get(0);

        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> registered = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            registered.add(pool.submit(() -> expect(201, send("POST", "/api/registrations", null, registration(year)))));
        }
        for (Future<?> f : registered) {
            f.get();
        }
        System.out.printf("PROD JAR: %d registrations in %.1f s (%.1f per second)%n", cases, seconds(t0),
                cases / seconds(t0));
        // a production database has its planner statistics; a cluster filled seconds ago does not yet
        // (autovacuum's analyze lags), and the inbox query then plans a nested loop over every grant
        String betweenPhases = System.getenv("BETWEEN_PHASES");
        if (betweenPhases != null && !betweenPhases.isBlank()) {
            int exit = new ProcessBuilder("bash", "-c", betweenPhases).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("BETWEEN_PHASES exited with " + exit);
            }
        }
        String open = "/engine-rest/task/count?taskDefinitionKey=reviewIntent&candidateGroup=pco-50&unassigned=true";
        System.out.printf("PROD JAR: %s intent reviews open for Chiang Mai%n", send("GET", open, officer, null).body());

        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            String me = officerIds.get(c);
            String auth = officers.get(c);
            workers.add(pool.submit(() -> {
                while (true) {
                    // clients start from different rows of the list, as people pick different tasks
                    HttpResponse<String> page = send("GET", "/engine-rest/task?taskDefinitionKey=reviewIntent"
                            + "&candidateGroup=pco-50&unassigned=true&sortBy=created&sortOrder=asc&firstResult="
                            + client * 2 + "&maxResults=1", auth, null);
                    Matcher id = ID.matcher(page.body());
                    if (!id.find()) {
                        HttpResponse<String> first = send("GET", "/engine-rest/task?taskDefinitionKey=reviewIntent"
                                + "&candidateGroup=pco-50&unassigned=true&maxResults=1", auth, null);
                        id = ID.matcher(first.body());
                        if (!id.find()) {
                            return null;
                        }
                    }
                    long t = System.nanoTime();
                    HttpResponse<String> claim = send("POST", "/engine-rest/task/" + id.group(1) + "/claim", auth,
                            "{\"userId\":\"" + me + "\"}");
                    if (claim.statusCode() != 204) {
                        conflicts.incrementAndGet(); // another officer took it first (409/500 in Thai)
                        continue;
                    }
                    expect(204, send("POST", "/engine-rest/task/" + id.group(1) + "/submit-form", auth,
                            "{\"variables\":{\"intentDecision\":{\"value\":\"ACCEPT\"}}}"));
                    nanos.add(System.nanoTime() - t);
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double elapsed = seconds(start);
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("PROD JAR: %d claims + completions by %d clients in %.1f s: %.1f per second, p50 %.0f ms,"
                + " p95 %.0f ms, %d claims lost to another client%n", done.get(), clients, elapsed,
                done.get() / elapsed, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, sorted.size() * 95 / 100)) / 1e6, conflicts.get());
        System.out.printf("RESULT\t%.1f\t%.0f\t%.0f%n", done.get() / elapsed, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(Math.min(sorted.size() - 1, sorted.size() * 95 / 100)) / 1e6);
        failed = false;
    }

    static String registration(int year) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return "{\"organisationName\":\"โรงเรียนทดสอบภาระงาน " + unique + "\",\"organisationType\":\"SCHOOL\","
                + "\"parentBody\":\"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1\","
                + "\"address\":\"99 หมู่ 1 ตำบลสุเทพ อำเภอเมือง\",\"provinceCode\":\"50\",\"executiveCount\":5,"
                + "\"memberCount\":120,\"headName\":\"นางสาวใจดี มีสุข\",\"coordinatorName\":\"นายประสาน งานดี\","
                + "\"coordinatorPosition\":\"ครู\",\"coordinatorPhone\":\"081-234-5678\",\"coordinatorEmail\":\"coord-"
                + unique + "@bench.example.org\",\"fiscalYear\":" + year + ",\"consent\":true}";
    }

    static HttpResponse<String> send(String method, String path, String auth, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (auth != null) {
            request.header("Authorization", auth);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
