package org.meridian.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for page integration tests: signs in through the login form, keeps the
 * session cookie, sends the CSRF token of the last page it read with every form, and does not follow
 * redirects by itself (tests see the 302 and its {@code Location}).
 */
public final class WebSession {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String baseUrl;
    private String csrf;

    private WebSession(int port) {
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A session of a user who signed in with the password, in English unless they chose otherwise. */
    public static WebSession signIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        session.get("/login");
        Page signedIn = session.post("/login", Map.of("username", username, "password", password));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.status() + " " + signedIn.location());
        }
        session.get("/");
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
    }

    /** Posts a form (URL-encoded) with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads one file as the form field {@code file}, as the import page does. */
    public Page upload(String path, String fileName, byte[] content) {
        String boundary = "----meridian" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Page page = new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""),
                    response.headers().firstValue("Content-Type").orElse(""));
            remember(page.text());
            return page;
        }
        catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private void remember(String html) {
        Matcher meta = CSRF_META.matcher(html);
        Matcher input = CSRF_INPUT.matcher(html);
        if (meta.find()) {
            csrf = meta.group(1);
        }
        else if (input.find()) {
            csrf = input.group(1);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    /** A response: status, body, redirect target (or "") and content type. */
    public record Page(int status, byte[] bytes, String location, String contentType) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The path and query of the redirect target, without scheme and host. */
        public String locationPath() {
            URI uri = URI.create(location);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
    }
}
