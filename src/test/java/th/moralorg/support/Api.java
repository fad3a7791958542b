package th.moralorg.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the running application, as an outside caller sees it. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A JSON post without login as a reverse proxy passes it on for a client at {@code clientAddress}. */
    public HttpResponse<String> postJsonFrom(String clientAddress, String path, String json) {
        return send(request(path, null, null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> putJson(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data upload of one file in the part "file". */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, String user, String password) {
        return multipart(path, null, fileName, content, user, password);
    }

    /** The same, with a part "purpose" before the file when {@code purpose} is given. */
    public HttpResponse<String> multipart(String path, String purpose, String fileName, byte[] content, String user,
            String password) {
        String boundary = "----moralorg" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        if (purpose != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n" + purpose
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, user, password).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<String> postRaw(String path, String contentType, String body) {
        return send(request(path, null, null).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public HttpResponse<byte[]> getBytes(String path, String user, String password) {
        try {
            return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
