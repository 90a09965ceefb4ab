package org.meridian.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller of the REST API over real HTTP, as another system would call it: bearer token, JSON in and out.
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;
    private final Long tenant;

    public ApiClient(int port, String token) {
        this(port, token, null);
    }

    private ApiClient(int port, String token, Long tenant) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.token = token;
        this.tenant = tenant;
    }

    /** The same caller acting for a chosen tenant (administrators). */
    public ApiClient forTenant(long tenantId) {
        return new ApiClient(Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1)), token, tenantId);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers());
        }
        catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (tenant != null) {
            builder.header("X-Meridian-Tenant", tenant.toString());
        }
        return builder;
    }

    private static String json(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    public record Response(int status, byte[] bytes, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
